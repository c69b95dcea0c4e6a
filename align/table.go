package align

import (
	mathbits "math/bits"
	"slices"
)

// pairTable holds the matched weights of the sentence pairs the band can
// use and, for the pairs of the last rows computed, the best match score
// of every word that matches something in the other sentence, from which
// the statistics of a multi-sentence group are derived (a word's best
// match in a group is the best of its matches in the group's sentences).
//
// A table with word matches computes its rows when first asked for them
// (the lattice asks in order) and keeps the word matches of the last
// wordRing rows only, so that its memory is that of the pair statistics;
// a row asked for again is computed again.
type pairTable struct {
	m       *matcher
	lo, off []int
	hi      []int
	ms, mt  []float32 // by cell: for the rows computed (without words)
	// With words, the matched weights of the last pairRing rows only,
	// row s in slot s%pairRing (rowAt holds the row of each slot, -1
	// for none): the lattice reads rows in order, a few back at most.
	rowMS, rowMT [pairRing][]float32
	rowAt        [pairRing]int
	// monotone is set when lo and hi never decrease from a row to the
	// next.
	monotone bool
	words    bool
	done     int        // rows 0..done-1 are computed
	fill     *rowFiller // the state of the computation of the next rows
	ring     [wordRing]wordRow
}

// wordRing is the number of rows whose word matches a table keeps, and
// pairRing the number of rows whose matched weights a table with words
// keeps.
const (
	wordRing = 8
	pairRing = 16
)

// wordRow holds the word matches of a row: those of the words of source
// sentence s in each target sentence of its range, by increasing index
// into m.srcC[s], in ws (cell x of the row ending at eS[x]), and those of
// the words of each target sentence in s, by index into m.tgtC[t], in wt
// (ending at eT[x]).
type wordRow struct {
	s      int // the row held, or -1
	ws, wt []wordMatch
	eS, eT []uint32
}

// wordMatch is the best match score v, in the other sentence of a pair,
// of word k of a sentence's filtered bag (matcher.srcC or tgtC).
type wordMatch struct {
	k int32
	v float32
}

// newPairTable returns the pair statistics of the cells of the band for
// beads of up to maxA source and maxB target sentences, with the word
// matches when words is set (needed for group statistics).
func newPairTable(bd *band, mt *matcher, maxA, maxB int, words bool) *pairTable {
	n, m := bd.n, bd.m
	lo, hi := make([]int, n), make([]int, n)
	for s := 0; s < n; s++ {
		lo[s] = max(0, bd.lo[s+1]-maxB)
		hi[s] = min(m, bd.hi[min(n, s+maxA)])
	}
	return newPairTableRanges(mt, lo, hi, words)
}

// newPairTableRanges returns the pair statistics of source sentence s
// with target sentences lo[s] to hi[s]-1, for each s (the table keeps lo
// and hi), with the word matches when words is set. Without words all
// rows are computed at once.
func newPairTableRanges(mt *matcher, lo, hi []int, words bool) *pairTable {
	n := len(lo)
	p := &pairTable{m: mt, lo: lo, hi: hi, off: make([]int, n), words: words}
	c := 0
	for s := 0; s < n; s++ {
		if hi[s] < lo[s] {
			hi[s] = lo[s]
		}
		p.off[s] = c
		c += hi[s] - lo[s]
	}
	p.monotone = true
	for s := 1; s < n; s++ {
		if p.lo[s] < p.lo[s-1] || p.hi[s] < p.hi[s-1] {
			p.monotone = false
		}
	}
	if !words {
		p.ms = make([]float32, c)
		p.mt = make([]float32, c)
	}
	for k := range p.ring {
		p.ring[k].s = -1
	}
	for k := range p.rowAt {
		p.rowAt[k] = -1
	}
	p.fill = newRowFiller(p)
	if !words {
		p.ensure(n - 1)
	}
	return p
}

// ensure computes the rows up to s.
func (p *pairTable) ensure(s int) {
	for p.done <= s {
		p.fill.row(p.done, true)
		p.done++
	}
	if p.done == len(p.lo) {
		p.fill = nil
	}
}

// rowFiller computes the rows of a table: the matched weights of the
// pairs (ms and mt, as matcher.pairStats computes them: the same sums in
// the same order, less the terms that are zero) and with words their word
// matches. Each source sentence looks up the target sentences in its range
// that hold a candidate of each of its words, so that the cost follows the
// matches rather than the pairs.
type rowFiller struct {
	p       *pairTable
	post    *postings
	bestB   []float32 // best score of each target type against the row's sentence
	set     []uint64  // the touched types, by type
	touched []int32
	top     []float32
	hits    []int32
	rowS    [][]wordMatch
	prevLo  int
	dense   denseTops
}

func newRowFiller(p *pairTable) *rowFiller {
	m := p.m
	f := &rowFiller{p: p, post: m.postings(), bestB: make([]float32, len(m.tgt.types))}
	if !p.words {
		f.set = make([]uint64, (len(m.tgt.types)+63)/64)
	}
	if nt := len(m.tgtC); !p.words && len(p.lo) > 0 && 4*len(p.ms) >= len(p.lo)*nt {
		// Rows a quarter as wide as the target side or more (the top
		// coarse level, which is searched whole).
		f.dense = newDenseTops(m, f.post)
	}
	return f
}

// row computes row s; in order (rows one after the other from the first)
// it walks the occurrences of the target types from where the last row
// left them, otherwise it looks them up.
func (f *rowFiller) row(s int, inOrder bool) {
	p, m, post := f.p, f.p.m, f.post
	bestB := f.bestB
	lo, hi, off := p.lo[s], p.hi[s], p.off[s]
	var wr *wordRow
	if p.words {
		wr = &p.ring[s%wordRing]
		wr.s = s
		wr.ws, wr.wt = wr.ws[:0], wr.wt[:0]
		wr.eS = slices.Grow(wr.eS[:0], hi-lo)[:hi-lo]
		wr.eT = slices.Grow(wr.eT[:0], hi-lo)[:hi-lo]
		clear(wr.eS)
		clear(wr.eT)
	}
	if hi <= lo {
		return
	}
	if inOrder {
		if lo < f.prevLo {
			post.rewind()
		}
		f.prevLo = lo
	}
	if cap(f.top) < hi-lo {
		f.top = make([]float32, hi-lo)
	}
	top := f.top[:hi-lo]
	if p.words {
		for len(f.rowS) < hi-lo {
			f.rowS = append(f.rowS, nil)
		}
	}
	rowS := f.rowS
	var ms, mt []float32
	if p.words {
		x := s % pairRing
		p.rowMS[x] = slices.Grow(p.rowMS[x][:0], hi-lo)[:hi-lo]
		p.rowMT[x] = slices.Grow(p.rowMT[x][:0], hi-lo)[:hi-lo]
		p.rowAt[x] = s
		ms, mt = p.rowMS[x], p.rowMT[x]
	} else {
		ms, mt = p.ms[off:off+hi-lo], p.mt[off:off+hi-lo]
	}
	clear(ms)
	clear(mt)
	w := m.srcW[s]
	touched := f.touched[:0]
	for k, a := range m.srcC[s] {
		if dv := f.dense.of(a); dv != nil {
			// A common word: its best match in every target sentence is
			// at hand (adding a zero changes no sum).
			wk := w[k]
			for x, v := range dv[lo:hi] {
				ms[x] += v * wk
			}
			for _, c := range m.cands[a] {
				if bestB[c.tgt] == 0 {
					touched = append(touched, c.tgt)
				}
				if c.score > bestB[c.tgt] {
					bestB[c.tgt] = c.score
				}
			}
			continue
		}
		hits := f.hits[:0]
		for _, c := range m.cands[a] {
			if bestB[c.tgt] == 0 {
				touched = append(touched, c.tgt)
			}
			if c.score > bestB[c.tgt] {
				bestB[c.tgt] = c.score
			}
			var occ []int32 // the target sentences holding c.tgt, from lo on
			if inOrder {
				occ = post.from(c.tgt, lo)
			} else {
				occ = post.at(c.tgt, lo)
			}
			for _, t := range occ {
				if int(t) >= hi {
					break
				}
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
		f.hits = hits
	}
	f.touched = touched
	// Each target sentence's words, in order, against their best match
	// in s.
	switch {
	case len(touched) > 0 && !p.words:
		// Wide rows (the coarse levels): through the occurrences of the
		// matched types, by type as the bags are sorted.
		set := f.set
		for _, b := range touched {
			set[b>>6] |= 1 << (b & 63)
		}
		for wd, bits := range set {
			if bits == 0 {
				continue
			}
			set[wd] = 0
			for bits != 0 {
				b := int32(wd<<6 + mathbits.TrailingZeros64(bits))
				bits &= bits - 1
				v := bestB[b]
				bestB[b] = 0
				if v == 0 {
					continue
				}
				wb := m.tgt.types[b].weight
				var occ []int32
				if inOrder {
					occ = post.from(b, lo)
				} else {
					occ = post.at(b, lo)
				}
				for _, t := range occ {
					if int(t) >= hi {
						break
					}
					mt[t-int32(lo)] += v * wb
				}
			}
		}
	case len(touched) > 0:
		for x := range hi - lo {
			t := lo + x
			wt := m.tgtW[t]
			var sum float32
			for q, b := range m.tgtC[t] {
				if v := bestB[b]; v > 0 {
					sum += v * wt[q]
					wr.wt = append(wr.wt, wordMatch{int32(q), v})
				}
			}
			mt[x] = sum
			wr.eT[x] = uint32(len(wr.wt))
		}
		for _, b := range touched {
			bestB[b] = 0
		}
	}
	if p.words {
		for x := range hi - lo {
			wr.ws = append(wr.ws, rowS[x]...)
			wr.eS[x] = uint32(len(wr.ws))
			rowS[x] = rowS[x][:0]
		}
	}
}

// wordsOf returns the word matches of row s, computing them again when the
// table no longer keeps them.
func (p *pairTable) wordsOf(s int) *wordRow {
	p.ensure(s)
	wr := &p.ring[s%wordRing]
	if wr.s != s {
		if p.fill == nil {
			p.fill = newRowFiller(p)
		}
		p.fill.row(s, false)
	}
	return wr
}

// srcWords returns the matches of the words of source sentence s in the
// target sentence of cell k of its row.
func (p *pairTable) srcWords(s, k int) []wordMatch {
	wr := p.wordsOf(s)
	return cellOf(wr.ws, wr.eS, k-p.off[s])
}

// tgtWords returns the matches of the words of the target sentence of
// cell k of row s in source sentence s.
func (p *pairTable) tgtWords(s, k int) []wordMatch {
	wr := p.wordsOf(s)
	return cellOf(wr.wt, wr.eT, k-p.off[s])
}

// cellOf returns the word matches of cell x of a row whose cells lie one
// after the other in ws, cell x ending at ends[x].
func cellOf(ws []wordMatch, ends []uint32, x int) []wordMatch {
	start := uint32(0)
	if x > 0 {
		start = ends[x-1]
	}
	return ws[start:ends[x]]
}

// pair returns the matched weights of cell k of row s.
func (p *pairTable) pair(s, k int) (float32, float32) {
	if s >= p.done {
		p.ensure(s)
	}
	if !p.words {
		return p.ms[k], p.mt[k]
	}
	x := s % pairRing
	if p.rowAt[x] != s {
		// A row no longer kept: computed again.
		if p.fill == nil {
			p.fill = newRowFiller(p)
		}
		p.fill.row(s, false)
	}
	return p.rowMS[x][k-p.off[s]], p.rowMT[x][k-p.off[s]]
}

func (p *pairTable) get(s, t int) (float32, float32) {
	if t < p.lo[s] || t >= p.hi[s] {
		return 0, 0
	}
	return p.pair(s, p.off[s]+t-p.lo[s])
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
			ms[s-s0], _ = p.pair(s, k0)
			continue
		}
		n := 0
		for k := k0; k < k0+t1-t0; k++ {
			if l := p.srcWords(s, k); len(l) > 0 {
				lists[n] = l
				n++
			}
		}
		ms[s-s0] = mergeSum(lists[:n], p.m.srcW[s], nil)
	}
	for t := t0; t < t1; t++ {
		if s1-s0 == 1 {
			_, mt[t-t0] = p.pair(s0, p.cell(s0, t))
			continue
		}
		n := 0
		for s := s0; s < s1; s++ {
			k := p.cell(s, t)
			if l := p.tgtWords(s, k); len(l) > 0 {
				lists[n] = l
				n++
			}
		}
		mt[t-t0] = mergeSum(lists[:n], p.m.tgtW[t], nil)
	}
	return true
}

// mergeSum returns the sum, by increasing word index, of each word's best
// score in the lists (each sorted by word index) times its weight w.
func mergeSum(lists [][]wordMatch, w []float32, buf *[2][]wordMatch) float32 {
	var sum float32
	if len(lists) > 2 && buf != nil {
		// Merge all but the last into one list, then as two.
		merged := lists[0]
		for x, l := range lists[1 : len(lists)-1] {
			buf[x&1] = mergeMax(buf[x&1][:0], merged, l)
			merged = buf[x&1]
		}
		lists = [][]wordMatch{merged, lists[len(lists)-1]}
	}
	switch len(lists) {
	case 1:
		for _, e := range lists[0] {
			sum += e.v * w[e.k]
		}
		return sum
	case 2:
		x, y := lists[0], lists[1]
		for len(x) > 0 && len(y) > 0 {
			a, b := x[0], y[0]
			switch {
			case a.k < b.k:
				sum += a.v * w[a.k]
				x = x[1:]
			case b.k < a.k:
				sum += b.v * w[b.k]
				y = y[1:]
			default:
				v := a.v
				if b.v > v {
					v = b.v
				}
				sum += v * w[a.k]
				x, y = x[1:], y[1:]
			}
		}
		for _, e := range x {
			sum += e.v * w[e.k]
		}
		for _, e := range y {
			sum += e.v * w[e.k]
		}
		return sum
	}
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

// mergeMax appends to dst the words of x and y (each sorted by word
// index) in order, each once with its best score.
func mergeMax(dst, x, y []wordMatch) []wordMatch {
	for len(x) > 0 && len(y) > 0 {
		a, b := x[0], y[0]
		switch {
		case a.k < b.k:
			dst = append(dst, a)
			x = x[1:]
		case b.k < a.k:
			dst = append(dst, b)
			y = y[1:]
		default:
			if b.v > a.v {
				a.v = b.v
			}
			dst = append(dst, a)
			x, y = x[1:], y[1:]
		}
	}
	dst = append(dst, x...)
	return append(dst, y...)
}

// denseTops holds, for the source types whose candidates occur in many
// target sentences, the best match score of the type in each target
// sentence (for the wide rows of the coarse levels, where such a type
// would otherwise go through the occurrences of its candidates again in
// every row).
type denseTops struct {
	m    *matcher
	post *postings
	tops [][]float32 // by source type, made when first asked for
	done []bool
}

func newDenseTops(m *matcher, post *postings) denseTops {
	return denseTops{m: m, post: post, tops: make([][]float32, len(m.src.types)), done: make([]bool, len(m.src.types))}
}

// of returns the best match score of source type a in each target
// sentence, or nil when its candidates occur in few target sentences (or
// there is no table of them).
func (d *denseTops) of(a int32) []float32 {
	if d.tops == nil {
		return nil
	}
	if d.done[a] {
		return d.tops[a]
	}
	d.done[a] = true
	m, post := d.m, d.post
	n := 0
	for _, c := range m.cands[a] {
		n += int(post.off[c.tgt+1] - post.off[c.tgt])
	}
	nt := len(m.tgtC)
	if 4*n < nt {
		return nil
	}
	v := make([]float32, nt)
	for _, c := range m.cands[a] {
		for _, t := range post.sent[post.off[c.tgt]:post.off[c.tgt+1]] {
			if c.score > v[t] {
				v[t] = c.score
			}
		}
	}
	d.tops[a] = v
	return v
}

// postings lists, for each target type, the target sentences that hold
// it, in increasing order.
type postings struct {
	off  []int32 // type b is in the sentences sent[off[b]:off[b+1]]
	sent []int32
	cur  []int32 // from(b, lo) starts at cur[b]
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
	p.cur = slices.Clone(p.off[:nt])
	for t, bag := range m.tgtC {
		for _, b := range bag {
			p.sent[p.cur[b]] = int32(t)
			p.cur[b]++
		}
	}
	p.rewind()
	return p
}

// rewind lets from start again at the first sentence.
func (p *postings) rewind() { copy(p.cur, p.off) }

// from returns the sentences holding type b from lo on. Between rewinds,
// lo must not decrease from one call to the next for the same type.
func (p *postings) from(b int32, lo int) []int32 {
	c, end := p.cur[b], p.off[b+1]
	for c < end && int(p.sent[c]) < lo {
		c++
	}
	p.cur[b] = c
	return p.sent[c:end]
}

// at returns the sentences holding type b from lo on (without the cursor
// of from).
func (p *postings) at(b int32, lo int) []int32 {
	l := p.sent[p.off[b]:p.off[b+1]]
	i, _ := slices.BinarySearch(l, int32(lo))
	return l[i:]
}
