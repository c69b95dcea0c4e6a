package align

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
	sc := mt.newScratch()
	if !words {
		for s := 0; s < n; s++ {
			for t := p.lo[s]; t < p.hi[s]; t++ {
				k := p.off[s] + t - p.lo[s]
				p.ms[k], p.mt[k] = mt.pairStats(s, t, sc)
			}
		}
		return p
	}
	p.eS = make([]uint32, c+1)
	p.eT = make([]uint32, c+1)
	for s := 0; s < n; s++ {
		for t := p.lo[s]; t < p.hi[s]; t++ {
			k := p.off[s] + t - p.lo[s]
			p.ms[k], p.mt[k] = p.pairWords(s, t, sc)
			p.eS[k+1], p.eT[k+1] = uint32(len(p.ws)), uint32(len(p.wt))
		}
	}
	return p
}

// pairWords appends the word matches of source sentence s and target
// sentence t and returns their matched weights, as matcher.pairStats
// does (the same sums in the same order, less the terms that are zero).
func (p *pairTable) pairWords(s, t int, sc *pairScratch) (ms, mt float32) {
	m := p.m
	bi, bj := m.srcC[s], m.tgtC[t]
	if len(bi) == 0 || len(bj) == 0 {
		return 0, 0
	}
	g := sc.next()
	for q, b := range bj {
		sc.stamp[b] = g
		sc.pos[b] = int32(q)
	}
	if cap(sc.best) < len(bj) {
		sc.best = make([]float32, len(bj))
	}
	best := sc.best[:len(bj)]
	clear(best)
	wi, wj := m.srcW[s], m.tgtW[t]
	for k, a := range bi {
		var top float32
		for _, c := range m.cands[a] {
			if sc.stamp[c.tgt] != g {
				continue
			}
			if c.score > top {
				top = c.score
			}
			q := sc.pos[c.tgt]
			if c.score > best[q] {
				best[q] = c.score
			}
		}
		if top > 0 {
			p.ws = append(p.ws, wordMatch{int32(k), top})
			ms += top * wi[k]
		}
	}
	for q, v := range best {
		if v > 0 {
			p.wt = append(p.wt, wordMatch{int32(q), v})
			mt += v * wj[q]
		}
	}
	return ms, mt
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
