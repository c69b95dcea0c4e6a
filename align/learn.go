package align

import (
	"math"
	"slices"
)

// maxLearnPairs bounds the sentence pairs used to learn the translation
// table; long documents are sampled evenly.
const maxLearnPairs = 4000

// learnTable estimates word translation probabilities from sentence pairs
// believed to be translations (IBM Model 1, as in Moore 2002), in both
// directions, on stems, and keeps the pairs that each direction finds
// likely: score sqrt(t(f|e) t(e|f)) at least minScore, seen together in
// at least two pairs.
func learnTable(src, tgt *side, pairs [][2]int, minScore float64) []learnedPair {
	if len(pairs) > maxLearnPairs {
		step := float64(len(pairs)) / maxLearnPairs
		var s [][2]int
		for k := 0.0; int(k) < len(pairs); k += step {
			s = append(s, pairs[int(k)])
		}
		pairs = s
	}
	type bagPair struct{ e, f []int32 }
	corpus := make([]bagPair, 0, len(pairs))
	stems := func(sd *side, i int) []int32 {
		var out []int32
		for _, ty := range sd.bags[i] {
			if st := sd.types[ty].stem; st >= 0 {
				out = append(out, st)
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	co := map[uint64]int{}
	for _, p := range pairs {
		e, f := stems(src, p[0]), stems(tgt, p[1])
		if len(e) == 0 || len(f) == 0 {
			continue
		}
		corpus = append(corpus, bagPair{e, f})
		for _, x := range e {
			for _, y := range f {
				co[uint64(x)<<32|uint64(y)]++
			}
		}
	}
	if len(corpus) < 5 {
		return nil
	}
	fwd := ibm1(len(corpus), func(k int) ([]int32, []int32) { return corpus[k].e, corpus[k].f }, false)
	bwd := ibm1(len(corpus), func(k int) ([]int32, []int32) { return corpus[k].f, corpus[k].e }, true)
	var out []learnedPair
	for key, n := range co {
		if n < 2 {
			continue
		}
		e, f := int32(key>>32), int32(key&0xffffffff)
		pf := fwd[key]
		pb := bwd[uint64(f)<<32|uint64(e)]
		s := math.Sqrt(pf * pb)
		if s >= minScore {
			out = append(out, learnedPair{e, f, float32(math.Min(1, s))})
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

// ibm1 runs five EM iterations of IBM Model 1 and returns t(f|e) keyed by
// e<<32|f. The empty word (NULL) is e = -1 and is not returned.
func ibm1(n int, get func(int) (e, f []int32), _ bool) map[uint64]float64 {
	const null = int32(-1)
	key := func(e, f int32) uint64 { return uint64(uint32(e))<<32 | uint64(uint32(f)) }
	t := map[uint64]float64{}
	for k := 0; k < n; k++ {
		e, f := get(k)
		for _, y := range f {
			t[key(null, y)] = 1
			for _, x := range e {
				t[key(x, y)] = 1
			}
		}
	}
	for it := 0; it < 5; it++ {
		count := make(map[uint64]float64, len(t))
		total := map[int32]float64{}
		for k := 0; k < n; k++ {
			e, f := get(k)
			for _, y := range f {
				z := t[key(null, y)]
				for _, x := range e {
					z += t[key(x, y)]
				}
				if z == 0 {
					continue
				}
				c := t[key(null, y)] / z
				count[key(null, y)] += c
				total[null] += c
				for _, x := range e {
					c := t[key(x, y)] / z
					count[key(x, y)] += c
					total[x] += c
				}
			}
		}
		for k, c := range count {
			t[k] = c / total[int32(uint32(k>>32))]
		}
	}
	out := make(map[uint64]float64, len(t))
	for k, v := range t {
		if int32(uint32(k>>32)) != null {
			out[k] = v
		}
	}
	return out
}
