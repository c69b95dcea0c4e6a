package align

import (
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tableInputs are document pairs for the tests of the prepared tables:
// the golden pairs and a few awkward sentences.
func tableInputs(t *testing.T) []struct {
	name, srcLang, tgtLang string
	src, tgt               []string
} {
	var out []struct {
		name, srcLang, tgtLang string
		src, tgt               []string
	}
	for _, p := range goldenPairs {
		dir := filepath.Join("testdata", "golden")
		out = append(out, struct {
			name, srcLang, tgtLang string
			src, tgt               []string
		}{p.name, p.src, p.tgt, readLines(t, filepath.Join(dir, p.name+"."+p.src)), readLines(t, filepath.Join(dir, p.name+"."+p.tgt))})
	}
	odd := []string{
		"15 and １５ and 15, then 2,5 and 2.5 million.",
		"15 and 1\u03015 (a numeral, then a word that folds to it).",
		"１５ and 15; Ｒoma ROMA roma, e\u0301cole école.",
		"GPT-5 costs $3.5 billion, GPT-5 said (www.example.org).",
		"ab\xffcd ab cd \xff 1\xff2",
		strings.Repeat("word another 42 ", 500),
		strings.Repeat("Word another 42, ", 5000) + "città 7", // over 64 KiB
		"",
		"   ",
	}
	out = append(out, struct {
		name, srcLang, tgtLang string
		src, tgt               []string
	}{"odd", "en", "it", odd, append([]string{"Roma 15 e 2,5 milioni."}, odd...)})
	return out
}

// The spans recorded when a side is prepared are the ones a search of
// the sentence finds.
func TestRecordedSpans(t *testing.T) {
	for _, in := range tableInputs(t) {
		for _, sd := range []*side{newSide(in.src, in.srcLang), newSide(in.tgt, in.tgtLang)} {
			for i, bag := range sd.bags {
				if sd.spans[i] == nil {
					t.Errorf("%s: sentence %d: no spans recorded", in.name, i)
				}
				for _, id := range bag {
					if got, want := sd.span(i, id), sd.findSpan(i, id); got != want {
						t.Errorf("%s: sentence %d, type %q: span %v, want %v", in.name, i, sd.types[id].form, got, want)
					}
				}
			}
		}
	}
}

// Group statistics derived from the pair table are bit for bit those the
// matcher computes from the sentences.
func TestTableGroupStats(t *testing.T) {
	for _, in := range tableInputs(t) {
		for _, maxBead := range []int{3, 6} {
			s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang), WithMaxBead(maxBead))
			n, m := len(s.src.bags), len(s.tgt.bags)
			bd := fullBand(n, m)
			pt := newPairTable(bd, s.match, maxBead, maxBead, true)
			sc := s.match.newScratch()
			// Without the word matches, in the full band and in a narrow one.
			for _, b := range []*band{bd, proportionalBand(n, m, 2)} {
				ps := newPairTable(b, s.match, maxBead, maxBead, false)
				for s0 := 0; s0 < n; s0++ {
					for t0 := 0; t0 < m; t0++ {
						ms, mt := refPairStats(s.match, s0, t0, sc)
						if t0 < ps.lo[s0] || t0 >= ps.hi[s0] {
							ms, mt = 0, 0
						}
						if gs, gt := ps.get(s0, t0); !same(gs, ms) || !same(gt, mt) {
							t.Fatalf("%s: pair (%d, %d): sums %v %v, matcher %v %v", in.name, s0, t0, gs, gt, ms, mt)
						}
					}
				}
			}
			checked := 0
			// Rows in order, then backwards (rows the table no longer
			// keeps the word matches of are computed again).
			for x := 0; x < 2*n; x++ {
				s0 := x
				if x >= n {
					s0 = 2*n - 1 - x
				}
				for t0 := 0; t0 < m; t0++ {
					ms, mt := refPairStats(s.match, s0, t0, sc)
					if gs, gt := pt.get(s0, t0); !same(gs, ms) || !same(gt, mt) {
						t.Fatalf("%s: pair (%d, %d): table %v %v, matcher %v %v", in.name, s0, t0, gs, gt, ms, mt)
					}
					if gs, gt := s.match.pairStats(s0, t0, sc); !same(gs, ms) || !same(gt, mt) {
						t.Fatalf("%s: pair (%d, %d): pairStats %v %v, over the whole bags %v %v", in.name, s0, t0, gs, gt, ms, mt)
					}
					for _, sh := range shapes(maxBead) {
						if sh.a == 0 || sh.b == 0 || s0+sh.a > n || t0+sh.b > m {
							continue
						}
						var wS, wT, gS, gT [maxShape]float32
						s.match.groupStats(s0, s0+sh.a, t0, t0+sh.b, sc, wS[:sh.a], wT[:sh.b])
						if !pt.groupStats(s0, s0+sh.a, t0, t0+sh.b, gS[:sh.a], gT[:sh.b]) {
							t.Fatalf("%s: group (%d, %d) %v not in the table", in.name, s0, t0, sh)
						}
						for k := range sh.a {
							if !same(gS[k], wS[k]) {
								t.Fatalf("%s: group (%d, %d) %v: source %d: table %v, matcher %v", in.name, s0, t0, sh, k, gS[k], wS[k])
							}
						}
						for k := range sh.b {
							if !same(gT[k], wT[k]) {
								t.Fatalf("%s: group (%d, %d) %v: target %d: table %v, matcher %v", in.name, s0, t0, sh, k, gT[k], wT[k])
							}
						}
						checked++
					}
				}
			}
			if checked == 0 {
				t.Errorf("%s: no group checked", in.name)
			}
		}
	}
}

func same(a, b float32) bool { return math.Float32bits(a) == math.Float32bits(b) }

// refPairStats is matcher.pairStats over the whole bags, every term
// summed (the reference for the tests).
func refPairStats(m *matcher, i, j int, sc *pairScratch) (ms, mt float32) {
	bi, bj := m.src.bags[i], m.tgt.bags[j]
	if len(bi) == 0 || len(bj) == 0 {
		return 0, 0
	}
	g := sc.next()
	for p, b := range bj {
		sc.stamp[b] = g
		sc.pos[b] = int32(p)
	}
	best := make([]float32, len(bj))
	for _, a := range bi {
		var top float32
		for _, c := range m.cands[a] {
			if sc.stamp[c.tgt] != g {
				continue
			}
			if c.score > top {
				top = c.score
			}
			p := sc.pos[c.tgt]
			if c.score > best[p] {
				best[p] = c.score
			}
		}
		ms += top * m.src.types[a].weight
	}
	for p, b := range bj {
		mt += best[p] * m.tgt.types[b].weight
	}
	return ms, mt
}

// Bead costs from the remembered word evidence are bit for bit the costs
// computed bead by bead, with and without a group matcher, in full and
// narrow bands, with the rows asked in order or not.
func TestMemoBeadCosts(t *testing.T) {
	for _, in := range tableInputs(t) {
		s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang), WithMaxBead(3))
		n, m := len(s.src.bags), len(s.tgt.bags)
		for _, bd := range []*band{fullBand(n, m), proportionalBand(n, m, 2)} {
			pt := newPairTable(bd, s.match, 3, 3, true)
			if !pt.monotone {
				t.Fatalf("%s: the table of a monotone band is not monotone", in.name)
			}
			for _, cfg := range []struct {
				group    *matcher
				monotone bool
			}{{s.match, true}, {nil, true}, {s.match, false}} {
				group := cfg.group
				pt.monotone = cfg.monotone
				plain := newCostModel(s.src, s.tgt, pt.get, s.lm, s.o.params, s.o.evidence, s.kSrc, s.kTgt, s.evSrc, s.evTgt, s.priors, group)
				memo := newCostModel(s.src, s.tgt, pt.get, s.lm, s.o.params, s.o.evidence, s.kSrc, s.kTgt, s.evSrc, s.evTgt, s.priors, group)
				memo.pairsFromTable = group == nil
				memo.setTable(pt, 3, 3)
				if memo.memo == nil {
					t.Fatal("no memo")
				}
				type bead struct{ s0, s1, t0, t1 int }
				var beads []bead
				for i := 0; i <= n; i++ {
					for j := bd.lo[i]; j <= bd.hi[i]; j++ {
						for _, sh := range s.sh {
							if bd.at(i-sh.a, j-sh.b) >= 0 {
								beads = append(beads, bead{i - sh.a, i, j - sh.b, j})
							}
						}
					}
				}
				// In order, then backwards (rows pushed out of the memo).
				for pass := range 2 {
					for k := range beads {
						if pass == 1 {
							k = len(beads) - 1 - k
						}
						b := beads[k]
						got, want := memo.beadParts(b.s0, b.s1, b.t0, b.t1), plain.beadParts(b.s0, b.s1, b.t0, b.t1)
						for x := range got {
							if math.Float64bits(got[x]) != math.Float64bits(want[x]) {
								t.Fatalf("%s: bead %v (group %v): part %d is %v, want %v", in.name, b, group != nil, x, got[x], want[x])
							}
						}
					}
				}
			}
		}
	}
}

// refEvidence is Scorer.evidence with maps (the reference for the tests):
// the same matches, and the same coverage up to the order of a sum.
func refEvidence(s *Scorer, srcIdx, tgtIdx []int) Evidence {
	var ev Evidence
	if len(srcIdx) == 0 || len(tgtIdx) == 0 {
		return ev
	}
	var ls, lt float64
	for _, i := range srcIdx {
		ls += s.src.length[i]
	}
	for _, j := range tgtIdx {
		lt += s.tgt.length[j]
	}
	ev.LengthCost = s.lm.cost(ls, lt)
	where := map[int32]int{}
	for _, j := range tgtIdx {
		for _, b := range s.tgt.bags[j] {
			if _, ok := where[b]; !ok {
				where[b] = j
			}
		}
	}
	var tot, got float64
	matchedT := map[int32]float32{}
	for _, i := range srcIdx {
		for _, a := range s.src.bags[i] {
			w := float64(s.src.types[a].weight)
			tot += w
			var best cand
			for _, c := range s.match.cands[a] {
				if _, ok := where[c.tgt]; ok && c.score > best.score {
					best = c
				}
			}
			if best.score == 0 {
				continue
			}
			got += w * float64(best.score)
			matchedT[best.tgt] = max(matchedT[best.tgt], best.score)
			ss, ts := s.src.findSpan(i, a), s.tgt.findSpan(where[best.tgt], best.tgt)
			ev.Matches = append(ev.Matches, Match{Kind: best.kind, Src: ss, Tgt: ts, Strength: w * float64(best.score)})
		}
	}
	for _, j := range tgtIdx {
		for _, b := range s.tgt.bags[j] {
			tot += float64(s.tgt.types[b].weight)
		}
	}
	for b, sc := range matchedT {
		got += float64(s.tgt.types[b].weight * sc)
	}
	if tot > 0 {
		ev.Coverage = math.Min(1, got/tot)
	}
	slices.SortStableFunc(ev.Matches, func(x, y Match) int {
		switch {
		case x.Strength > y.Strength:
			return -1
		case x.Strength < y.Strength:
			return 1
		}
		return 0
	})
	return ev
}

// The evidence of beads small and large (found through the bags or
// through maps) is the reference's.
func TestEvidenceGroups(t *testing.T) {
	for _, in := range tableInputs(t) {
		s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang))
		n, m := len(in.src), len(in.tgt)
		seqs := func(a, b int) []int { return seq(max(0, a), min(b, n)) }
		seqt := func(a, b int) []int { return seq(max(0, a), min(b, m)) }
		groups := [][2][]int{{seqs(0, n), seqt(0, m)}, {seqs(0, 1), seqt(0, m)}, {{n - 1, 0, n / 2}, {m / 2, 0, m / 2, m - 1, 1}}}
		for i := 0; i < n; i++ {
			c := i * m / n
			groups = append(groups, [2][]int{seqs(i, i+1), seqt(c, c+1)}, [2][]int{seqs(i, i+2), seqt(c-1, c+5)})
		}
		for _, g := range groups {
			got, want := s.evidence(g[0], g[1]), refEvidence(s, g[0], g[1])
			if math.Abs(got.Coverage-want.Coverage) > 1e-12 || got.LengthCost != want.LengthCost {
				t.Fatalf("%s: %v: coverage %v length %v, want %v %v", in.name, g, got.Coverage, got.LengthCost, want.Coverage, want.LengthCost)
			}
			if diff := cmp.Diff(want.Matches, got.Matches); diff != "" {
				t.Fatalf("%s: %v: matches (-want +got):\n%s", in.name, g, diff)
			}
		}
	}
}

// refPosteriors is lattice.posteriors with the forward and the backward
// pass one after the other (the reference for the tests).
func refPosteriors(l *lattice, temp float64) (f, g []float64) {
	bd, sh := l.bd, l.sh
	ninf := math.Inf(-1)
	inf := float32(math.Inf(1))
	f = make([]float64, bd.cells)
	g = make([]float64, bd.cells)
	for k := range f {
		f[k], g[k] = ninf, ninf
	}
	f[bd.at(0, 0)] = 0
	for i := 0; i <= bd.n; i++ {
		for j := bd.lo[i]; j <= bd.hi[i]; j++ {
			if i == 0 && j == 0 {
				continue
			}
			k := bd.at(i, j)
			var terms []float64
			for x, s := range sh {
				c := l.costOf(k, i, j, x)
				if c == inf || f[bd.at(i-s.a, j-s.b)] == ninf {
					continue
				}
				terms = append(terms, f[bd.at(i-s.a, j-s.b)]-float64(c)/temp)
			}
			f[k] = logSum(terms)
		}
	}
	g[bd.at(bd.n, bd.m)] = 0
	for i := bd.n; i >= 0; i-- {
		for j := bd.hi[i]; j >= bd.lo[i]; j-- {
			if i == bd.n && j == bd.m {
				continue
			}
			var terms []float64
			for x, s := range sh {
				nk := bd.at(i+s.a, j+s.b)
				if nk < 0 {
					continue
				}
				c := l.costOf(nk, i+s.a, j+s.b, x)
				if c == inf || g[nk] == ninf {
					continue
				}
				terms = append(terms, g[nk]-float64(c)/temp)
			}
			g[bd.at(i, j)] = logSum(terms)
		}
	}
	return f, g
}

// The posteriors, whose backward pass keeps a few rows only, are bit for
// bit those of the passes kept whole, one after the other, for the beads
// of the path and the source sentences left alone; the target sentences
// left alone add up the same terms in another order.
func TestPosteriorsRolling(t *testing.T) {
	for _, in := range tableInputs(t) {
		s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang))
		n, m := len(s.src.bags), len(s.tgt.bags)
		for _, bd := range []*band{fullBand(n, m), proportionalBand(n, m, 1), proportionalBand(n, m, 3)} {
			pt := newPairTable(bd, s.match, 3, 3, true)
			cm := s.costModel(pt.get)
			lat := newLattice(bd, s.sh, cm.beadCost)
			path := lat.viterbi()
			for _, temp := range []float64{1, 2, 0.7} {
				post, skipS, skipT := lat.posteriors(temp, path)
				f, g := refPosteriors(lat, temp)
				z := f[bd.at(n, m)]
				for _, st := range path {
					pk, k := bd.at(st.i-st.a, st.j-st.b), bd.at(st.i, st.j)
					x := slices.Index(s.sh, shape{st.a, st.b})
					want := math.Min(1, math.Exp(f[pk]-float64(lat.costOf(k, st.i, st.j, x))/temp+g[k]-z))
					if got := post(st); math.Float64bits(got) != math.Float64bits(want) {
						t.Fatalf("%s: bead %v at temperature %v: posterior %v, want %v", in.name, st, temp, got, want)
					}
				}
				for i := range skipS {
					var want float64
					for j := bd.lo[i]; j <= bd.hi[i]; j++ {
						k := bd.at(i, j)
						if f[k] == math.Inf(-1) {
							continue
						}
						if nk := bd.at(i+1, j); nk >= 0 {
							want += math.Exp(f[k] - float64(lat.costOf(nk, i+1, j, 1))/temp + g[nk] - z)
						}
					}
					if want = math.Min(1, want); math.Float64bits(skipS[i]) != math.Float64bits(want) {
						t.Fatalf("%s: source %d left alone: %v, want %v", in.name, i, skipS[i], want)
					}
				}
				if len(skipT) != m {
					t.Fatalf("%s: %d target probabilities for %d sentences", in.name, len(skipT), m)
				}
				wantT := make([]float64, m)
				for i := 0; i <= n; i++ {
					for j := bd.lo[i]; j <= bd.hi[i] && j < m; j++ {
						k := bd.at(i, j)
						if nk := bd.at(i, j+1); nk >= 0 && f[k] != math.Inf(-1) {
							wantT[j] += math.Exp(f[k] - float64(lat.costOf(nk, i, j+1, 2))/temp + g[nk] - z)
						}
					}
				}
				for j, want := range wantT {
					if want = math.Min(1, want); math.Abs(skipT[j]-want) > 1e-12 {
						t.Fatalf("%s: target %d left alone: %v, want %v", in.name, j, skipT[j], want)
					}
				}
			}
		}
	}
}

// logSum agrees with a chain of logAdd.
func TestLogSum(t *testing.T) {
	ninf := math.Inf(-1)
	for _, xs := range [][]float64{
		nil, {3}, {ninf}, {0, 0}, {-1, -2, -3}, {-1000, -1001, -1040, -1100}, {5, -50, 4.5, 0, -3.25, 2, 1, -7},
	} {
		want := ninf
		for _, x := range xs {
			want = logAdd(want, x)
		}
		got := logSum(xs)
		if got != want && math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Errorf("logSum(%v) = %v, want %v", xs, got, want)
		}
	}
}

// The final pass's narrow band holds the cells of both bands, and a path
// that leans on its edge is told apart from one inside it.
func TestNarrowBand(t *testing.T) {
	n, m := 40, 44
	wide := fullBand(n, m)
	narrow := intersectBands(wide, proportionalBand(n, m, 3))
	for i := 0; i <= n; i++ {
		c := i * m / n
		if narrow.lo[i] > max(0, c-3) && i > 0 || narrow.hi[i] < min(m, c+3) && i < n {
			t.Fatalf("row %d: narrow band [%d, %d] misses the diagonal band around %d", i, narrow.lo[i], narrow.hi[i], c)
		}
		if narrow.lo[i] > narrow.hi[i] || i > 0 && (narrow.lo[i] < narrow.lo[i-1] || narrow.hi[i] < narrow.hi[i-1]) {
			t.Fatalf("row %d: band [%d, %d] not monotone", i, narrow.lo[i], narrow.hi[i])
		}
	}
	diagonal := func(shift int) []step {
		var steps []step
		for i := 1; i <= n; i++ {
			j := min(m, max(0, i*m/n+shift))
			steps = append(steps, step{i: i, j: j, a: 1, b: 1})
		}
		return steps
	}
	if onEdge(diagonal(0), narrow, wide) {
		t.Error("a path along the diagonal is on the edge of a band 3 wide")
	}
	if !onEdge(diagonal(3), narrow, wide) {
		t.Error("a path 3 right of the diagonal is not on the edge of a band 3 wide")
	}
	if onEdge(diagonal(3), wide, wide) {
		t.Error("a path is on the edge of the band when no wider band exists")
	}
}

// TestWithDiagonal: a band around a path far from the proportional
// diagonal (the second half of the source translated alone: its first
// half all left out) keeps to the path; near the diagonal it gains the
// diagonal's cells. A row is one range of cells, and the union of the two
// used to fill the gap between them: 2.1 million cells for 4,000 rows,
// where the two bands hold 215,000.
func TestWithDiagonal(t *testing.T) {
	n, m := 4000, 2000
	// The path: down column 0 for the first half, then the diagonal of
	// the second half, 8 cells either side.
	path := &band{n: n, m: m, lo: make([]int, n+1), hi: make([]int, n+1)}
	for i := 0; i <= n; i++ {
		c := max(0, (i-n/2)*m/(n/2))
		path.lo[i], path.hi[i] = max(0, c-8), min(m, c+8)
	}
	path.settle()
	w := 20
	got := withDiagonal(path, w)
	d := proportionalBand(n, m, w)
	t.Logf("path %d cells, diagonal %d, with the diagonal %d", path.cells, d.cells, got.cells)
	if got.cells > path.cells+d.cells {
		t.Errorf("%d cells, more than the path's %d and the diagonal's %d together", got.cells, path.cells, d.cells)
	}
	// On the diagonal, the union.
	near := proportionalBand(n, m, 8)
	if got := withDiagonal(near, w); got.cells != d.cells {
		t.Errorf("a path on the diagonal: %d cells, want the %d of the wider diagonal band", got.cells, d.cells)
	}
}

// TestEdgeSteps: steps on the edge of the band count only when the path
// runs along it for edgeRun steps in a row somewhere; then all of them
// do.
func TestEdgeSteps(t *testing.T) {
	bd := proportionalBand(20, 20, 2) // row i holds i-2..i+2
	diag := func(edge ...int) []step {
		var out []step
		for i := 1; i <= 20; i++ {
			j := i
			if slices.Contains(edge, i) && i+2 <= 20 {
				j = i + 2 // on the upper edge
			}
			out = append(out, step{i, j, 1, 1})
		}
		return out
	}
	for _, tt := range []struct {
		edge []int
		want []int
	}{
		{nil, nil},
		{[]int{5}, nil},
		{[]int{5, 6, 10}, nil},
		{[]int{5, 6, 7}, []int{4, 5, 6}},
		{[]int{2, 5, 6, 7, 12}, []int{1, 4, 5, 6, 11}},
	} {
		if got := edgeSteps(diag(tt.edge...), bd); !slices.Equal(got, tt.want) {
			t.Errorf("edge at rows %v: edgeSteps = %v, want %v", tt.edge, got, tt.want)
		}
	}
}
