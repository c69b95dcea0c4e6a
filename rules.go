package fedele

import (
	"github.com/fedele/fedele/align"
)

// A rule decides one family of findings. Rules are plain functions of
// what they examine; what one rule needs from another (the numbers that
// found no equal, the false friends, whether a pair is a copy or
// unrelated) is computed once by the pair view and read by both, so the
// rules may run in any order. Each rule declares the kinds it reports,
// and exactly one of its functions is set:
type rule struct {
	name  string
	kinds []Kind
	// document examines the whole check once; its findings carry the
	// bead they concern (setBead) or none (document-wide).
	document func(c *check) []Finding
	// unpaired examines a bead with one empty side.
	unpaired func(c *check, b align.Bead) []Finding
	// pair examines a bead with sentences on both sides, or a source
	// sentence and the target sentence facing it (align.Bead.Facing),
	// taken together.
	pair func(v *pairView) []Finding
	// reorganized is set for the pair rules that also examine a target
	// sentence of a reorganized translation against its sources.
	reorganized bool
}

// rules are the rules of a check, in the order they run.
var rules = []rule{
	{name: "wrong-language", kinds: []Kind{WrongLanguage}, document: wrongLanguage},
	{name: "omission", kinds: []Kind{Omission}, unpaired: omission},
	{name: "addition", kinds: []Kind{Addition}, unpaired: addition},
	{name: "untranslated", kinds: []Kind{Untranslated}, pair: untranslated, reorganized: true},
	{name: "numbers", kinds: []Kind{NumberMismatch, PartialOmission}, pair: numberMismatch, reorganized: true},
	{name: "false-friends", kinds: []Kind{FalseFriend}, pair: falseFriend, reorganized: true},
	{name: "names", kinds: []Kind{NameMismatch}, pair: nameMismatch, reorganized: true},
	{name: "quotations", kinds: []Kind{Quotation}, pair: quotation},
	{name: "end-punctuation", kinds: []Kind{EndPunctuation}, pair: endPunctuation},
	{name: "partial-omission", kinds: []Kind{PartialOmission}, pair: partialOmission},
	{name: "paraphrase", kinds: []Kind{Paraphrase}, pair: paraphrase},
	{name: "unbalanced-quotes", kinds: []Kind{UnbalancedQuotes}, document: unbalancedQuotes},
	{name: "whitespace", kinds: []Kind{Whitespace}, document: whitespace},
	{name: "typography", kinds: []Kind{InconsistentTypography}, document: typography},
}

// runDocumentRules runs the document rules.
func (c *check) runDocumentRules() {
	for _, r := range rules {
		if r.document != nil {
			c.findings = append(c.findings, r.document(c)...)
		}
	}
}

// runRules runs every rule: the document rules once, the others on
// every bead (a facing source and target sentence as one pair). The
// beads come without their word matches (align.WithoutMatches): each
// pair's are asked for when its rules run, so that a long document's
// matches, the largest part of an alignment's memory, are never all
// held at once.
func (c *check) runRules() {
	c.runDocumentRules()
	for bi := 0; bi < len(c.beads); bi++ {
		var fs []Finding
		if v, ok := c.facingPair(bi); ok {
			fs = runPair(v)
			fs = setBead(fs, bi)
			c.findings = append(c.findings, fs...)
			bi++
			continue
		}
		b := c.beads[bi]
		if len(b.Src) == 0 || len(b.Tgt) == 0 {
			for _, r := range rules {
				if r.unpaired != nil {
					fs = append(fs, r.unpaired(c, b)...)
				}
			}
		} else {
			fs = runPair(c.view(c.withMatches(b)))
		}
		c.findings = append(c.findings, setBead(fs, bi)...)
	}
}

// runPair runs the pair rules on a pair.
func runPair(v *pairView) []Finding {
	var fs []Finding
	for _, r := range rules {
		if r.pair != nil {
			fs = append(fs, r.pair(v)...)
		}
	}
	return fs
}

// withMatches returns the bead with the word matches of its evidence.
func (c *check) withMatches(b align.Bead) align.Bead {
	if len(b.Evidence.Matches) > 0 {
		return b
	}
	if ms, err := c.scorer.Matches(b.Src, b.Tgt); err == nil {
		b.Evidence.Matches = ms
	}
	return b
}

// setBead records the bead the findings come from (for their order in
// the report).
func setBead(fs []Finding, bi int) []Finding {
	for k := range fs {
		fs[k].bead = bi
	}
	return fs
}

// facingPair returns, when beads bi and bi+1 are a source sentence and a
// target sentence facing each other, the view of the two as one pair: the
// translation says something else where the source said that sentence.
// A line without final punctuation may be an added or omitted heading; it
// stands in for the other sentence only when their words say it does (a
// sentence cut short looks like a heading).
func (c *check) facingPair(bi int) (*pairView, bool) {
	if bi+1 >= len(c.beads) || !c.beads[bi].Facing || !c.beads[bi+1].Facing {
		return nil, false
	}
	s, t := c.beads[bi], c.beads[bi+1]
	if len(s.Src) == 0 {
		s, t = t, s
	}
	ev, _, err := c.scorer.Evidence(s.Src, t.Tgt)
	if err != nil {
		return nil, false
	}
	if c.isHeading(c.tgt.sents[t.Tgt[0]].Text) || c.isHeading(c.src.sents[s.Src[0]].Text) {
		if ev.Coverage < c.o.thresholds.MinParaphrase {
			return nil, false
		}
	}
	return c.view(align.Bead{Src: s.Src, Tgt: t.Tgt, Score: min(s.Score, t.Score), Evidence: ev}), true
}
