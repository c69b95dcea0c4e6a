package align

import (
	"slices"
)

// The bands of the search: the cells of the dynamic programme searched,
// from a coarse alignment of blocks of sentences down to a few sentences
// around the first pass's path.

// band returns the cells to search: all of them for small documents, a
// band around a coarse alignment for long ones.
func (s *Scorer) band() *band {
	if s.bd == nil {
		s.bd = s.coarseBand(s.src, s.tgt, 1)
	}
	return s.bd
}

// searchLimits bound the work of the search on long documents. Tests
// change them (options_test.go) to exercise deeper levels and narrower
// bands on small inputs.
type searchLimits struct {
	// fullCells is the number of cells up to which a level is searched
	// whole. Small enough that the top level of a 2,000-sentence pair is
	// one of blocks of 64 sentences; every level of blocks also searches
	// near the diagonal (see coarseBand).
	fullCells int
	// The final pass searches within pathMargin sentences of the first
	// pass's path, when the band holds more than pathBandMin cells.
	pathMargin  int
	pathBandMin int
	// Where the final path leans on an edge of its band, the band is
	// widened by edgeMargin sentences around it and searched again, at
	// most edgeRounds times (see widenAt).
	edgeMargin, edgeRounds int
}

var defaultLimits = searchLimits{fullCells: 1 << 14, pathMargin: 6, pathBandMin: 1 << 14, edgeMargin: 48, edgeRounds: 3}

// onEdge reports whether a step of the path ends on a cell at the edge of
// the narrow band that the wide band goes beyond.
func onEdge(steps []step, narrow, wide *band) bool {
	for _, st := range steps {
		i, j := st.i, st.j
		if j == narrow.lo[i] && narrow.lo[i] > wide.lo[i] || j == narrow.hi[i] && narrow.hi[i] < wide.hi[i] {
			return true
		}
	}
	return false
}

// intersectBands returns the cells of both bands, kept monotone and
// connected.
func intersectBands(a, b *band) *band {
	out := &band{n: a.n, m: a.m, lo: make([]int, a.n+1), hi: make([]int, a.n+1)}
	for i := 0; i <= a.n; i++ {
		out.lo[i], out.hi[i] = max(a.lo[i], b.lo[i]), min(a.hi[i], b.hi[i])
	}
	out.settle()
	return out
}

// settle makes the band monotone and connected (each row's range starts
// and ends no earlier than the previous one's, and reaches back to the
// next one's start), holding both corners, and numbers its cells.
func (b *band) settle() {
	for i := 1; i <= b.n; i++ {
		b.lo[i] = max(b.lo[i], b.lo[i-1])
		b.hi[i] = max(b.hi[i], b.hi[i-1])
	}
	for i := b.n - 1; i >= 0; i-- {
		b.lo[i] = min(b.lo[i], b.lo[i+1])
	}
	b.lo[0], b.hi[b.n] = 0, b.m
	for i := range b.hi {
		b.hi[i] = max(b.hi[i], b.lo[i])
	}
	b.index()
}

const blockSize = 8 // sentences per block at each coarser level

func (s *Scorer) coarseBand(src, tgt *side, scale int) *band {
	n, m := len(src.bags), len(tgt.bags)
	if (n+1)*(m+1) <= s.o.limits.fullCells || n < 2*blockSize || m < 2*blockSize {
		return fullBand(n, m)
	}
	cs, ct := src.coarsen(blockSize), tgt.coarsen(blockSize)
	cb := s.coarseBand(cs, ct, scale*blockSize)
	pt := newPairTable(cb, s.match.with(cs, ct), 3, 3, false)
	cm := newCostModel(cs, ct, pt.get, s.lm, s.o.params, s.o.evidence, s.kSrc, s.kTgt, nil, nil, s.o.params.priors(), nil)
	cm.pairsFromTable = true
	cm.setTable(pt, 3, 3)
	steps := newLatticeOf(cb, shapes(3), cm).viterbi()
	// With word evidence the coarse path is seldom off by more than a few
	// sentences; with length alone it strays further.
	margin := blockSize/2 + 2
	if s.o.evidence&^Length == 0 {
		margin = blockSize + 4
	}
	b := projectBand(steps, blockSize, margin, n, m)
	if scale > 1 {
		// A level of blocks: the coarser levels' blocks may be so large
		// that their evidence says little (long documents that repeat
		// themselves), and a path chosen among look-alikes may be far
		// off; also search near the proportional diagonal.
		w := max(margin, m*diagonalShare/100)
		w = min(w, diagonalCells/(2*(n+1)))
		if w > margin {
			b = withDiagonal(b, w)
		}
	}
	return b
}

// A level of blocks also searches the cells within diagonalShare per cent
// of the target length of the proportional diagonal, up to diagonalCells
// cells in all.
const (
	diagonalShare = 5
	diagonalCells = 1 << 18
)

// proportionalBand returns the cells within w of the proportional
// diagonal (row i near column i*m/n).
func proportionalBand(n, m, w int) *band {
	b := &band{n: n, m: m, lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := 0; i <= n; i++ {
		c := i * m / max(1, n)
		b.lo[i], b.hi[i] = max(0, c-w), min(m, c+w)
	}
	b.lo[0], b.hi[n] = 0, m
	b.index()
	return b
}

// unionBands returns the cells of either band (both monotone).
func unionBands(a, b *band) *band {
	out := &band{n: a.n, m: a.m, lo: make([]int, a.n+1), hi: make([]int, a.n+1)}
	for i := 0; i <= a.n; i++ {
		out.lo[i], out.hi[i] = min(a.lo[i], b.lo[i]), max(a.hi[i], b.hi[i])
	}
	out.index()
	return out
}

// projectBand turns a path over blocks into a band over sentences: the
// rectangle of each coarse bead, widened by margin sentences.
func projectBand(steps []step, f, margin, n, m int) *band {
	lo := make([]int, n+1)
	hi := make([]int, n+1)
	for i := range lo {
		lo[i] = m
		hi[i] = 0
	}
	for _, st := range steps {
		s0, s1 := min(n, (st.i-st.a)*f), min(n, st.i*f)
		t0, t1 := min(m, (st.j-st.b)*f), min(m, st.j*f)
		for i := s0; i <= s1; i++ {
			lo[i] = min(lo[i], t0)
			hi[i] = max(hi[i], t1)
		}
	}
	b := &band{n: n, m: m, lo: make([]int, n+1), hi: make([]int, n+1)}
	// Widen: windowed min/max over rows, then by the margin.
	for i := 0; i <= n; i++ {
		l, h := m, 0
		for k := max(0, i-margin); k <= min(n, i+margin); k++ {
			l = min(l, lo[k])
			h = max(h, hi[k])
		}
		b.lo[i] = max(0, l-margin)
		b.hi[i] = min(m, h+margin)
	}
	b.settle()
	return b
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
