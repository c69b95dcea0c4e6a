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
	byE, byF, pe, pf, co := indexPairs(c, size, len(src.stems), len(tgt.stems))
	// The forward pass walks the pairs by f: numbered in that order, its
	// estimates are read and written in sequence (the numbering changes
	// no sum).
	fwdID := renumber(byF, len(pe))
	fwd := ibm1(c, byF, len(pe), len(src.stems), len(tgt.stems), false, iters)
	bwd := ibm1(c, byE, len(pe), len(tgt.stems), len(src.stems), true, iters)
	fwd = permute(fwd, fwdID)
	var out []learnedPair
	for id := range pe {
		if co[id] < 2 {
			continue
		}
		sc := math.Sqrt(float64(fwd[id]) * float64(bwd[id]))
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
func ibm1(c bags, rows [][]int32, nPairs, nCond, nGen int, reverse bool, iters int) []float32 {
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
		var nullTotal float32
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
				inv := 1 / z
				cn := null[w] * inv
				nullCount[w] += cn
				nullTotal += cn
				for _, id := range row {
					count[id] += t[id] * inv
				}
			}
		}
		// Each conditioning word's total is the sum of its pairs' counts.
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

// indexPairs numbers the stem pairs (e, f) that co-occur in the sentence
// pairs of c (size pairs of words in all) in the order they are first
// seen, and returns, for each sentence pair, the numbers of its pairs by
// e (row x holds e[x] with each f) and by f, and for each number its
// stems and how many sentence pairs hold it.
func indexPairs(c bags, size, nE, nF int) (byE, byF [][]int32, pe, pf, co []int32) {
	flatE, flatF := make([]int32, size), make([]int32, size)
	byE = make([][]int32, len(c.e))
	byF = make([][]int32, len(c.e))
	// The rows (sentence pair k, word x) of each source stem, in order (a
	// counting sort), and where each row starts in flatE.
	start := make([]int32, nE+1)
	nRows := 0
	for _, e := range c.e {
		for _, a := range e {
			start[a+1]++
		}
		nRows += len(e)
	}
	for a := range nE {
		start[a+1] += start[a]
	}
	next := slices.Clone(start[:nE])
	rowK := make([]int32, nRows)  // sentence pair of each row
	rowAt := make([]int32, nRows) // its place in flatE
	pos := 0
	for k, e := range c.e {
		f := c.f[k]
		n := len(e) * len(f)
		byE[k], byF[k] = flatE[pos:pos+n:pos+n], flatF[pos:pos+n:pos+n]
		for _, a := range e {
			rowK[next[a]], rowAt[next[a]] = int32(k), int32(pos)
			next[a]++
			pos += len(f)
		}
	}
	// A first number for each pair, by source stem.
	id := make([]int32, nF)
	stamp := make([]int32, nF)
	n := int32(0)
	for a := range nE {
		for r := start[a]; r < start[a+1]; r++ {
			f := c.f[rowK[r]]
			row := flatE[rowAt[r] : int(rowAt[r])+len(f)]
			for y, b := range f {
				if stamp[b] != int32(a)+1 {
					stamp[b], id[b] = int32(a)+1, n
					n++
				}
				row[y] = id[b]
			}
		}
	}
	// Renumbered in the order first seen.
	renum := make([]int32, n)
	for k := range renum {
		renum[k] = -1
	}
	pe, pf, co = make([]int32, n), make([]int32, n), make([]int32, n)
	n = 0
	for k, e := range c.e {
		f := c.f[k]
		m, mt := byE[k], byF[k]
		for x, a := range e {
			for y, b := range f {
				old := m[x*len(f)+y]
				v := renum[old]
				if v < 0 {
					v = n
					renum[old] = v
					pe[v], pf[v] = a, b
					n++
				}
				co[v]++
				m[x*len(f)+y] = v
				mt[y*len(e)+x] = v
			}
		}
	}
	return byE, byF, pe, pf, co
}

// renumber renumbers the pair numbers in rows in the order they are first
// met there and returns the new number of each old one.
func renumber(rows [][]int32, n int) []int32 {
	id := make([]int32, n)
	for k := range id {
		id[k] = -1
	}
	next := int32(0)
	for _, r := range rows {
		for x, old := range r {
			v := id[old]
			if v < 0 {
				v = next
				id[old] = v
				next++
			}
			r[x] = v
		}
	}
	return id
}

// permute returns xs by old number: out[old] = xs[id[old]].
func permute(xs []float32, id []int32) []float32 {
	out := make([]float32, len(xs))
	for old, v := range id {
		out[old] = xs[v]
	}
	return out
}
