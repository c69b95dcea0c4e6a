package align

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
