package align

import (
	"math"
	"slices"
)

// The lattice of the dynamic programme: the cost of every bead in the
// band, the Viterbi path and the bead posteriors.

// newLatticeOf is newLattice with the costs of c (beadCost), reading the
// remembered word evidence directly when c has a memo.
func newLatticeOf(bd *band, sh []shape, c *costModel) *lattice {
	m := c.memo
	if m == nil {
		return newLattice(bd, sh, func(s0, s1, t0, t1 int) float64 {
			if c.implausible(s0, s1, t0, t1) {
				return math.Inf(1)
			}
			return c.beadCost(s0, s1, t0, t1)
		})
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
				if c.implausible(s0, i, t0, j) {
					l.cost[at] = inf
					continue
				}
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
					v = c.prior(s0, i, t0, j) + p1 + p2 + p3
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

// bigBeadLength is the length cost, in nats, above which a bead of five
// sentences or more (1-4, 1-5 and their mirrors) is not considered: one
// sentence that long against four or five that short, or the reverse, is
// never a translation. It spares the word evidence of most such beads,
// the dearest to compute. Calibrated on Text+Berg, where every gold bead
// of that size is kept at 4 (and 2 loses some); it changes nothing on UD
// PUD, which has none.
const bigBeadLength = 4

// implausible reports whether the bead s0..s1, t0..t1 is too big for its
// lengths (see bigBeadLength), or a bead of two or more sentences on
// both sides and five in all (2-3, 3-2) with no soft boundary inside:
// two sentences rendered as three are most often two beads, unless a
// segmenter cut one of them at a semicolon or colon.
func (c *costModel) implausible(s0, s1, t0, t1 int) bool {
	if s1-s0 >= 2 && t1-t0 >= 2 && s1-s0+t1-t0 >= 5 && c.src.softInside(s0, s1)+c.tgt.softInside(t0, t1) == 0 {
		return true
	}
	return s1-s0+t1-t0 >= 5 && c.useLen && c.p.length*c.lc.cost(c.cumS[s1]-c.cumS[s0], c.cumT[t1]-c.cumT[t0]) > bigBeadLength
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
