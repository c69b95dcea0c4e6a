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
	var index pairIndex
	var pe, pf []int32
	var co []int32
	cells := make([][]int32, 0, len(pairs))  // per sentence pair: |e| x |f| pair indices, by e
	cellsT := make([][]int32, 0, len(pairs)) // the same by f
	var corpus2 []bagPairT
	for _, p := range pairs {
		e, f := stems(src, p.src), stems(tgt, p.tgt)
		if len(e) == 0 || len(f) == 0 {
			continue
		}
		m := make([]int32, len(e)*len(f))
		mt := make([]int32, len(e)*len(f))
		for x, a := range e {
			for y, b := range f {
				id, ok := index.get(a, b, int32(len(pe)))
				if !ok {
					pe, pf = append(pe, a), append(pf, b)
					co = append(co, 0)
				}
				co[id]++
				m[x*len(f)+y] = id
				mt[y*len(e)+x] = id
			}
		}
		cells = append(cells, m)
		cellsT = append(cellsT, mt)
		corpus2 = append(corpus2, bagPairT{e, f})
	}
	corpus = corpus2
	if len(corpus) < 5 {
		return nil
	}
	fwd := ibm1(corpus2Bags(corpus), cellsT, len(pe), len(src.stems), len(tgt.stems), false, iters)
	bwd := ibm1(corpus2Bags(corpus), cells, len(pe), len(tgt.stems), len(src.stems), true, iters)
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

// ibm1 runs EM iterations of IBM Model 1 over the sentence pairs and
// returns the translation probability of each of the nPairs indexed stem
// pairs. With reverse false it estimates t(f|e), with reverse true
// t(e|f). rows holds, for each sentence pair, the pair indices by
// generated word: row y lists the pairs of generated word y with each
// conditioning word in order (f by e when reverse is false, e by f
// otherwise). The empty word generates words that have no counterpart.
func ibm1(c bags, rows [][]int32, nPairs, nCond, nGen int, reverse bool, iters int) []float64 {
	t := make([]float64, nPairs)
	for k := range t {
		t[k] = 1
	}
	null := make([]float64, nGen)
	for k := range null {
		null[k] = 1
	}
	count := make([]float64, nPairs)
	total := make([]float64, nCond)
	nullCount := make([]float64, nGen)
	// The conditioning word of each pair index.
	cond := make([]int32, nPairs)
	for k, r := range rows {
		gen, cw := c.f[k], c.e[k]
		if reverse {
			gen, cw = c.e[k], c.f[k]
		}
		nc := len(cw)
		for y := range gen {
			for x, id := range r[y*nc : (y+1)*nc] {
				cond[id] = cw[x]
			}
		}
	}
	for it := 0; it < iters; it++ {
		clear(count)
		clear(total)
		clear(nullCount)
		var nullTotal float64
		for k, r := range rows {
			gen, cw := c.f[k], c.e[k]
			if reverse {
				gen, cw = c.e[k], c.f[k]
			}
			nc := len(cw)
			for y, w := range gen {
				row := r[y*nc : (y+1)*nc]
				z := null[w]
				for _, id := range row {
					z += t[id]
				}
				if z == 0 {
					continue
				}
				cn := null[w] / z
				nullCount[w] += cn
				nullTotal += cn
				for x, id := range row {
					v := t[id] / z
					count[id] += v
					total[cw[x]] += v
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

// pairIndex numbers pairs of stem ids (open addressing with linear
// probing).
type pairIndex struct {
	keys []uint64 // key+1, 0 for an empty slot
	ids  []int32
	n    int
}

// get returns the number of the pair (a, b), giving it next when it is
// new (ok false).
func (p *pairIndex) get(a, b int32, next int32) (id int32, ok bool) {
	if 2*(p.n+1) > len(p.keys) {
		p.grow()
	}
	k := uint64(uint32(a))<<32 | uint64(uint32(b))
	mask := uint64(len(p.keys) - 1)
	h := (k * 0x9e3779b97f4a7c15) >> 20
	for i := h & mask; ; i = (i + 1) & mask {
		switch p.keys[i] {
		case k + 1:
			return p.ids[i], true
		case 0:
			p.keys[i], p.ids[i] = k+1, next
			p.n++
			return next, false
		}
	}
}

func (p *pairIndex) grow() {
	keys, ids := p.keys, p.ids
	size := max(1024, 2*len(keys))
	p.keys, p.ids, p.n = make([]uint64, size), make([]int32, size), 0
	for i, k := range keys {
		if k != 0 {
			p.get(int32(uint32((k-1)>>32)), int32(uint32(k-1)), ids[i])
		}
	}
}
