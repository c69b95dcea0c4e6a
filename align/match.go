package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/fedele/fedele/internal/lexicon"
	"github.com/fedele/fedele/internal/token"
)

// cand is a target type that a source type may translate to.
type cand struct {
	tgt   int32
	score float32
	kind  EvidenceKind
}

// matcher knows which source types match which target types.
type matcher struct {
	src, tgt *side
	cands    [][]cand // by source type
	// The bags of the sentences with only the types that have a
	// candidate on the other side (for groupStats), and the weights of
	// those types.
	srcC, tgtC [][]int32
	srcW, tgtW [][]float32
}

// learnedPair is one entry of a learned translation table, by stem ids.
type learnedPair struct {
	src, tgt int32
	score    float32
}

// matchBase holds what the matchers of a document pair share, found
// once: the candidates from numbers, identical words and dictionaries,
// and the cognates.
type matchBase struct {
	src, tgt *side
	fixed    [][]cand // numbers, identical words, dictionaries: by source type, each target once
	cog      [][]cand // cognates, by source type, in the order found
}

// addCand adds c to the candidates cs of a source type: a target already
// there keeps the higher score (the earlier candidate on a tie).
func addCand(cs []cand, c cand) []cand {
	for k := range cs {
		if cs[k].tgt == c.tgt {
			if c.score > cs[k].score {
				cs[k] = c
			}
			return cs
		}
	}
	return append(cs, c)
}

func newMatchBase(src, tgt *side, o *options, lexs []*lexicon.Lexicon) *matchBase {
	mb := &matchBase{src: src, tgt: tgt, fixed: make([][]cand, len(src.types)), cog: make([][]cand, len(src.types))}
	ev := o.evidence
	// Identical words and numbers.
	for a, ty := range src.types {
		b, ok := tgt.byForm[ty.form]
		if !ok {
			continue
		}
		switch {
		case ty.number && ev&Numbers != 0:
			mb.fixed[a] = addCand(mb.fixed[a], cand{b, 1, Numbers})
		case !ty.number && ev&Identical != 0:
			mb.fixed[a] = addCand(mb.fixed[a], cand{b, 1, Identical})
		}
	}
	// Dictionary.
	for _, lex := range lexs {
		if lex.Len() == 0 || ev&Lexicon == 0 {
			continue
		}
		for a, ty := range src.types {
			if ty.number {
				continue
			}
			for _, ts := range lex.Translations(src.stems[ty.stem]) {
				if sid, ok := tgt.byStem[ts]; ok {
					for _, b := range tgt.stemTyp[sid] {
						mb.fixed[a] = addCand(mb.fixed[a], cand{b, 1, Lexicon})
					}
				}
			}
		}
	}
	// Cognates, looked for among target words with the same first letters.
	if ev&Cognates != 0 {
		buckets := map[string][]cogEntry{}
		for b, ty := range tgt.types {
			if n := runeLen(ty.form); !ty.number && n >= cognateMin {
				k := prefixKey(ty.form)
				buckets[k] = append(buckets[k], cogEntry{int32(b), n, ty.form})
			}
		}
		for _, bucket := range buckets {
			if len(bucket) > cognateWindow {
				slices.SortFunc(bucket, func(x, y cogEntry) int { return strings.Compare(x.form, y.form) })
			}
		}
		th := o.params.cognateMin
		friends := map[[2]string]bool{}
		for _, e := range lexicon.FalseFriends(src.lang, tgt.lang) {
			friends[[2]string{lexicon.Key(src.lang, e.Source), lexicon.Key(tgt.lang, e.Target)}] = true
		}
		var lw token.LCSWord
		for a, ty := range src.types {
			if ty.number || runeLen(ty.form) < cognateMin {
				continue
			}
			la := runeLen(ty.form)
			bucket := nearest(buckets[prefixKey(ty.form)], ty.form)
			if len(bucket) == 0 {
				continue
			}
			fast := o.cognate == nil && lw.Set(ty.form)
			for _, e := range bucket {
				b, tf, lb := e.b, e.form, e.n
				if lb*2 < la || la*2 < lb || tf == ty.form {
					continue
				}
				if len(friends) > 0 && friends[[2]string{src.stems[ty.stem], tgt.stems[tgt.types[b].stem]}] {
					continue
				}
				var sim float64
				if fast {
					sim = lw.Ratio(tf)
				} else {
					sim = o.cognate(ty.form, tf)
				}
				if sim >= th {
					mb.cog[a] = append(mb.cog[a], cand{b, float32(sim), Cognates})
				}
			}
			if cs := mb.cog[a]; len(cs) > maxCognates {
				// The best ones, in the order found.
				slices.SortStableFunc(cs, func(x, y cand) int { return cmp.Compare(y.score, x.score) })
				cs = cs[:maxCognates]
				slices.SortFunc(cs, func(x, y cand) int { return cmp.Compare(x.tgt, y.tgt) })
				mb.cog[a] = slices.Clip(cs)
			}
		}
	}
	return mb
}

// matcher returns the matcher of the pair with a learned table (nil for
// none).
func (mb *matchBase) matcher(o *options, learned []learnedPair) *matcher {
	src, tgt := mb.src, mb.tgt
	m := &matcher{src: src, tgt: tgt, cands: make([][]cand, len(src.types))}
	for a, cs := range mb.fixed {
		if len(cs) > 0 {
			m.cands[a] = slices.Clone(cs)
		}
	}
	// Learned table.
	if o.evidence&Learned != 0 {
		for _, p := range learned {
			for _, a := range src.stemTyp[p.src] {
				for _, b := range tgt.stemTyp[p.tgt] {
					m.cands[a] = addCand(m.cands[a], cand{b, p.score, Learned})
				}
			}
		}
	}
	for a, cs := range mb.cog {
		for _, c := range cs {
			m.cands[a] = addCand(m.cands[a], c)
		}
	}
	n := 0
	for a := range m.cands {
		slices.SortFunc(m.cands[a], func(x, y cand) int { return int(x.tgt - y.tgt) })
		n += len(m.cands[a])
	}
	// All candidates in one array, by source type: read together.
	all := make([]cand, 0, n)
	for a, cs := range m.cands {
		all = append(all, cs...)
		m.cands[a] = all[len(all)-len(cs) : len(all) : len(all)]
	}
	m.filterBags()
	return m
}

// filterBags sets srcC and tgtC.
func (m *matcher) filterBags() {
	hasCand := make([]bool, len(m.tgt.types))
	for _, cs := range m.cands {
		for _, c := range cs {
			hasCand[c.tgt] = true
		}
	}
	// All filtered bags in one backing array of the exact size (bags
	// grown one by one took a third more, in many small allocations).
	filter := func(bags [][]int32, keep func(int32) bool) [][]int32 {
		n := 0
		for _, bag := range bags {
			for _, t := range bag {
				if keep(t) {
					n++
				}
			}
		}
		all := make([]int32, 0, n)
		out := make([][]int32, len(bags))
		for i, bag := range bags {
			at := len(all)
			for _, t := range bag {
				if keep(t) {
					all = append(all, t)
				}
			}
			if len(all) > at {
				out[i] = all[at:len(all):len(all)]
			}
		}
		return out
	}
	m.srcC = filter(m.src.bags, func(a int32) bool { return len(m.cands[a]) > 0 })
	m.tgtC = filter(m.tgt.bags, func(b int32) bool { return hasCand[b] })
	m.srcW = bagWeights(m.srcC, m.src.types)
	m.tgtW = bagWeights(m.tgtC, m.tgt.types)
}

// bagWeights returns the weights of the types of each bag, in one
// backing array.
func bagWeights(bags [][]int32, types []typeInfo) [][]float32 {
	n := 0
	for _, bag := range bags {
		n += len(bag)
	}
	all := make([]float32, n)
	out := make([][]float32, len(bags))
	for i, bag := range bags {
		w := all[:len(bag):len(bag)]
		all = all[len(bag):]
		for k, a := range bag {
			w[k] = types[a].weight
		}
		out[i] = w
	}
	return out
}

// pairScratch is scratch space for pairStats.
type pairScratch struct {
	stamp []int32
	pos   []int32
	best  []float32
	gen   int32
}

func (m *matcher) newScratch() *pairScratch {
	st := make([]int32, len(m.tgt.types))
	for i := range st {
		st[i] = -1
	}
	return &pairScratch{stamp: st, pos: make([]int32, len(m.tgt.types))}
}

// next starts a new generation of stamps and returns it.
func (sc *pairScratch) next() int32 {
	sc.gen++
	if sc.gen == int32(^uint32(0)>>1) {
		for k := range sc.stamp {
			sc.stamp[k] = -1
		}
		sc.gen = 0
	}
	return sc.gen
}

// pairStats returns the matched weight of source sentence i against
// target sentence j (ms) and of j against i (mt): each word counts its
// weight times its best match score in the other sentence.
func (m *matcher) pairStats(i, j int, sc *pairScratch) (ms, mt float32) {
	// Only words with a candidate can match: the sums skip terms that
	// are zero.
	bi, bj := m.srcC[i], m.tgtC[j]
	if len(bi) == 0 || len(bj) == 0 {
		return 0, 0
	}
	g := sc.next()
	for p, b := range bj {
		sc.stamp[b] = g
		sc.pos[b] = int32(p)
	}
	if cap(sc.best) < len(bj) {
		sc.best = make([]float32, len(bj))
	}
	best := sc.best[:len(bj)]
	clear(best)
	wi, wj := m.srcW[i], m.tgtW[j]
	for k, a := range bi {
		if top := m.bestIn(a, g, sc, best); top > 0 {
			ms += top * wi[k]
		}
	}
	for p, v := range best {
		if v > 0 {
			mt += v * wj[p]
		}
	}
	return ms, mt
}

// bestIn returns the best score of source type a against the target
// types stamped g in sc, and raises best[p] for each such type at place p
// to its score against a.
func (m *matcher) bestIn(a, g int32, sc *pairScratch, best []float32) float32 {
	var top float32
	for _, c := range m.cands[a] {
		if sc.stamp[c.tgt] != g {
			continue
		}
		if c.score > top {
			top = c.score
		}
		if p := sc.pos[c.tgt]; c.score > best[p] {
			best[p] = c.score
		}
	}
	return top
}

// with returns the matcher over other sides that share the same types
// (the coarse levels of the search).
func (m *matcher) with(src, tgt *side) *matcher {
	w := &matcher{src: src, tgt: tgt, cands: m.cands}
	w.filterBags()
	return w
}

// groupStats computes, for the bead of source sentences s0..s1-1 and
// target sentences t0..t1-1, the weight each sentence matches in the
// other side's group: each word counts once, with its best match in the
// group. ms[k] is for source sentence s0+k, mt[k] for target t0+k.
func (m *matcher) groupStats(s0, s1, t0, t1 int, sc *pairScratch, ms, mt []float32) {
	g := sc.next()
	n := 0
	for t := t0; t < t1; t++ {
		for _, b := range m.tgtC[t] {
			if sc.stamp[b] != g {
				sc.stamp[b] = g
				sc.pos[b] = int32(n)
				n++
			}
		}
	}
	if cap(sc.best) < n {
		sc.best = make([]float32, n)
	}
	best := sc.best[:n]
	clear(best)
	for s := s0; s < s1; s++ {
		var sum float32
		for _, a := range m.srcC[s] {
			sum += m.bestIn(a, g, sc, best) * m.src.types[a].weight
		}
		ms[s-s0] = sum
	}
	for t := t0; t < t1; t++ {
		var sum float32
		for _, b := range m.tgtC[t] {
			sum += best[sc.pos[b]] * m.tgt.types[b].weight
		}
		mt[t-t0] = sum
	}
}

// reverse returns the candidates by target type: for each target type,
// the source types that match it (in cand.tgt) with their scores.
func (m *matcher) reverse() [][]cand {
	out := make([][]cand, len(m.tgt.types))
	for a, cs := range m.cands {
		for _, c := range cs {
			out[c.tgt] = append(out[c.tgt], cand{tgt: int32(a), score: c.score, kind: c.kind})
		}
	}
	return out
}
