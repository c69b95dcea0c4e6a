package align

import (
	"math"
	"slices"
)

// maxLearnPairs bounds the sentence pairs used to learn the translation
// table; long documents are sampled evenly.
const maxLearnPairs = 4000

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
	var c bags
	size := 0
	for _, p := range pairs {
		e, f := stems(src, p.src), stems(tgt, p.tgt)
		if len(e) == 0 || len(f) == 0 {
			continue
		}
		c.e, c.f = append(c.e, e), append(c.f, f)
		size += len(e) * len(f)
	}
	if len(c.e) < 5 {
		return nil
	}
	// Index the co-occurring stem pairs once; EM then works on arrays:
	// for each sentence pair, the |e| x |f| pair indices by e (byE) and
	// by f (byF).
	index := newPairIndex(size)
	cells := make([]int32, 2*size)
	byE := make([][]int32, len(c.e))
	byF := make([][]int32, len(c.e))
	for k, e := range c.e {
		f := c.f[k]
		n := len(e) * len(f)
		m, mt := cells[:n:n], cells[n:2*n:2*n]
		cells = cells[2*n:]
		for x, a := range e {
			for y, b := range f {
				id := index.get(a, b)
				m[x*len(f)+y] = id
				mt[y*len(e)+x] = id
			}
		}
		byE[k], byF[k] = m, mt
	}
	pe, pf, co := index.pairs()
	fwd := ibm1(c, byF, len(pe), len(src.stems), len(tgt.stems), false, iters)
	bwd := ibm1(c, byE, len(pe), len(tgt.stems), len(src.stems), true, iters)
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

// pairIndex numbers pairs of stem ids in the order they are first seen
// and counts them (open addressing with linear probing).
type pairIndex struct {
	keys  []uint64 // key+1, 0 for an empty slot
	ids   []int32
	count []int32
	n     int
}

// newPairIndex returns an index for about n pairs.
func newPairIndex(n int) *pairIndex {
	size := 1024
	for size < n {
		size *= 2
	}
	return &pairIndex{keys: make([]uint64, size), ids: make([]int32, size), count: make([]int32, size)}
}

// get returns the number of the pair (a, b) and counts it.
func (p *pairIndex) get(a, b int32) int32 {
	if 2*(p.n+1) > len(p.keys) {
		p.grow()
	}
	k := uint64(uint32(a))<<32 | uint64(uint32(b))
	mask := uint64(len(p.keys) - 1)
	h := (k * 0x9e3779b97f4a7c15) >> 20
	for i := h & mask; ; i = (i + 1) & mask {
		switch p.keys[i] {
		case k + 1:
			p.count[i]++
			return p.ids[i]
		case 0:
			id := int32(p.n)
			p.keys[i], p.ids[i], p.count[i] = k+1, id, 1
			p.n++
			return id
		}
	}
}

func (p *pairIndex) grow() {
	keys, ids, count := p.keys, p.ids, p.count
	size := 2 * len(keys)
	p.keys, p.ids, p.count = make([]uint64, size), make([]int32, size), make([]int32, size)
	mask := uint64(size - 1)
	for j, k := range keys {
		if k == 0 {
			continue
		}
		for i := ((k - 1) * 0x9e3779b97f4a7c15 >> 20) & mask; ; i = (i + 1) & mask {
			if p.keys[i] == 0 {
				p.keys[i], p.ids[i], p.count[i] = k, ids[j], count[j]
				break
			}
		}
	}
}

// pairs returns the stems of each numbered pair and its count.
func (p *pairIndex) pairs() (pe, pf, co []int32) {
	pe, pf, co = make([]int32, p.n), make([]int32, p.n), make([]int32, p.n)
	for i, k := range p.keys {
		if k == 0 {
			continue
		}
		id := p.ids[i]
		pe[id], pf[id], co[id] = int32(uint32((k-1)>>32)), int32(uint32(k-1)), p.count[i]
	}
	return pe, pf, co
}
