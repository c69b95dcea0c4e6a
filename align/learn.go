package align

import (
	"math"
	"slices"
)

// maxLearnPairs bounds the sentence pairs used to learn the translation
// table; long documents are sampled evenly. A pair whose stems make more
// than maxLearnProduct pairs of words (the longest sentences of the
// development sets make about 5,000) is left out: its cost would be the
// product of two sentence lengths, for little to learn.
const (
	maxLearnPairs   = 4000
	maxLearnProduct = 40000
)

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
	var c bags
	size := 0
	for _, p := range pairs {
		e, f := groupStems(src, p.src), groupStems(tgt, p.tgt)
		if len(e) == 0 || len(f) == 0 || len(e)*len(f) > maxLearnProduct {
			continue
		}
		c.e, c.f = append(c.e, e), append(c.f, f)
		size += len(e) * len(f)
	}
	return learnBags(c, size, len(src.stems), len(tgt.stems), minScore, iters)
}

// learnBags learns the table of learnTable from the stem bags of
// sentence pairs, c (size pairs of words in all), over nE source and nF
// target stems.
func learnBags(c bags, size, nE, nF int, minScore float64, iters int) []learnedPair {
	if len(c.e) < 5 {
		return nil
	}
	// Index the co-occurring stem pairs once; EM then works on arrays:
	// for each sentence pair, the |e| x |f| pair indices by e (byE).
	byE, pe, pf, co := indexPairs(c, size, nE, nF)
	fwd, bwd := ibm1(c, byE, len(pe), nE, nF, iters)
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

// groupStems returns the sorted distinct stems of sentences is of sd.
func groupStems(sd *side, is []int) []int32 {
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

// ibm1 runs EM iterations of IBM Model 1 over the sentence pairs in both
// directions at once and returns, for each of the nPairs indexed stem
// pairs (e, f), the probabilities t(f|e) (fwd) and t(e|f) (bwd). rows
// holds, for each sentence pair k, its pair indices by e: row x lists
// e[x] with each f in order. The empty word generates the words that have
// no counterpart. Each direction's sums are those of the estimate on its
// own: the sums of a generated word run over the conditioning words in
// their order, and each pair's count gathers the sentence pairs in order.
func ibm1(c bags, rows [][]int32, nPairs, nE, nF, iters int) (fwd, bwd []float32) {
	fwd, bwd = make([]float32, nPairs), make([]float32, nPairs)
	for k := range fwd {
		fwd[k], bwd[k] = 1, 1
	}
	nullF, nullE := make([]float32, nF), make([]float32, nE)
	for k := range nullF {
		nullF[k] = 1
	}
	for k := range nullE {
		nullE[k] = 1
	}
	countF, countE := make([]float32, nPairs), make([]float32, nPairs)
	totalF, totalE := make([]float32, nE), make([]float32, nF) // by conditioning word
	nullCountF, nullCountE := make([]float32, nF), make([]float32, nE)
	condF, condE := make([]int32, nPairs), make([]int32, nPairs) // e and f of each pair
	for k, r := range rows {
		e, f := c.e[k], c.f[k]
		for x, a := range e {
			for y, id := range r[x*len(f) : (x+1)*len(f)] {
				condF[id], condE[id] = a, f[y]
			}
		}
	}
	var zF, zE []float32 // per sentence pair: the sums, then their inverses
	for it := 0; it < iters; it++ {
		clear(countF)
		clear(countE)
		clear(totalF)
		clear(totalE)
		clear(nullCountF)
		clear(nullCountE)
		var nullTotalF, nullTotalE float32
		for k, r := range rows {
			e, f := c.e[k], c.f[k]
			nf := len(f)
			zF, zE = slices.Grow(zF[:0], nf)[:nf], slices.Grow(zE[:0], len(e))[:len(e)]
			for y, b := range f {
				zF[y] = nullF[b]
			}
			for x, a := range e {
				row := r[x*nf : (x+1)*nf]
				z := nullE[a]
				for y, id := range row {
					z += bwd[id]
					zF[y] += fwd[id]
				}
				zE[x] = z
			}
			invertSums(zF, f, nullF, nullCountF, &nullTotalF)
			invertSums(zE, e, nullE, nullCountE, &nullTotalE)
			for x := range e {
				row := r[x*nf : (x+1)*nf]
				invE := zE[x]
				for y, id := range row {
					countE[id] += bwd[id] * invE
					countF[id] += fwd[id] * zF[y]
				}
			}
		}
		normalize(fwd, countF, totalF, condF)
		normalize(bwd, countE, totalE, condE)
		if nullTotalF > 0 {
			for w := range nullF {
				nullF[w] = nullCountF[w] / nullTotalF
			}
		}
		if nullTotalE > 0 {
			for w := range nullE {
				nullE[w] = nullCountE[w] / nullTotalE
			}
		}
	}
	return fwd, bwd
}

// invertSums turns each generated word's sum z[y] into its inverse and
// adds the empty word's share of that word, null[words[y]] / z[y], to its
// count and to total. A sum of zero is left as it is.
func invertSums(z []float32, words []int32, null, nullCount []float32, total *float32) {
	for y, w := range words {
		if z[y] == 0 {
			continue
		}
		inv := 1 / z[y]
		cn := null[w] * inv
		nullCount[w] += cn
		*total += cn
		z[y] = inv
	}
}

// normalize sets t to the counts divided by the total of each pair's
// conditioning word (cond), where that total is not zero.
func normalize(t, count, total []float32, cond []int32) {
	for id, v := range count {
		total[cond[id]] += v
	}
	for id := range t {
		if tt := total[cond[id]]; tt > 0 {
			t[id] = count[id] / tt
		}
	}
}

// indexPairs numbers the stem pairs (e, f) that co-occur in the sentence
// pairs of c (size pairs of words in all) in the order they are first
// seen, and returns, for each sentence pair, the numbers of its pairs by
// e (row x holds e[x] with each f), and for each number its stems and how
// many sentence pairs hold it.
func indexPairs(c bags, size, nE, nF int) (byE [][]int32, pe, pf, co []int32) {
	flatE := make([]int32, size)
	byE = make([][]int32, len(c.e))
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
		byE[k] = flatE[pos : pos+n : pos+n]
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
		m := byE[k]
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
			}
		}
	}
	return byE, pe, pf, co
}
