package align

import (
	"fmt"
	"math"
	"slices"
)

// What callers get of the alignment: beads in their own indices, the
// excluded sentences put back, 2-2 beads of two pairs split, facing beads
// marked, and the evidence of any group of sentences.

// Evidence returns what a bead of the source sentences srcIdx and the
// target sentences tgtIdx would rest on, and its cost under the model of
// the search (a negative log-probability: lower is better; a 1-0 or 0-1
// bead has the cost of leaving a sentence alone). The indices are those
// of the lists given to NewScorer and need not be contiguous. A group of
// more than MaxBeadLimit sentences on a side, larger than any bead the
// search can take, has its evidence and the cost +Inf. An index out of
// range, or of an excluded sentence, gives an error wrapping ErrInput.
func (s *Scorer) Evidence(srcIdx, tgtIdx []int) (Evidence, float64, error) {
	si, err := internal(srcIdx, s.srcPos, "source")
	if err != nil {
		return Evidence{}, 0, err
	}
	ti, err := internal(tgtIdx, s.tgtPos, "target")
	if err != nil {
		return Evidence{}, 0, err
	}
	if len(si) > maxShape || len(ti) > maxShape {
		ev := s.evidence(si, ti)
		s.exposeMatches(ev.Matches)
		return ev, math.Inf(1), nil
	}
	sc := s.match.newScratch()
	// Map the groups to 0..k so the cost model can index them.
	pairs := func(a, b int) (float32, float32) { return s.match.pairStats(si[a], ti[b], sc) }
	subS, subT := s.src.subset(si), s.tgt.subset(ti)
	sub := newCostModel(subS, subT, pairs, s.lm, s.o.params, s.o.evidence, s.kSrc, s.kTgt, s.evSrc, s.evTgt, s.priors, s.match.with(subS, subT))
	cost := sub.beadCost(0, len(si), 0, len(ti))
	ev := s.evidence(si, ti)
	s.exposeMatches(ev.Matches)
	return ev, cost, nil
}

// Matches returns the word matches of a bead of the source sentences
// srcIdx and the target sentences tgtIdx: the Matches of what Evidence
// returns, without the cost of the search's model (much cheaper to
// compute). With WithoutMatches, it gives the matches of a bead when
// they are wanted. Errors are those of Evidence.
func (s *Scorer) Matches(srcIdx, tgtIdx []int) ([]Match, error) {
	si, err := internal(srcIdx, s.srcPos, "source")
	if err != nil {
		return nil, err
	}
	ti, err := internal(tgtIdx, s.tgtPos, "target")
	if err != nil {
		return nil, err
	}
	ms := s.evidence(si, ti).Matches
	s.exposeMatches(ms)
	return ms, nil
}

// internal maps the callers' indices idx to the aligned sentences'.
func internal(idx, pos []int, side string) ([]int, error) {
	out := make([]int, len(idx))
	for k, i := range idx {
		if i < 0 || i >= len(pos) {
			return nil, fmt.Errorf("%w: %s index %d out of range", ErrInput, side, i)
		}
		if pos[i] < 0 {
			return nil, fmt.Errorf("%w: %s sentence %d is excluded from the alignment", ErrInput, side, i)
		}
		out[k] = pos[i]
	}
	return out, nil
}

// exposeMatches turns the sentence indices of matches into the callers'.
func (s *Scorer) exposeMatches(ms []Match) {
	for k := range ms {
		ms[k].Src.Sent = s.srcIdx[ms[k].Src.Sent]
		ms[k].Tgt.Sent = s.tgtIdx[ms[k].Tgt.Sent]
	}
}

// expose turns beads over the aligned sentences into beads over the
// callers' lists: indices mapped back, the excluded sentences put back
// as one-sided beads where they stand in the text, 2-2 beads that are
// two pairs split, and facing one-sided beads marked.
func (s *Scorer) expose(beads []Bead) []Bead {
	remap := func(idx, m []int) []int {
		for k, x := range idx {
			idx[k] = m[x]
		}
		return idx
	}
	out := make([]Bead, 0, len(beads)+len(s.srcPos)-len(s.srcIdx)+len(s.tgtPos)-len(s.tgtIdx))
	si, ti := 0, 0 // next sentence of each side not yet placed
	flush := func(srcUpTo, tgtUpTo int) {
		for ; si < srcUpTo; si++ {
			if s.srcPos[si] < 0 {
				out = append(out, Bead{Src: []int{si}, Score: 1, Excluded: true, Decision: DecidedByExclusion})
			}
		}
		for ; ti < tgtUpTo; ti++ {
			if s.tgtPos[ti] < 0 {
				out = append(out, Bead{Tgt: []int{ti}, Score: 1, Excluded: true, Decision: DecidedByExclusion})
			}
		}
	}
	for _, b := range beads {
		for _, part := range s.splitPairs(b) {
			part.Src, part.Tgt = remap(part.Src, s.srcIdx), remap(part.Tgt, s.tgtIdx)
			s.exposeMatches(part.Evidence.Matches)
			// An excluded sentence goes before the first bead that holds a
			// later sentence of its side.
			sUp, tUp := si, ti
			if len(part.Src) > 0 {
				sUp = part.Src[0]
			}
			if len(part.Tgt) > 0 {
				tUp = part.Tgt[0]
			}
			flush(sUp, tUp)
			out = append(out, part)
			if len(part.Src) > 0 {
				si = part.Src[len(part.Src)-1] + 1
			}
			if len(part.Tgt) > 0 {
				ti = part.Tgt[len(part.Tgt)-1] + 1
			}
		}
	}
	flush(len(s.srcPos), len(s.tgtPos))
	markFacing(out)
	s.facingMargins(out)
	return out
}

// facingMargins sets the Margin of the facing beads: the cost of pairing
// the two sentences less that of leaving both alone.
func (s *Scorer) facingMargins(beads []Bead) {
	var cm *costModel
	for k := 0; k+1 < len(beads); k++ {
		a, b := &beads[k], &beads[k+1]
		if !a.Facing || !b.Facing {
			continue
		}
		if cm == nil {
			sc := s.match.newScratch()
			cm = s.costModel(func(i, j int) (float32, float32) { return s.match.pairStats(i, j, sc) })
		}
		src, tgt := a, b
		if len(src.Src) == 0 {
			src, tgt = b, a
		}
		i, j := s.srcPos[src.Src[0]], s.tgtPos[tgt.Tgt[0]]
		margin := cm.beadCost(i, i+1, j, j+1) - s.priors[1][0] - s.priors[0][1]
		if math.IsNaN(margin) || math.IsInf(margin, 0) {
			margin = 0
		}
		a.Margin, b.Margin = margin, margin
		k++
	}
}

// splitPairs returns a 2-2 bead as two 1-1 beads when each source
// sentence matches the target sentence in the same place by at least
// the params' split22 coverage, and any other bead as it is. The search
// joins two such pairs when one of them is much shorter than its source
// predicts: exactly the partial omission a checker must see sentence by
// sentence.
func (s *Scorer) splitPairs(b Bead) []Bead {
	if len(b.Src) != 2 || len(b.Tgt) != 2 {
		return []Bead{b}
	}
	first := s.evidenceOf(b.Src[:1], b.Tgt[:1], s.o.matches)
	second := s.evidenceOf(b.Src[1:], b.Tgt[1:], s.o.matches)
	if min(first.Coverage, second.Coverage) < s.o.params.split22 {
		return []Bead{b}
	}
	return []Bead{
		{Src: b.Src[:1], Tgt: b.Tgt[:1], Score: b.Score, Evidence: first, Decision: DecidedByPairSplit},
		{Src: b.Src[1:], Tgt: b.Tgt[1:], Score: b.Score, Evidence: second, Decision: DecidedByPairSplit},
	}
}

// markFacing sets Facing on every 1-0 bead and 0-1 bead that stand next
// to each other with no other one-sided bead before or after them (a run
// of them is a longer gap, to be read sentence by sentence). Excluded
// beads never face, but count as one-sided neighbours.
func markFacing(beads []Bead) {
	oneSided := func(k int) bool {
		return k >= 0 && k < len(beads) && len(beads[k].Src)+len(beads[k].Tgt) == 1
	}
	for k := 0; k+1 < len(beads); k++ {
		a, b := beads[k], beads[k+1]
		if !oneSided(k) || !oneSided(k+1) || a.Excluded || b.Excluded || (len(a.Src) == 1) == (len(b.Src) == 1) {
			continue
		}
		if oneSided(k-1) || oneSided(k+2) {
			continue
		}
		beads[k].Facing, beads[k+1].Facing = true, true
		k++
	}
}

// evidence collects the matched word pairs of a bead.
func (s *Scorer) evidence(srcIdx, tgtIdx []int) Evidence {
	return s.evidenceOf(srcIdx, tgtIdx, true)
}

// evidenceOf is the evidence of a bead, with its word matches or
// without them (their coverage and length cost are the same).
func (s *Scorer) evidenceOf(srcIdx, tgtIdx []int, matches bool) Evidence {
	return s.evidenceAmong(srcIdx, tgtIdx, matches, nil, 0, 0)
}

// evidenceAmong is evidenceOf with the source words matched only to the
// target types onlyT (sorted; all when nil): those of the stretch from
// byte start to end of the one target sentence, whose words must not
// lose a match to the same word, or another form of it, outside the
// stretch. Each match then points at the word in the stretch.
func (s *Scorer) evidenceAmong(srcIdx, tgtIdx []int, matches bool, onlyT []int32, start, end int) Evidence {
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
	// Target types present in the bead, with their first sentence: looked
	// up in the (sorted) bags of a small bead, in a map for a large one.
	var where map[int32]int
	if len(tgtIdx) > 4 {
		where = map[int32]int{}
		for _, j := range tgtIdx {
			for _, b := range s.tgt.bags[j] {
				if _, ok := where[b]; !ok {
					where[b] = j
				}
			}
		}
	}
	sentOf := func(b int32) (int, bool) {
		if where != nil {
			j, ok := where[b]
			return j, ok
		}
		for _, j := range tgtIdx {
			if _, ok := slices.BinarySearch(s.tgt.bags[j], b); ok {
				return j, true
			}
		}
		return 0, false
	}
	var tot, got float64
	// The best score of each matched target type, in the order first
	// matched (a map used to leave the order of the sum below to chance).
	var matchedT typeScores
	for _, i := range srcIdx {
		for _, a := range s.src.bags[i] {
			w := float64(s.src.types[a].weight)
			tot += w
			var best cand
			bestJ := 0
			for _, c := range s.match.cands[a] {
				if c.score <= best.score {
					continue
				}
				if onlyT != nil {
					if _, ok := slices.BinarySearch(onlyT, c.tgt); !ok {
						continue
					}
				}
				if j, ok := sentOf(c.tgt); ok {
					best, bestJ = c, j
				}
			}
			if best.score == 0 {
				continue
			}
			got += w * float64(best.score)
			matchedT.add(best.tgt, best.score)
			if !matches {
				continue
			}
			ss, ts := s.src.span(i, a), s.tgt.span(bestJ, best.tgt)
			if onlyT != nil && (ts.Start < start || ts.End > end) {
				ts = s.tgt.findSpanIn(bestJ, best.tgt, start, end)
			}
			ev.Matches = append(ev.Matches, Match{Kind: best.kind, Src: ss, Tgt: ts, Strength: w * float64(best.score)})
		}
	}
	for _, j := range tgtIdx {
		for _, b := range s.tgt.bags[j] {
			tot += float64(s.tgt.types[b].weight)
		}
	}
	for _, m := range matchedT.list {
		got += float64(s.tgt.types[m.b].weight * m.sc)
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

// typeScore is a target type and its best match score.
type typeScore struct {
	b  int32
	sc float32
}

// typeScores keeps the best score of each target type, in the order the
// types were first given (indexed by a map once there are many).
type typeScores struct {
	list  []typeScore
	index map[int32]int
}

// add records score sc for type b: a new entry, or the better of the two
// scores for a type already there.
func (ts *typeScores) add(b int32, sc float32) {
	k := -1
	if ts.index != nil {
		if x, ok := ts.index[b]; ok {
			k = x
		}
	} else {
		for x := range ts.list {
			if ts.list[x].b == b {
				k = x
				break
			}
		}
	}
	if k >= 0 {
		ts.list[k].sc = max(ts.list[k].sc, sc)
		return
	}
	ts.list = append(ts.list, typeScore{b, sc})
	switch {
	case ts.index != nil:
		ts.index[b] = len(ts.list) - 1
	case len(ts.list) > 32:
		ts.index = make(map[int32]int, 2*len(ts.list))
		for x, e := range ts.list {
			ts.index[e.b] = x
		}
	}
}
