package fedele

import (
	"fmt"
	"strings"
)

// The paraphrase rule: a pair graded by the share of its content that
// found a counterpart.

// paraphrase reports a pair that renders its source loosely (info), as a
// paraphrase (warning), or not at all (unrelated, an error). A pair
// reported as a partial omission whose rest is faithful is not graded
// again.
func paraphrase(v *pairView) []Finding {
	if v.isCopy() {
		return nil
	}
	if p := v.partial(); p.found && !p.reworded {
		return nil
	}
	t := v.c.o.thresholds
	sim := v.similarity()
	var grade Grade
	switch {
	case sim >= t.MinFaithful:
		return nil
	case sim >= t.MinLoose:
		grade = GradeLoose
	case !v.unrelated():
		grade = GradeParaphrase
	default:
		grade = GradeUnrelated
	}
	unmatched := unmatchedWords(v.src)
	ev := Evidence{Score: round3(sim), Grade: grade, Unmatched: unmatched, LengthRatio: round3(v.lengthRatio)}
	var f Finding
	switch grade {
	case GradeLoose:
		f = v.finding(Paraphrase, SeverityInfo, "A loose rendering: part of the source's content has no clear counterpart.", ev)
	case GradeParaphrase:
		f = v.finding(Paraphrase, SeverityWarning, "A paraphrase rather than a translation: much of the source's content has no counterpart.", ev)
	default:
		f = v.finding(Paraphrase, SeverityError, "The translation here does not render the source: their content is unrelated.", ev)
	}
	if len(unmatched) > 0 && grade != GradeUnrelated {
		f.Message += " Without counterpart: " + quoteList(unmatched, 8) + "."
	}
	return []Finding{f}
}

// quoteList writes words as "«a», «b», «c»", at most n of them.
func quoteList(ws []string, n int) string {
	var b strings.Builder
	for i, w := range ws {
		if i == n {
			fmt.Fprintf(&b, " and %d more", len(ws)-n)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("«" + w + "»")
	}
	return b.String()
}
