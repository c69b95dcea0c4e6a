package align

import (
	"math"
	"testing"
)

// refIBM1 is IBM Model 1 in one direction, as the estimate was first
// written (the reference for ibm1, which runs both at once): rows holds,
// for each sentence pair, the pair indices by generated word (row y lists
// generated word y with each conditioning word in order).
func refIBM1(c bags, rows [][]int32, nPairs, nCond, nGen int, reverse bool, iters int) []float32 {
	t := make([]float32, nPairs)
	for k := range t {
		t[k] = 1
	}
	null := make([]float32, nGen)
	for k := range null {
		null[k] = 1
	}
	count := make([]float32, nPairs)
	total := make([]float32, nCond)
	nullCount := make([]float32, nGen)
	cond := make([]int32, nPairs)
	for k, r := range rows {
		gen, cw := c.f[k], c.e[k]
		if reverse {
			gen, cw = c.e[k], c.f[k]
		}
		for y := range gen {
			for x, id := range r[y*len(cw) : (y+1)*len(cw)] {
				cond[id] = cw[x]
			}
		}
	}
	for range iters {
		clear(count)
		clear(total)
		clear(nullCount)
		var nullTotal float32
		for k, r := range rows {
			gen, cw := c.f[k], c.e[k]
			if reverse {
				gen, cw = c.e[k], c.f[k]
			}
			for y, w := range gen {
				row := r[y*len(cw) : (y+1)*len(cw)]
				z := null[w]
				for _, id := range row {
					z += t[id]
				}
				if z == 0 {
					continue
				}
				inv := 1 / z
				cn := null[w] * inv
				nullCount[w] += cn
				nullTotal += cn
				for _, id := range row {
					count[id] += t[id] * inv
				}
			}
		}
		for id, v := range count {
			total[cond[id]] += v
		}
		for id := range t {
			if tt := total[cond[id]]; tt > 0 {
				t[id] = count[id] / tt
			}
		}
		if nullTotal > 0 {
			for w := range null {
				null[w] = nullCount[w] / nullTotal
			}
		}
	}
	return t
}

// ibm1 gives, bit for bit, the estimates of each direction run alone.
func TestIBM1BothDirections(t *testing.T) {
	for _, in := range tableInputs(t) {
		s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang))
		var c bags
		size := 0
		for i := 0; i < min(len(s.src.bags), len(s.tgt.bags)); i++ {
			e := groupStems(s.src, []int{i})
			f := groupStems(s.tgt, []int{i})
			if len(e) == 0 || len(f) == 0 {
				continue
			}
			c.e, c.f = append(c.e, e), append(c.f, f)
			size += len(e) * len(f)
		}
		if len(c.e) == 0 {
			continue
		}
		byE, pe, _, _ := indexPairs(c, size, len(s.src.stems), len(s.tgt.stems))
		// The rows by f, for the forward reference.
		byF := make([][]int32, len(byE))
		for k, r := range byE {
			ne, nf := len(c.e[k]), len(c.f[k])
			byF[k] = make([]int32, len(r))
			for x := range ne {
				for y := range nf {
					byF[k][y*ne+x] = r[x*nf+y]
				}
			}
		}
		for _, iters := range []int{1, 4, 15} {
			fwd, bwd := ibm1(c, byE, len(pe), len(s.src.stems), len(s.tgt.stems), iters)
			wantF := refIBM1(c, byF, len(pe), len(s.src.stems), len(s.tgt.stems), false, iters)
			wantB := refIBM1(c, byE, len(pe), len(s.tgt.stems), len(s.src.stems), true, iters)
			for id := range pe {
				if math.Float32bits(fwd[id]) != math.Float32bits(wantF[id]) || math.Float32bits(bwd[id]) != math.Float32bits(wantB[id]) {
					t.Fatalf("%s, %d iterations, pair %d: t(f|e) %v t(e|f) %v, want %v %v", in.name, iters, id, fwd[id], bwd[id], wantF[id], wantB[id])
				}
			}
		}
	}
}

// The length cost read from the table stays within 1e-5 of the cost
// computed in full, near the model and far from it.
func TestLengthCostTable(t *testing.T) {
	for _, lm := range []lengthModel{
		{ratio: 1.1, variance: 6.8, spread: 8, stray: 0.05},
		{ratio: 0.9, variance: 1, spread: 2, stray: 0.3},
		{ratio: 1.3, variance: 40, spread: 30, stray: 0.01},
	} {
		lc := lm.prepare()
		if lc.table == nil {
			t.Fatalf("%+v: no table", lm)
		}
		for ls := 0.0; ls <= 2000; ls += 7 {
			for lt := 0.0; lt <= 2500; lt += 3 {
				got, want := lc.cost(ls, lt), lc.exact(ls, lt)
				if math.Abs(got-want) > 1e-5 {
					t.Fatalf("%+v: cost(%v, %v) = %v, want %v", lm, ls, lt, got, want)
				}
			}
		}
	}
}
