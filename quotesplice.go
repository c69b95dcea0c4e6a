package fedele

// Spliced quotations: a quotation stitched from two places of the source,
// joined by an ellipsis or not.

import (
	"slices"
	"strings"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/token"
)

// spliced reports whether the quotation text[start:end] of target
// sentence j is stitched from two of its sources a and b, far apart in
// the source: each renders at least quoteMinScore of it alone, and the
// words only one of the two renders stand in two parts of the
// quotation, one before the other, each of at least spliceWords content
// words. A word both render says nothing of where the quotation was cut
// (a second source that renders "durante" as "throughout" where the
// first says "during").
func (c *check) spliced(j, start, end int, p align.Provenance) (a, b int, ok bool) {
	text := c.tgt.sents[j].Text
	// The source sentences that match each content word, in order.
	var matched [][]int
	for _, w := range token.Words(text[start:end]) {
		ws, we := start+w.Start, start+w.End
		if !isContent(c.tgt.code, text[ws:we]) {
			continue
		}
		var in []int
		for _, m := range p.Evidence.Matches {
			if m.Tgt.Sent == j && m.Tgt.Start < we && ws < m.Tgt.End && !slices.Contains(in, m.Src.Sent) {
				in = append(in, m.Src.Sent)
			}
		}
		if len(in) > 0 {
			matched = append(matched, in)
		}
	}
	for x := 0; x < len(p.Src); x++ {
		for y := x + 1; y < len(p.Src); y++ {
			a, b := p.Src[x], p.Src[y]
			// Each source renders its part, a part matching less than a
			// whole quotation (see splicePartScore).
			if max(p.SrcScores[x], p.SrcScores[y]) < quoteMinScore || min(p.SrcScores[x], p.SrcScores[y]) < splicePartScore {
				continue
			}
			apart := a-b >= spliceApart || b-a >= spliceApart || c.src.sents[a].Para != c.src.sents[b].Para
			if !apart {
				continue
			}
			// The words one of the two renders alone, labelled by it.
			var labels []int
			for _, in := range matched {
				inA, inB := slices.Contains(in, a), slices.Contains(in, b)
				switch {
				case inA && !inB:
					labels = append(labels, a)
				case inB && !inA:
					labels = append(labels, b)
				case !inA && !inB:
					labels = append(labels, -1)
				}
			}
			if splitsInTwo(labels, a, b) || splitsInTwo(labels, b, a) {
				return min(a, b), max(a, b), true
			}
		}
	}
	return 0, 0, false
}

// splicedAtEllipsis reports whether the quotation text[start:end] of
// target sentence j joins, with an ellipsis, parts whose sources are
// far apart (each part matching splicePartScore of its source, one of
// them quoteMinScore), and returns the two sources and the source words
// of each part.
func (c *check) splicedAtEllipsis(j, start, end int, locate func(start, end int) align.Provenance) (a, b int, ws []window, ok bool) {
	text := c.tgt.sents[j].Text
	var parts [][2]int
	from := start
	for k := start; k < end; {
		switch {
		case strings.HasPrefix(text[k:end], "…"):
			parts = append(parts, [2]int{from, k})
			k += len("…")
			from = k
		case strings.HasPrefix(text[k:end], "..."):
			parts = append(parts, [2]int{from, k})
			k += 3
			from = k
		default:
			k++
		}
	}
	parts = append(parts, [2]int{from, end})
	var srcs []int
	best := 0.0
	for _, part := range parts {
		if len(strings.Fields(text[part[0]:part[1]])) < 2 {
			continue
		}
		p := locate(part[0], part[1])
		if len(p.Src) == 0 || p.SrcScores[0] < splicePartScore {
			return 0, 0, nil, false
		}
		best = max(best, p.SrcScores[0])
		p = onlySource(p, 0)
		srcs = append(srcs, p.Src[0])
		ws = append(ws, c.sourceWindows(p)...)
	}
	if len(srcs) < 2 || best < quoteMinScore {
		return 0, 0, nil, false
	}
	a, b = srcs[0], srcs[1]
	apart := a-b >= spliceApart || b-a >= spliceApart || c.src.sents[a].Para != c.src.sents[b].Para
	return min(a, b), max(a, b), ws, apart
}

// splitsInTwo reports whether labels hold a run of at least spliceWords
// labels a followed by a run of at least spliceWords labels b, with at
// most one other label in each run.
func splitsInTwo(labels []int, a, b int) bool {
	for cut := spliceWords; cut <= len(labels)-spliceWords; cut++ {
		var na, nb, strayA, strayB int
		for _, l := range labels[:cut] {
			if l == a {
				na++
			} else {
				strayA++
			}
		}
		for _, l := range labels[cut:] {
			if l == b {
				nb++
			} else {
				strayB++
			}
		}
		if na >= spliceWords && nb >= spliceWords && strayA <= 1 && strayB <= 1 {
			return true
		}
	}
	return false
}

// leadPassage returns p with only its strongest source and the sources
// that continue it in one paragraph (a quotation that renders "It's not
// a cold. It's the flu." renders two sentences in a row), in source
// order, with their matches, and the sum of their shares as its score. A
// source continues the passage when it stands right before it, or one
// sentence apart ("I can't read music. Never could. I play by ear."),
// and its words rendered reach the passage: they end among the last
// passageEdge words of a sentence before it, start among the first of
// one after it.
func (c *check) leadPassage(p align.Provenance) align.Provenance {
	run := []int{p.Src[0]}
	score := p.SrcScores[0]
	first, last := p.Src[0], p.Src[0]
	for grown := true; grown; {
		grown = false
		for k, i := range p.Src {
			if slices.Contains(run, i) || c.src.sents[i].Para != c.src.sents[p.Src[0]].Para {
				continue
			}
			before := i < first && first-i <= 2 && c.matchedNearEdge(p, i, false)
			after := i > last && i-last <= 2 && c.matchedNearEdge(p, i, true)
			if before || after {
				run = append(run, i)
				score += p.SrcScores[k]
				first, last = min(first, i), max(last, i)
				grown = true
			}
		}
	}
	if len(run) == 1 {
		return onlySource(p, 0)
	}
	q := p
	q.Src, q.SrcScores, q.Score = nil, nil, min(1, score)
	q.Evidence.Matches = nil
	slices.Sort(run)
	for _, i := range run {
		q.Src = append(q.Src, i)
		q.SrcScores = append(q.SrcScores, p.SrcScores[slices.Index(p.Src, i)])
	}
	for _, m := range p.Evidence.Matches {
		if slices.Contains(run, m.Src.Sent) {
			q.Evidence.Matches = append(q.Evidence.Matches, m)
		}
	}
	return q
}

// passageEdge is how near the start or the end of a source sentence the
// words a quotation renders there must come for the sentence to continue
// the passage of the sentence after or before it (see leadPassage).
const passageEdge = 4

// matchedNearEdge reports whether p's matches in source sentence i start
// among its first passageEdge words (atStart) or end among its last.
func (c *check) matchedNearEdge(p align.Provenance, i int, atStart bool) bool {
	text := c.src.sents[i].Text
	words := token.Words(text)
	if len(words) == 0 {
		return false
	}
	lo, hi := len(text), 0
	for _, m := range p.Evidence.Matches {
		if m.Src.Sent == i {
			lo, hi = min(lo, m.Src.Start), max(hi, m.Src.End)
		}
	}
	if hi == 0 {
		return false
	}
	if atStart {
		return lo <= words[min(passageEdge, len(words))-1].Start
	}
	return hi >= words[max(0, len(words)-passageEdge)].End
}

// onlySource keeps the k-th source of p alone, with its matches.
func onlySource(p align.Provenance, k int) align.Provenance {
	i := p.Src[k]
	q := p
	q.Src, q.SrcScores, q.Score = []int{i}, []float64{p.SrcScores[k]}, p.SrcScores[k]
	q.Evidence.Matches = nil
	for _, m := range p.Evidence.Matches {
		if m.Src.Sent == i {
			q.Evidence.Matches = append(q.Evidence.Matches, m)
		}
	}
	return q
}
