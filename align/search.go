package align

import (
	"math"
	"slices"
)

// params are the tuned constants of the cost model. Costs are in nats
// (negative log probabilities), so bead priors, the length model and the
// word evidence add up on one scale.
type params struct {
	skip       float64 // prior cost of a 1-0 or 0-1 bead
	merge      float64 // prior cost of a 1-2 or 2-1 bead
	merge22    float64 // prior cost of a 2-2 bead
	merge3     float64 // prior cost of a 1-3 or 3-1 bead, and more per extra sentence beyond
	length     float64 // weight of the length cost
	lex        float64 // slope of the word evidence per sentence
	lexZero    float64 // relative coverage at which the word evidence is neutral
	lexCap     float64 // most relative coverage counted
	lexLLR     float64 // weight of the word evidence log-likelihood ratio (second pass)
	llrMax     float64 // bound on the log-likelihood ratio of one sentence
	kScale     float64 // coverage scale: multiple of the neighbour coverage median
	cognateMin float64 // least cognate similarity kept
	learnMin   float64 // least learned translation score kept
	temp       float64 // temperature of the bead posteriors of the first pass
	scoreTemp  float64 // temperature of the posteriors reported as Bead.Score
	splitPost  float64 // second look: posterior under which an unsupported 1-1 bead is split
	splitLex   float64 // second look: least word evidence against both sentences (cost) to split a 1-1 bead
	sizeMax    float64 // word evidence against a sentence: bound on its weight factor (and 1/sizeMax below)
	sizePow    float64 // word evidence against a sentence: its weight over the median weight, to this power, is the factor
	learnIter  float64 // EM iterations of IBM Model 1 for the learned table
	learnPairs float64 // least confident 1-1 beads to learn a table from
	merge4     float64 // prior cost of a bead of five sentences (1-4, 2-3, 3-2, 4-1); each further sentence adds merge
	priorPairs float64 // weight of the prior evidence model, in sentence pairs
	lenVar     float64 // length variance per character until the document gives an estimate
	lenSpread  float64 // spread of unrelated lengths until the document gives an estimate
	stray      float64 // share of translations whose length does not follow the length model
	split22    float64 // least coverage of each diagonal pair for a 2-2 bead to be reported as two 1-1 beads
}

var defaultParams = params{
	skip:       2.34,
	merge:      4.19,
	merge22:    6.97,
	merge3:     5.04,
	length:     1.64,
	lex:        1.5,
	lexZero:    0.143,
	lexCap:     2.6,
	lexLLR:     1.14,
	llrMax:     6,
	kScale:     1,
	cognateMin: 0.7,
	learnMin:   0.3,
	temp:       1,
	scoreTemp:  2,
	splitPost:  0.56,
	splitLex:   3,
	sizeMax:    3,
	sizePow:    0.96,
	learnIter:  15,
	learnPairs: 50,
	merge4:     8,
	priorPairs: 10,
	lenVar:     4,
	lenSpread:  4,
	stray:      0.055,
	// Calibrated with the checker's findings on the perturbed UD PUD
	// documents and the bundled example.
	split22: 0.35,
}

// shape is a bead shape: sentences taken from the source and the target.
type shape struct{ a, b int }

func shapes(maxBead int) []shape {
	out := []shape{{1, 1}, {1, 0}, {0, 1}}
	for s := 3; s <= maxBead+1; s++ {
		for a := 1; a < s; a++ {
			b := s - a
			if a > maxBead || b > maxBead || min(a, b) > 2 {
				continue
			}
			out = append(out, shape{a, b})
		}
	}
	return out
}

// band is the set of DP cells searched: for each row i (source prefix
// length) the target prefix lengths lo[i]..hi[i], inclusive.
type band struct {
	n, m   int
	lo, hi []int
	off    []int
	cells  int
}

func fullBand(n, m int) *band {
	b := &band{n: n, m: m, lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := range b.hi {
		b.hi[i] = m
	}
	b.index()
	return b
}

func (b *band) index() {
	b.off = make([]int, b.n+1)
	c := 0
	for i := 0; i <= b.n; i++ {
		b.off[i] = c
		c += b.hi[i] - b.lo[i] + 1
	}
	b.cells = c
}

// at returns the cell index of (i, j), or -1 outside the band.
func (b *band) at(i, j int) int {
	if i < 0 || j < 0 || i > b.n || j < b.lo[i] || j > b.hi[i] {
		return -1
	}
	return b.off[i] + j - b.lo[i]
}

// lengthModel is a Gale-Church model of character lengths: for a
// translation, delta = (lt - c*ls) / sqrt(s2*c*mean length) is about
// standard normal, with c the mean length ratio and s2 its variance per
// character. Unrelated sentences give a much wider delta (spread). The
// cost of a bead is the negative log-likelihood ratio of its delta between
// the two, with a small share of translations allowed to stray as far as
// unrelated sentences: a good fit earns a reward (negative cost), a bad
// one pays at most a bounded price.
type lengthModel struct {
	ratio, variance float64
	spread          float64 // standard deviation of delta for unrelated sentences
	stray           float64 // share of translations whose length does not follow the model
}

func (lm lengthModel) delta(ls, lt float64) float64 {
	mean := (ls + lt/lm.ratio) / 2
	if mean < 1 {
		mean = 1
	}
	return (lt - ls*lm.ratio) / math.Sqrt(mean*lm.variance*lm.ratio)
}

// cost returns the length cost of a bead of ls source and lt target
// characters, computed in full.
func (lm lengthModel) cost(ls, lt float64) float64 {
	lc := lengthCost{lm: lm}
	lc.constants()
	return lc.exact(ls, lt)
}

// lengthCost is a lengthModel with the constants of its cost computed
// once. With spread u and stray share q the cost
//
//	-log(N(d; u) / ((1-q) N(d; 1) + q N(d; u)))
//
// (N(d; s) the normal density of standard deviation s) is
// -log(q + (1-q) u exp(-x)) with x = d²(1-1/u²)/2: a function of x alone,
// which the dynamic programme reads from a table (see cost).
type lengthCost struct {
	lm          lengthModel
	stayU, half float64 // (1-q) u and (1-1/u²)/2
	// table[k] is the cost at x = k/lenSteps, for x below lenFar; far
	// is the cost beyond, where exp(-x) vanishes.
	table []float64
	far   float64
}

// The length-cost table: lenSteps entries per unit of x up to lenFar.
// Read with linear interpolation, it is within 2e-6 of the cost (whose
// second derivative in x is at most 1/4).
const (
	lenSteps = 128
	lenFar   = 40
)

func (lc *lengthCost) constants() {
	if lm := lc.lm; lm.spread > 1 {
		lc.stayU = (1 - lm.stray) * lm.spread
		lc.half = (1 - 1/(lm.spread*lm.spread)) / 2
	}
}

// prepare returns the lengthCost of the model with its table.
func (lm lengthModel) prepare() lengthCost {
	lc := lengthCost{lm: lm}
	lc.constants()
	if lm.spread > 1 && lm.stray > 0 {
		lc.table = make([]float64, lenFar*lenSteps+2)
		for k := range lc.table {
			lc.table[k] = lc.ofX(float64(k) / lenSteps)
		}
		lc.far = -math.Log(lm.stray)
	}
	return lc
}

// ofX is the cost at x (see lengthCost), for a model with a spread.
func (lc *lengthCost) ofX(x float64) float64 {
	if lc.lm.stray <= 0 {
		return x - math.Log(lc.stayU)
	}
	return -math.Log(lc.lm.stray + lc.stayU*math.Exp(-x))
}

// exact returns the length cost of a bead of ls source and lt target
// characters.
func (lc *lengthCost) exact(ls, lt float64) float64 {
	if ls == 0 && lt == 0 {
		return 0
	}
	d := lc.lm.delta(ls, lt)
	if lc.lm.spread <= 1 {
		// No estimate of the spread: the Gale-Church tail cost.
		p := math.Erfc(math.Abs(d) / math.Sqrt2)
		return -math.Log(math.Max(p, 1e-30))
	}
	return lc.ofX(lc.half * d * d)
}

// cost returns the length cost of a bead, from the table when there is
// one.
func (lc *lengthCost) cost(ls, lt float64) float64 {
	if lc.table == nil || ls == 0 && lt == 0 {
		return lc.exact(ls, lt)
	}
	lm := lc.lm
	mean := max(1, (ls+lt/lm.ratio)/2)
	num := lt - ls*lm.ratio
	x := lc.half * num * num / (mean * lm.variance * lm.ratio)
	if !(x < lenFar) {
		return lc.far
	}
	p := x * lenSteps
	k := int(p)
	return lc.table[k] + (p-float64(k))*(lc.table[k+1]-lc.table[k])
}

// costModel computes bead costs from pair statistics.
type costModel struct {
	src, tgt *side
	pairs    func(s, t int) (float32, float32)
	lm       lengthModel
	lc       lengthCost
	p        params
	useLen   bool
	useLex   bool    // some word evidence is on
	kSrc     float64 // coverage expected of a translated source sentence
	kTgt     float64
	evSrc    *evidenceModel // when set, the word evidence is a log-likelihood ratio
	evTgt    *evidenceModel
	priors   *priorTable // prior cost of each bead shape
	group    *matcher    // when set, multi-sentence groups are matched as a whole
	table    *pairTable  // when set, group statistics come from its word matches
	gsc      *pairScratch
	sizeS    []float32 // factor of the evidence against each sentence (see evidenceModel.size)
	sizeT    []float32
	cumS     []float64 // cumS[i] is the length of sentences 0..i-1 (a sum of whole numbers, so exact)
	cumT     []float64
	memo     *lexMemo // with table: the word evidence of each sentence against each group, by source row
	// pairsFromTable is set when pairs is table.get (so that the memo may
	// read the table without a group matcher).
	pairsFromTable bool
}

// newCostModel returns the cost model for the sides with the evidence
// models (nil in the first pass) and group matcher (nil: groups are
// scored from pair sums).
func newCostModel(src, tgt *side, pairs func(s, t int) (float32, float32), lm lengthModel, p params, ev EvidenceKind,
	kSrc, kTgt float64, evSrc, evTgt *evidenceModel, priors *priorTable, group *matcher) *costModel {
	c := &costModel{src: src, tgt: tgt, pairs: pairs, lm: lm, p: p, useLen: ev&Length != 0, useLex: ev&^Length != 0,
		kSrc: kSrc, kTgt: kTgt, evSrc: evSrc, evTgt: evTgt, priors: priors, group: group}
	if group != nil {
		c.gsc = group.newScratch()
	}
	c.sizeS, c.sizeT = sizes(src, evSrc, p), sizes(tgt, evTgt, p)
	c.lc = lm.prepare()
	c.cumS, c.cumT = cumulative(src.length), cumulative(tgt.length)
	return c
}

// cumulative returns the prefix sums of xs.
func cumulative(xs []float64) []float64 {
	out := make([]float64, len(xs)+1)
	for i, x := range xs {
		out[i+1] = out[i] + x
	}
	return out
}

// setTable makes the cost model take group statistics from the pair
// table and remember the word evidence of each sentence against each
// group of the other side (beads share them: a 2-2 bead has the groups of
// a 1-2 and a 2-1 bead).
func (c *costModel) setTable(pt *pairTable, maxA, maxB int) {
	c.table = pt
	if c.group != nil || c.pairsFromTable {
		c.memo = newLexMemo(c, maxA, maxB)
	}
}

func sizes(sd *side, em *evidenceModel, p params) []float32 {
	out := make([]float32, len(sd.total))
	for i, w := range sd.total {
		out[i] = 1
		if em != nil {
			out[i] = float32(em.size(float64(w), p))
		}
	}
	return out
}

// priorTable holds the prior cost of each bead shape, by the number of
// source and target sentences.
type priorTable [maxShape + 1][maxShape + 1]float64

// maxShape is the most sentences on one side of a bead.
const maxShape = 6

// priors returns the tuned prior costs of the bead shapes.
func (p *params) priors() *priorTable {
	var t priorTable
	for a := range t {
		for b := range t[a] {
			t[a][b] = p.prior(a, b)
		}
	}
	return &t
}

// prior returns the tuned prior cost of a bead shape.
func (p *params) prior(a, b int) float64 {
	switch {
	case a == 0 || b == 0:
		return p.skip
	case a == 1 && b == 1:
		return 0
	case a+b == 3:
		return p.merge
	case a == 2 && b == 2:
		return p.merge22
	case a+b == 4:
		return p.merge3
	}
	return p.merge4 + p.merge*float64(a+b-5)
}

// lexCost is the cost of the word evidence of one sentence whose matched
// share is c, against the expected share k of a translated sentence:
// positive (evidence against) when little is matched, negative (evidence
// for) when much is.
func (c *costModel) lexCost(m, w float32, size float32, k float64, em *evidenceModel) float64 {
	if w == 0 || !c.useLex {
		return 0
	}
	if em != nil {
		l := em.llr(float64(m / w))
		if l < 0 {
			l *= float64(size)
		}
		return -c.p.lexLLR * l
	}
	r := math.Min(float64(m/w)/k, c.p.lexCap)
	return c.p.lex * (c.p.lexZero - r)
}

// beadCost is the cost of the bead made of source sentences s0..s1-1 and
// target sentences t0..t1-1.
func (c *costModel) beadCost(s0, s1, t0, t1 int) float64 {
	p := c.beadParts(s0, s1, t0, t1)
	return p[0] + p[1] + p[2] + p[3]
}

// beadParts returns the parts of a bead's cost: the prior of its shape,
// the word evidence of its source sentences and of its target sentences,
// and the length cost.
func (c *costModel) beadParts(s0, s1, t0, t1 int) [4]float64 {
	var out [4]float64
	a, b := s1-s0, t1-t0
	out[0] = c.priors[a][b]
	if a == 0 || b == 0 {
		return out
	}
	if c.memo != nil && c.memo.covers(s0, s1, t0, t1) {
		for s := s0; s < s1; s++ {
			out[1] += c.memo.lexS(s, t0, b)
		}
		for t := t0; t < t1; t++ {
			out[2] += c.memo.lexT(t, s0, a)
		}
		if c.useLen {
			// Lengths are whole numbers: the prefix sums are exact.
			out[3] = c.p.length * c.lc.cost(c.cumS[s1]-c.cumS[s0], c.cumT[t1]-c.cumT[t0])
		}
		return out
	}
	// Matched weight of each sentence in the other side's group, less
	// what it matches by chance in as many unrelated sentences.
	var mS, mT [maxShape]float32
	if c.group != nil && a+b > 2 {
		// Each word counts once, with its best match in the group.
		if c.table == nil || !c.table.groupStats(s0, s1, t0, t1, mS[:a], mT[:b]) {
			c.group.groupStats(s0, s1, t0, t1, c.gsc, mS[:a], mT[:b])
		}
		for k := range a {
			mS[k] = max(0, mS[k]-c.src.base[s0+k]*float32(b))
		}
		for k := range b {
			mT[k] = max(0, mT[k]-c.tgt.base[t0+k]*float32(a))
		}
	} else {
		for s := s0; s < s1; s++ {
			for t := t0; t < t1; t++ {
				ms, mt := c.pairs(s, t)
				mS[s-s0] += max(0, ms-c.src.base[s])
				mT[t-t0] += max(0, mt-c.tgt.base[t])
			}
		}
	}
	var ls, lt float64
	for s := s0; s < s1; s++ {
		ls += c.src.length[s]
		out[1] += c.lexCost(mS[s-s0], c.src.total[s], c.sizeS[s], c.kSrc, c.evSrc)
	}
	for t := t0; t < t1; t++ {
		lt += c.tgt.length[t]
		out[2] += c.lexCost(mT[t-t0], c.tgt.total[t], c.sizeT[t], c.kTgt, c.evTgt)
	}
	if c.useLen {
		out[3] = c.p.length * c.lc.cost(ls, lt)
	}
	return out
}

// lexMemo remembers, for the last source rows used, the word evidence of
// each source sentence s against the target groups t..t+b-1 (lexS) and of
// each target sentence t against the source groups s..s+a-1 (lexT), both
// stored under the table cell of (s, t). The lattice asks for the rows in
// order, so a few rows suffice; a row pushed out is computed again. With
// a group matcher a sentence's matches in a group are its words' best
// matches in the group (from the table's word matches), without one the
// sum of its matches in each sentence of the group (as beadParts has
// them).
type lexMemo struct {
	c          *costModel
	pt         *pairTable
	group      bool
	maxA, maxB int
	rows       []memoRow
	lists      [maxShape][]wordMatch
	bufs       [2][]wordMatch // for mergeSum
}

type memoRow struct {
	s    int         // source row held, or -1
	lexS [][]float64 // lexS[b-1][t-lo], NaN until computed
	lexT [][]float64 // lexT[a-1][t-lo]
}

func newLexMemo(c *costModel, maxA, maxB int) *lexMemo {
	maxA, maxB = min(maxA, maxShape), min(maxB, maxShape)
	m := &lexMemo{c: c, pt: c.table, group: c.group != nil, maxA: maxA, maxB: maxB, rows: make([]memoRow, 8)}
	for k := range m.rows {
		m.rows[k] = memoRow{s: -1, lexS: make([][]float64, maxB), lexT: make([][]float64, maxA)}
	}
	return m
}

// covers reports whether the memo serves the bead: the table holds all of
// its pairs and its shape is within the memo's.
func (m *lexMemo) covers(s0, s1, t0, t1 int) bool {
	if (m.group && !m.pt.words) || s1-s0 > m.maxA || t1-t0 > m.maxB {
		return false
	}
	if m.pt.monotone {
		// The rows' ranges only move forward: the first row's range ends
		// first, the last row's starts last.
		return m.pt.cell(s1-1, t0) >= 0 && m.pt.cell(s0, t1-1) >= 0
	}
	for s := s0; s < s1; s++ {
		if m.pt.cell(s, t0) < 0 || m.pt.cell(s, t1-1) < 0 {
			return false
		}
	}
	return true
}

// row returns the memo row of source sentence s.
func (m *lexMemo) row(s int) *memoRow {
	r := &m.rows[s&(len(m.rows)-1)]
	if r.s == s {
		return r
	}
	return m.load(r, s)
}

// load makes r the memo row of source sentence s, with nothing computed.
func (m *lexMemo) load(r *memoRow, s int) *memoRow {
	r.s = s
	w := m.pt.hi[s] - m.pt.lo[s]
	nan := math.NaN()
	reset := func(xs [][]float64) {
		for k := range xs {
			if cap(xs[k]) < w {
				xs[k] = make([]float64, w)
			}
			xs[k] = xs[k][:w]
			for x := range xs[k] {
				xs[k][x] = nan
			}
		}
	}
	reset(r.lexS)
	reset(r.lexT)
	return r
}

// lexS returns the word evidence of source sentence s against target
// sentences t0..t0+b-1 (as beadParts computes it).
func (m *lexMemo) lexS(s, t0, b int) float64 {
	r := m.row(s)
	if v := r.lexS[b-1][t0-m.pt.lo[s]]; v == v {
		return v
	}
	return m.computeS(r, s, t0, b)
}

// computeS computes and remembers lexS(s, t0, b) in r, the row of s.
func (m *lexMemo) computeS(r *memoRow, s, t0, b int) float64 {
	x := t0 - m.pt.lo[s]
	var v float64
	pt, c := m.pt, m.c
	k0 := pt.cell(s, t0)
	var ms float32
	switch {
	case !m.group:
		base := c.src.base[s]
		var sum float32
		for k := k0; k < k0+b; k++ {
			ms, _ := pt.pair(s, k)
			sum += max(0, ms-base)
		}
		v = c.lexCost(sum, c.src.total[s], c.sizeS[s], c.kSrc, c.evSrc)
		r.lexS[b-1][x] = v
		return v
	case b == 1:
		ms, _ = pt.pair(s, k0)
	default:
		n := 0
		for k := k0; k < k0+b; k++ {
			if l := pt.srcWords(s, k); len(l) > 0 {
				m.lists[n] = l
				n++
			}
		}
		ms = mergeSum(m.lists[:n], pt.m.srcW[s], &m.bufs)
	}
	ms = max(0, ms-c.src.base[s]*float32(b))
	v = c.lexCost(ms, c.src.total[s], c.sizeS[s], c.kSrc, c.evSrc)
	r.lexS[b-1][x] = v
	return v
}

// lexT returns the word evidence of target sentence t against source
// sentences s0..s0+a-1.
func (m *lexMemo) lexT(t, s0, a int) float64 {
	r := m.row(s0)
	if v := r.lexT[a-1][t-m.pt.lo[s0]]; v == v {
		return v
	}
	return m.computeT(r, t, s0, a)
}

// computeT computes and remembers lexT(t, s0, a) in r, the row of s0.
func (m *lexMemo) computeT(r *memoRow, t, s0, a int) float64 {
	x := t - m.pt.lo[s0]
	var v float64
	pt, c := m.pt, m.c
	var mt float32
	switch {
	case !m.group:
		base := c.tgt.base[t]
		var sum float32
		for s := s0; s < s0+a; s++ {
			_, mt := pt.pair(s, pt.cell(s, t))
			sum += max(0, mt-base)
		}
		v = c.lexCost(sum, c.tgt.total[t], c.sizeT[t], c.kTgt, c.evTgt)
		r.lexT[a-1][x] = v
		return v
	case a == 1:
		_, mt = pt.pair(s0, pt.cell(s0, t))
	default:
		n := 0
		for s := s0; s < s0+a; s++ {
			k := pt.cell(s, t)
			if l := pt.tgtWords(s, k); len(l) > 0 {
				m.lists[n] = l
				n++
			}
		}
		mt = mergeSum(m.lists[:n], pt.m.tgtW[t], &m.bufs)
	}
	mt = max(0, mt-c.tgt.base[t]*float32(a))
	v = c.lexCost(mt, c.tgt.total[t], c.sizeT[t], c.kTgt, c.evTgt)
	r.lexT[a-1][x] = v
	return v
}

// newLatticeOf is newLattice with the costs of c (beadCost), reading the
// remembered word evidence directly when c has a memo.
func newLatticeOf(bd *band, sh []shape, c *costModel) *lattice {
	m := c.memo
	if m == nil {
		return newLattice(bd, sh, c.beadCost)
	}
	l := newLatticeFor(bd, sh, float32(c.priors[1][0]), float32(c.priors[0][1]))
	inf := float32(math.Inf(1))
	pt := m.pt
	for i := 0; i <= bd.n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			base := bd.at(i, j) * l.stride
			for x, shp := range sh {
				if x == 1 || x == 2 {
					continue // 1-0 and 0-1: their prior
				}
				at := base + l.slot(x)
				a, b := shp.a, shp.b
				if bd.at(i-a, j-b) < 0 {
					l.cost[at] = inf
					continue
				}
				s0, t0 := i-a, j-b
				var v float64
				switch {
				case m.covers(s0, i, t0, j):
					// As beadParts: the parts in order, then their sum
					// (lexS and lexT written out).
					var p1, p2, p3 float64
					for s := s0; s < i; s++ {
						r := &m.rows[s&(len(m.rows)-1)]
						if r.s != s {
							r = m.load(r, s)
						}
						v := r.lexS[b-1][t0-pt.lo[s]]
						if v != v {
							v = m.computeS(r, s, t0, b)
						}
						p1 += v
					}
					r := &m.rows[s0&(len(m.rows)-1)]
					if r.s != s0 {
						r = m.load(r, s0)
					}
					lt, lo := r.lexT[a-1], pt.lo[s0]
					for t := t0; t < j; t++ {
						v := lt[t-lo]
						if v != v {
							v = m.computeT(r, t, s0, a)
						}
						p2 += v
					}
					if c.useLen {
						p3 = c.p.length * c.lc.cost(c.cumS[i]-c.cumS[s0], c.cumT[j]-c.cumT[t0])
					}
					v = c.priors[a][b] + p1 + p2 + p3
				default:
					v = c.beadCost(s0, i, t0, j)
				}
				f := float32(v)
				if f != f { // NaN: never on a path
					f = inf
				}
				l.cost[at] = f
			}
		}
	}
	return l
}

// path is the result of a search: beads as prefix boundaries.
type step struct {
	i, j int // end of the bead (prefix lengths)
	a, b int // its shape
}

// lattice holds the cost of every bead the band allows, computed once
// and shared by the Viterbi search and the forward-backward pass. A bead
// that leaves one sentence alone (shapes 1 and 2, 1-0 and 0-1) costs its
// prior wherever it stands: that cost is kept once, not for every cell.
type lattice struct {
	bd     *band
	sh     []shape
	stride int       // costs kept for each cell: one a shape but 1-0 and 0-1
	cost   []float32 // cost[cell*stride+slot(x)] of the bead of shape x ending at cell; +Inf when not allowed
	skip   [2]float32
}

// newLatticeFor returns a lattice of the band with room for the costs,
// and the costs of leaving a source and a target sentence alone.
func newLatticeFor(bd *band, sh []shape, skipS, skipT float32) *lattice {
	stride := max(1, len(sh)-2)
	if skipS != skipS {
		skipS = float32(math.Inf(1))
	}
	if skipT != skipT {
		skipT = float32(math.Inf(1))
	}
	return &lattice{bd: bd, sh: sh, stride: stride, cost: make([]float32, bd.cells*stride), skip: [2]float32{skipS, skipT}}
}

// slot returns where the cost of shape x (not 1 or 2) is kept in a cell.
func (l *lattice) slot(x int) int {
	if x == 0 {
		return 0
	}
	return x - 2
}

// costOf returns the cost of the bead of shape x ending at cell k, which
// is (i, j); +Inf when the bead would start outside the band.
func (l *lattice) costOf(k, i, j, x int) float32 {
	switch x {
	case 0:
		return l.cost[k*l.stride]
	case 1:
		if i > 0 && j >= l.bd.lo[i-1] && j <= l.bd.hi[i-1] {
			return l.skip[0]
		}
		return float32(math.Inf(1))
	case 2:
		if j > l.bd.lo[i] {
			return l.skip[1]
		}
		return float32(math.Inf(1))
	}
	return l.cost[k*l.stride+x-2]
}

func newLattice(bd *band, sh []shape, cost func(s0, s1, t0, t1 int) float64) *lattice {
	l := newLatticeFor(bd, sh, float32(cost(0, 1, 0, 0)), float32(cost(0, 0, 0, 1)))
	inf := float32(math.Inf(1))
	for i := 0; i <= bd.n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			base := bd.at(i, j) * l.stride
			for x, s := range sh {
				if x == 1 || x == 2 {
					continue
				}
				at := base + l.slot(x)
				if bd.at(i-s.a, j-s.b) < 0 {
					l.cost[at] = inf
					continue
				}
				c := float32(cost(i-s.a, i, j-s.b, j))
				if c != c { // NaN: never on a path
					c = inf
				}
				l.cost[at] = c
			}
		}
	}
	return l
}

// unreachable marks, in viterbi's choices, a cell no path reaches.
const unreachable = 255

// viterbi finds the cheapest monotone path through the band. It keeps
// the cost of the best path to each cell for the last rows a bead can
// reach back to only, and the choice made at every cell.
func (l *lattice) viterbi() []step {
	bd, sh := l.bd, l.sh
	inf := math.Inf(1)
	maxA := 0
	for _, s := range sh {
		maxA = max(maxA, s.a)
	}
	// rows[i%len(rows)][j-bd.lo[i]] is the cost of the best path to
	// (i, j).
	rows := make([][]float64, maxA+1)
	back := make([]uint8, bd.cells)
	for i := 0; i <= bd.n; i++ {
		w := bd.hi[i] - bd.lo[i] + 1
		r := &rows[i%len(rows)]
		if cap(*r) < w {
			*r = make([]float64, w, 2*w)
		}
		*r = (*r)[:w]
		d := *r
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k := bd.at(i, j)
			if i == 0 && j == 0 {
				d[0] = 0
				continue
			}
			best, arg := inf, uint8(0)
			for x, s := range sh {
				c := float64(l.costOf(k, i, j, x))
				if c == inf {
					continue
				}
				// (An allowed bead starts in the band.)
				pi := i - s.a
				v := rows[pi%len(rows)][j-s.b-bd.lo[pi]] + c
				if v < best {
					best, arg = v, uint8(x)
				}
			}
			if best == inf {
				arg = unreachable
			}
			d[j-bd.lo[i]], back[k] = best, arg
		}
	}
	var out []step
	i, j := bd.n, bd.m
	for i > 0 || j > 0 {
		k := bd.at(i, j)
		if k < 0 || back[k] == unreachable {
			// Unreachable (cannot happen with a connected band): skip.
			if i > 0 {
				out = append(out, step{i, j, 1, 0})
				i--
			} else {
				out = append(out, step{i, j, 0, 1})
				j--
			}
			continue
		}
		s := sh[back[k]]
		out = append(out, step{i, j, s.a, s.b})
		i -= s.a
		j -= s.b
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// posteriors runs the forward-backward algorithm over the lattice with
// costs divided by temp and returns a function giving the posterior
// probability of each bead of path (a path through the lattice, such as
// viterbi's), and the probability that each source and target sentence
// is left unaligned.
func (l *lattice) posteriors(temp float64, path []step) (func(st step) float64, []float64, []float64) {
	return l.posteriorsOf(temp, true, path)
}

// posteriorsOf is posteriors; without skips it leaves the probabilities
// of sentences left alone out (nil).
//
// The forward pass keeps its sum for every cell; the backward pass keeps
// its sums for the last rows a bead reaches forward to, and for the cells
// of the path, and adds up the probabilities of sentences left alone as
// it goes.
func (l *lattice) posteriorsOf(temp float64, skips bool, path []step) (func(st step) float64, []float64, []float64) {
	bd, sh := l.bd, l.sh
	ninf := math.Inf(-1)
	inf := float32(math.Inf(1))
	f := make([]float64, bd.cells)
	for k := range f {
		f[k] = ninf
	}
	f[bd.at(0, 0)] = 0
	// Each cell's sum of logarithms is taken at once: the largest term
	// plus the logarithm of the sum of the others' ratios to it.
	terms := make([]float64, 0, len(sh))
	i, j := 0, 0 // the next forward cell (past the corner where it starts)
	for ok := nextCell(bd, &i, &j, 1); ok; ok = nextCell(bd, &i, &j, 1) {
		terms = terms[:0]
		k := bd.at(i, j)
		for x, s := range sh {
			if c := l.costOf(k, i, j, x); c != inf {
				if v := f[bd.at(i-s.a, j-s.b)]; v != ninf {
					terms = append(terms, v-float64(c)/temp)
				}
			}
		}
		f[k] = logSum(terms)
	}
	z := f[bd.at(bd.n, bd.m)]
	maxA := 0
	for _, s := range sh {
		maxA = max(maxA, s.a)
	}
	// rows[i%len(rows)][j-bd.lo[i]] is the backward sum of (i, j).
	rows := make([][]float64, maxA+1)
	g := func(i, j int) float64 { return rows[i%len(rows)][j-bd.lo[i]] }
	atPath := make([]float64, len(path)) // the backward sum at the end of each bead of path
	p := len(path) - 1
	var skipS, skipT []float64
	if skips {
		// Shapes 1 and 2 are 1-0 and 0-1 (see shapes).
		skipS, skipT = make([]float64, bd.n), make([]float64, bd.m)
	}
	for i := bd.n; i >= 0; i-- {
		w := bd.hi[i] - bd.lo[i] + 1
		r := &rows[i%len(rows)]
		if cap(*r) < w {
			*r = make([]float64, w, 2*w)
		}
		*r = (*r)[:w]
		row := *r
		for j := bd.hi[i]; j >= bd.lo[i]; j-- {
			v := 0.0 // at the last corner
			if i < bd.n || j < bd.m {
				terms = terms[:0]
				for x, s := range sh {
					ni, nj := i+s.a, j+s.b
					if nk := bd.at(ni, nj); nk >= 0 {
						if c := l.costOf(nk, ni, nj, x); c != inf {
							if gv := g(ni, nj); gv != ninf {
								terms = append(terms, gv-float64(c)/temp)
							}
						}
					}
				}
				v = logSum(terms)
			}
			row[j-bd.lo[i]] = v
			for p >= 0 && path[p].i == i && path[p].j == j {
				atPath[p] = v
				p--
			}
			if !skips {
				continue
			}
			// Leaving target sentence j alone from (i, j) to (i, j+1).
			k := bd.at(i, j)
			if nk := bd.at(i, j+1); nk >= 0 && j < bd.m && f[k] != ninf {
				skipT[j] += math.Exp(f[k] - float64(l.skip[1])/temp + g(i, j+1) - z)
			}
		}
		if !skips || i == bd.n {
			continue
		}
		// Leaving source sentence i alone from (i, j) to (i+1, j).
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			k := bd.at(i, j)
			if f[k] == ninf {
				continue
			}
			if nk := bd.at(i+1, j); nk >= 0 {
				skipS[i] += math.Exp(f[k] - float64(l.skip[0])/temp + g(i+1, j) - z)
			}
		}
	}
	post := func(st step) float64 {
		x, ok := slices.BinarySearchFunc(path, st, func(a, b step) int {
			if a.i != b.i {
				return a.i - b.i
			}
			return a.j - b.j
		})
		if !ok || path[x] != st {
			return 0 // not a bead of path
		}
		pk, k := bd.at(st.i-st.a, st.j-st.b), bd.at(st.i, st.j)
		y := slices.Index(sh, shape{st.a, st.b})
		if pk < 0 || k < 0 || y < 0 {
			return 0
		}
		v := f[pk] - float64(l.costOf(k, st.i, st.j, y))/temp + atPath[x] - z
		return math.Min(1, math.Exp(v))
	}
	for k := range skipS {
		skipS[k] = math.Min(1, skipS[k])
	}
	for k := range skipT {
		skipT[k] = math.Min(1, skipT[k])
	}
	return post, skipS, skipT
}

// nextCell moves (i, j) to the next cell of the band in row order (dir 1)
// or in reverse row order (dir -1) and reports whether there is one.
func nextCell(bd *band, i, j *int, dir int) bool {
	*j += dir
	for *j > bd.hi[*i] || *j < bd.lo[*i] {
		*i += dir
		if *i < 0 || *i > bd.n {
			return false
		}
		if dir > 0 {
			*j = bd.lo[*i]
		} else {
			*j = bd.hi[*i]
		}
	}
	return true
}

// logSum returns the logarithm of the sum of the exponentials of xs (minus
// infinity for none), as a chain of logAdd would, with one logarithm.
func logSum(xs []float64) float64 {
	switch len(xs) {
	case 0:
		return math.Inf(-1)
	case 1:
		return xs[0]
	}
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	var sum float64
	for _, x := range xs {
		if d := x - m; d > -40 {
			sum += math.Exp(d)
		}
	}
	return m + math.Log(sum)
}

func logAdd(a, b float64) float64 {
	if a == math.Inf(-1) {
		return b
	}
	if b == math.Inf(-1) {
		return a
	}
	if a < b {
		a, b = b, a
	}
	if b-a < -40 {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// evidenceModel turns the matched share of a sentence into a
// log-likelihood ratio: how much more likely that share is when the
// sentence is paired with its translation than with an unrelated
// sentence. Both distributions are histograms estimated from the document
// pair itself (confident beads of the first pass against unrelated
// sentence pairs), so the same share counts for much in a pair with a
// good dictionary and for little in a pair with none.
type evidenceModel struct {
	ratio   [len(shareEdges) + 1]float64
	medianW float64 // median weight of the sentences the model was estimated on
}

// size is the factor applied to the evidence against a sentence of
// weight w (a negative log-likelihood ratio): a light sentence (a
// fragment, a title) often matches nothing even beside its translation,
// while a heavy one that matches nothing is all the more likely
// unrelated. The factor is (w / median weight) to the power sizePow,
// bounded by [1/sizeMax, sizeMax].
func (em *evidenceModel) size(w float64, p params) float64 {
	if em.medianW <= 0 || p.sizePow == 0 {
		return 1
	}
	f := math.Pow(w/em.medianW, p.sizePow)
	return math.Max(1/p.sizeMax, math.Min(p.sizeMax, f))
}

var shareEdges = [...]float64{0.005, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8}

func shareBin(x float64) int {
	for k, e := range shareEdges {
		if x < e {
			return k
		}
	}
	return len(shareEdges)
}

// evidencePrior is a pair of share histograms (over the bins of
// shareEdges, each summing to 1) measured on the development sets: the
// shares of translated sentences and of unrelated ones.
type evidencePrior struct {
	aligned, unrelated [len(shareEdges) + 1]float64
}

// newEvidenceModel estimates the model from the shares of translated
// (aligned) and unrelated sentence pairs of the document, each histogram
// shrunk toward the prior by p.priorPairs pseudo-observations.
func newEvidenceModel(aligned, unrelated []float64, prior *evidencePrior, p params) *evidenceModel {
	var ca, cu [len(shareEdges) + 1]float64
	for _, x := range aligned {
		ca[shareBin(x)]++
	}
	for _, x := range unrelated {
		cu[shareBin(x)]++
	}
	na, nu := float64(len(aligned)), float64(len(unrelated))
	w := p.priorPairs
	em := &evidenceModel{}
	for k := range ca {
		pa := (ca[k] + w*prior.aligned[k]) / (na + w)
		pu := (cu[k] + w*prior.unrelated[k]) / (nu + w)
		em.ratio[k] = math.Max(-p.llrMax, math.Min(p.llrMax, math.Log(pa/pu)))
	}
	// Enforce monotonicity: more matched words never count against.
	for k := 1; k < len(em.ratio); k++ {
		em.ratio[k] = math.Max(em.ratio[k], em.ratio[k-1])
	}
	return em
}

func (em *evidenceModel) llr(share float64) float64 {
	return em.ratio[shareBin(share)]
}

// withDiagonal returns b with the cells within w of the proportional
// diagonal added, or b alone when the path it follows runs so far from
// the diagonal (a translation of half the text) that a range of cells
// from one to the other in each row would hold more cells than the two
// bands: as many as the square of the length.
func withDiagonal(b *band, w int) *band {
	d := proportionalBand(b.n, b.m, w)
	if u := unionBands(b, d); u.cells <= b.cells+d.cells {
		return u
	}
	return b
}

// edgeScore is the highest confidence of a bead near the edge of the
// band after the last widening (see searchLimits.edgeRounds and
// nearEdge): the search could not weigh the paths beyond the edge, so
// the bead is no more likely right than wrong.
const edgeScore = 0.5

// nearEdge reports whether step k of the path ends within margin source
// sentences of a step of edge (the indices of the steps on the edge, in
// order). A path held back by an edge leans on it again and again, a few
// sentences apart, and runs of one-sided beads between: all of it is in
// doubt.
func nearEdge(steps []step, edge []int, k, margin int) bool {
	x, _ := slices.BinarySearch(edge, k)
	i := steps[k].i
	return x < len(edge) && steps[edge[x]].i-i <= margin || x > 0 && i-steps[edge[x-1]].i <= margin
}

// edgeSteps returns the indices of the steps of the path that end on a
// cell at an edge of the band beyond which the document goes on, when
// at least edgeRun of them come one after the other: the band then holds
// the path back, the search could not look past its edge, and neither
// the path nor the posteriors there account for what lies beyond. Steps
// on the edge here and there, never edgeRun in a row, are the band's
// ordinary slack and give none (BenchmarkAlign100k's 100,000 sentences
// have ten such steps, at most two in a row; searching again cost a
// quarter more time for 4 sentences of 273 misplaced).
func edgeSteps(steps []step, bd *band) []int {
	var out []int
	run, held := 0, false
	for k, st := range steps {
		i, j := st.i, st.j
		if j == bd.lo[i] && bd.lo[i] > 0 || j == bd.hi[i] && bd.hi[i] < bd.m {
			out = append(out, k)
			run++
			held = held || run >= edgeRun
			continue
		}
		run = 0
	}
	if !held {
		return nil
	}
	return out
}

// edgeRun is the fewest steps on an edge, one after the other, that show
// a path held back by it (see edgeSteps).
const edgeRun = 3

// widenAt returns bd with the cells within w sentences of the ends of
// steps edge added, made monotone and connected by adding cells only.
func widenAt(bd *band, steps []step, edge []int, w int) *band {
	out := &band{n: bd.n, m: bd.m, lo: slices.Clone(bd.lo), hi: slices.Clone(bd.hi)}
	for _, k := range edge {
		st := steps[k]
		for i := max(0, st.i-w); i <= min(bd.n, st.i+w); i++ {
			out.lo[i] = min(out.lo[i], max(0, st.j-w))
			out.hi[i] = max(out.hi[i], min(bd.m, st.j+w))
		}
	}
	for i := bd.n - 1; i >= 0; i-- {
		out.lo[i] = min(out.lo[i], out.lo[i+1])
	}
	for i := 1; i <= bd.n; i++ {
		out.hi[i] = max(out.hi[i], out.hi[i-1])
	}
	out.index()
	return out
}
