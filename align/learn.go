package align

import (
	"math"
	"slices"
)

// maxLearnPairs bounds the sentence pairs used to learn the translation
// table; long documents are sampled evenly.
const maxLearnPairs = 4000

type bagPairT struct{ e, f []int32 }

// group is a bead's source and target sentences.
type group struct{ src, tgt []int }

// learnTable estimates word translation probabilities from sentence pairs
// believed to be translations (IBM Model 1, as in Moore 2002), in both
// directions, on stems, and keeps the pairs that each direction finds
// likely: score sqrt(t(f|e) t(e|f)) at least minScore, seen together in
// at least two pairs.
func learnTable(src, tgt *side, pairs []group, minScore float64, iters int) []learnedPair {
	if len(pairs) > maxLearnPairs {
		step := float64(len(pairs)) / maxLearnPairs
		var s []group
		for k := 0.0; int(k) < len(pairs); k += step {
			s = append(s, pairs[int(k)])
		}
		pairs = s
	}
	var corpus []bagPairT
	stems := func(sd *side, is []int) []int32 {
		var out []int32
		for _, i := range is {
			for _, ty := range sd.bags[i] {
				if st := sd.types[ty].stem; st >= 0 {
					out = append(out, st)
				}
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	// Index the co-occurring stem pairs once; EM then works on arrays.
	index := map[uint64]int32{}
	var pe, pf []int32
	var co []int32
	cells := make([][]int32, 0, len(pairs)) // per sentence pair: |e| x |f| pair indices
	var corpus2 []bagPairT
	for _, p := range pairs {
		e, f := stems(src, p.src), stems(tgt, p.tgt)
		if len(e) == 0 || len(f) == 0 {
			continue
		}
		m := make([]int32, len(e)*len(f))
		for x, a := range e {
			for y, b := range f {
				k := uint64(a)<<32 | uint64(b)
				id, ok := index[k]
				if !ok {
					id = int32(len(pe))
					index[k] = id
					pe, pf = append(pe, a), append(pf, b)
					co = append(co, 0)
				}
				co[id]++
				m[x*len(f)+y] = id
			}
		}
		cells = append(cells, m)
		corpus2 = append(corpus2, bagPairT{e, f})
	}
	corpus = corpus2
	if len(corpus) < 5 {
		return nil
	}
	fwd := ibm1(corpus2Bags(corpus), cells, pe, len(src.stems), len(tgt.stems), false, iters)
	bwd := ibm1(corpus2Bags(corpus), cells, pf, len(tgt.stems), len(src.stems), true, iters)
	var out []learnedPair
	for id := range pe {
		if co[id] < 2 {
			continue
		}
		sc := math.Sqrt(fwd[id] * bwd[id])
		if sc >= minScore {
			out = append(out, learnedPair{pe[id], pf[id], float32(math.Min(1, sc))})
		}
	}
	slices.SortFunc(out, func(a, b learnedPair) int {
		if a.src != b.src {
			return int(a.src - b.src)
		}
		return int(a.tgt - b.tgt)
	})
	return out
}

type bags struct{ e, f [][]int32 }

func corpus2Bags(c []bagPairT) bags {
	var b bags
	for _, p := range c {
		b.e = append(b.e, p.e)
		b.f = append(b.f, p.f)
	}
	return b
}

// ibm1 runs five EM iterations of IBM Model 1 over the sentence pairs and
// returns the translation probability of each indexed stem pair. With
// reverse false it estimates t(f|e) (cond holds e of each pair index);
// with reverse true t(e|f) (cond holds f). The empty word generates words
// that have no counterpart.
func ibm1(c bags, cells [][]int32, cond []int32, nCond, nGen int, reverse bool, iters int) []float64 {
	t := make([]float64, len(cond))
	for k := range t {
		t[k] = 1
	}
	null := make([]float64, nGen)
	for k := range null {
		null[k] = 1
	}
	count := make([]float64, len(cond))
	total := make([]float64, nCond)
	nullCount := make([]float64, nGen)
	for it := 0; it < iters; it++ {
		clear(count)
		clear(total)
		clear(nullCount)
		var nullTotal float64
		for k := range cells {
			e, f := c.e[k], c.f[k]
			m := cells[k]
			gen, nc := f, len(e)
			if reverse {
				gen, nc = e, len(f)
			}
			for y, w := range gen {
				z := null[w]
				for x := 0; x < nc; x++ {
					z += t[cellAt(m, x, y, len(f), reverse)]
				}
				if z == 0 {
					continue
				}
				cn := null[w] / z
				nullCount[w] += cn
				nullTotal += cn
				for x := 0; x < nc; x++ {
					id := cellAt(m, x, y, len(f), reverse)
					v := t[id] / z
					count[id] += v
					total[cond[id]] += v
				}
			}
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

// cellAt returns the pair index of conditioning word x and generated word
// y in a sentence pair's matrix (rows are source words, columns target
// words).
func cellAt(m []int32, x, y, nf int, reverse bool) int32 {
	if reverse {
		return m[y*nf+x]
	}
	return m[x*nf+y]
}
