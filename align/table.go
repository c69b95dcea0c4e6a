package align

import "slices"

// pairTable holds the matched weights of the sentence pairs the band can
// use and, for each pair, the best match score of every word that
// matches something in the other sentence, from which the statistics of
// a multi-sentence group are derived (a word's best match in a group is
// the best of its matches in the group's sentences).
type pairTable struct {
	m       *matcher
	lo, off []int
	hi      []int
	ms, mt  []float32
	// With words: the matches of the words of source sentence s in
	// target sentence t are ws[eS[k]:eS[k+1]] (k the pair's cell), by
	// increasing index into m.srcC[s]; those of the words of t in s are
	// wt[eT[k]:eT[k+1]], by index into m.tgtC[t].
	words  bool
	eS, eT []uint32
	ws, wt []wordMatch
}

// wordMatch is the best match score v, in the other sentence of a pair,
// of word k of a sentence's filtered bag (matcher.srcC or tgtC).
type wordMatch struct {
	k int32
	v float32
}

// newPairTable computes the pair statistics of the cells of the band for
// beads of up to maxA source and maxB target sentences, with the word
// matches when words is set (needed for group statistics).
func newPairTable(bd *band, mt *matcher, maxA, maxB int, words bool) *pairTable {
	n, m := bd.n, bd.m
	p := &pairTable{m: mt, lo: make([]int, n), hi: make([]int, n), off: make([]int, n), words: words}
	c := 0
	for s := 0; s < n; s++ {
		lo := max(0, bd.lo[s+1]-maxB)
		hi := min(m, bd.hi[min(n, s+maxA)])
		if hi < lo {
			hi = lo
		}
		p.lo[s], p.hi[s], p.off[s] = lo, hi, c
		c += hi - lo
	}
	p.ms = make([]float32, c)
	p.mt = make([]float32, c)
	if words {
		p.eS = make([]uint32, c+1)
		p.eT = make([]uint32, c+1)
	}
	p.sums()
	return p
}

// sums sets the matched weights of the pairs (ms and mt, as
// matcher.pairStats computes them: the same sums in the same order, less
// the terms that are zero) and with words their word matches. Each source
// sentence looks up the target sentences in its range that hold a
// candidate of each of its words, so that the cost follows the matches
// rather than the pairs.
func (p *pairTable) sums() {
	m := p.m
	post := m.postings()
	bestB := make([]float32, len(m.tgt.types))
	var touched []int32
	var top []float32
	var hits []int32
	var rowS, rowT [][]wordMatch
	for s := range p.lo {
		lo, hi, off := p.lo[s], p.hi[s], p.off[s]
		if hi <= lo {
			continue
		}
		if cap(top) < hi-lo {
			top = make([]float32, hi-lo)
		}
		top = top[:hi-lo]
		if p.words {
			for len(rowS) < hi-lo {
				rowS, rowT = append(rowS, nil), append(rowT, nil)
			}
		}
		ms := p.ms[off : off+hi-lo]
		mt := p.mt[off : off+hi-lo]
		w := m.srcW[s]
		touched = touched[:0]
		for k, a := range m.srcC[s] {
			hits = hits[:0]
			for _, c := range m.cands[a] {
				if bestB[c.tgt] == 0 {
					touched = append(touched, c.tgt)
				}
				if c.score > bestB[c.tgt] {
					bestB[c.tgt] = c.score
				}
				ts, _ := post.in(c.tgt, lo, hi)
				for _, t := range ts {
					x := t - int32(lo)
					if top[x] == 0 {
						hits = append(hits, x)
					}
					if c.score > top[x] {
						top[x] = c.score
					}
				}
			}
			for _, x := range hits {
				v := top[x]
				if v == 0 {
					continue
				}
				top[x] = 0
				ms[x] += v * w[k]
				if p.words {
					rowS[x] = append(rowS[x], wordMatch{int32(k), v})
				}
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			v := bestB[b]
			bestB[b] = 0
			if v == 0 {
				continue
			}
			wb := m.tgt.types[b].weight
			ts, pos := post.in(b, lo, hi)
			for y, t := range ts {
				x := t - int32(lo)
				mt[x] += v * wb
				if p.words {
					rowT[x] = append(rowT[x], wordMatch{pos[y], v})
				}
			}
		}
		if p.words {
			for x := range hi - lo {
				p.ws = append(p.ws, rowS[x]...)
				p.wt = append(p.wt, rowT[x]...)
				p.eS[off+x+1], p.eT[off+x+1] = uint32(len(p.ws)), uint32(len(p.wt))
				rowS[x], rowT[x] = rowS[x][:0], rowT[x][:0]
			}
		}
	}
}

func (p *pairTable) get(s, t int) (float32, float32) {
	if t < p.lo[s] || t >= p.hi[s] {
		return 0, 0
	}
	k := p.off[s] + t - p.lo[s]
	return p.ms[k], p.mt[k]
}

// cell returns the cell of the pair (s, t), or -1 when the table does
// not hold it.
func (p *pairTable) cell(s, t int) int {
	if s < 0 || s >= len(p.lo) || t < p.lo[s] || t >= p.hi[s] {
		return -1
	}
	return p.off[s] + t - p.lo[s]
}

// groupStats computes what matcher.groupStats does from the table: for
// the bead of source sentences s0..s1-1 and target sentences t0..t1-1,
// the weight each sentence matches in the other side's group, each word
// counting once with its best match in the group. It reports false when
// the table lacks a pair of the bead (the caller then asks the matcher).
func (p *pairTable) groupStats(s0, s1, t0, t1 int, ms, mt []float32) bool {
	if !p.words || s1-s0 > maxShape || t1-t0 > maxShape {
		return false
	}
	for s := s0; s < s1; s++ {
		if p.cell(s, t0) < 0 || p.cell(s, t1-1) < 0 {
			return false
		}
	}
	var lists [maxShape][]wordMatch
	for s := s0; s < s1; s++ {
		k0 := p.cell(s, t0)
		if t1-t0 == 1 {
			ms[s-s0] = p.ms[k0]
			continue
		}
		n := 0
		for k := k0; k < k0+t1-t0; k++ {
			if l := p.ws[p.eS[k]:p.eS[k+1]]; len(l) > 0 {
				lists[n] = l
				n++
			}
		}
		ms[s-s0] = mergeSum(lists[:n], p.m.srcW[s])
	}
	for t := t0; t < t1; t++ {
		if s1-s0 == 1 {
			mt[t-t0] = p.mt[p.cell(s0, t)]
			continue
		}
		n := 0
		for s := s0; s < s1; s++ {
			k := p.cell(s, t)
			if l := p.wt[p.eT[k]:p.eT[k+1]]; len(l) > 0 {
				lists[n] = l
				n++
			}
		}
		mt[t-t0] = mergeSum(lists[:n], p.m.tgtW[t])
	}
	return true
}

// mergeSum returns the sum, by increasing word index, of each word's best
// score in the lists (each sorted by word index) times its weight w.
func mergeSum(lists [][]wordMatch, w []float32) float32 {
	var sum float32
	n := len(lists)
	for n > 0 {
		k := lists[0][0].k
		for x := 1; x < n; x++ {
			k = min(k, lists[x][0].k)
		}
		var v float32
		for x := 0; x < n; {
			l := lists[x]
			if l[0].k != k {
				x++
				continue
			}
			if l[0].v > v {
				v = l[0].v
			}
			if len(l) == 1 {
				n--
				lists[x] = lists[n]
				continue
			}
			lists[x] = l[1:]
			x++
		}
		sum += v * w[k]
	}
	return sum
}

// postings lists, for each target type, the target sentences that hold
// it, in increasing order, with its index in their filtered bags.
type postings struct {
	off       []int32 // type b is in the sentences sent[off[b]:off[b+1]]
	sent, pos []int32 // at m.tgtC[sent[x]][pos[x]]
}

// postings returns the postings of the matcher's target types.
func (m *matcher) postings() *postings {
	nt := len(m.tgt.types)
	p := &postings{off: make([]int32, nt+1)}
	for _, bag := range m.tgtC {
		for _, b := range bag {
			p.off[b+1]++
		}
	}
	for b := range nt {
		p.off[b+1] += p.off[b]
	}
	p.sent = make([]int32, p.off[nt])
	p.pos = make([]int32, p.off[nt])
	next := slices.Clone(p.off[:nt])
	for t, bag := range m.tgtC {
		for k, b := range bag {
			p.sent[next[b]] = int32(t)
			p.pos[next[b]] = int32(k)
			next[b]++
		}
	}
	return p
}

// in returns the sentences holding type b from lo to hi-1, and the index
// of b in each.
func (p *postings) in(b int32, lo, hi int) ([]int32, []int32) {
	a, z := int(p.off[b]), int(p.off[b+1])
	l := p.sent[a:z]
	if len(l) == 0 {
		return nil, nil
	}
	i, j := 0, len(l)
	if int(l[0]) < lo {
		i, _ = slices.BinarySearch(l, int32(lo))
	}
	if int(l[j-1]) >= hi {
		j, _ = slices.BinarySearch(l, int32(hi))
	}
	if i >= j {
		return nil, nil
	}
	return l[i:j], p.pos[a+i : a+j]
}
