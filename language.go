package fedele

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fedele/fedele/internal/langid"
	"github.com/fedele/fedele/internal/token"
	"github.com/fedele/fedele/normalize"
	"github.com/fedele/fedele/segment"
)

// The language rules: a target sentence left in the source's language,
// and a whole side in the wrong language.

// copyShare is the share of the target's content words that are copied
// from the source (not names or numbers), and their number.
func (v *pairView) copyShare() (share float64, n int) {
	same := 0
	for _, w := range v.tgt {
		if w.content {
			n++
			if w.identical && !w.name && !token.HasDigit(w.text) {
				same++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(same) / float64(n), n
}

// isCopy reports whether the target copies its source: at least three
// content words, and the same text (folded) or a share of copied words
// of at least Untranslated. It is never a copy when both sides are given
// the same language.
func (v *pairView) isCopy() bool {
	if v.copied != nil {
		return *v.copied
	}
	share, n := v.copyShare()
	copied := n >= 3 && (share >= v.c.o.thresholds.Untranslated || sameText(v.srcSpans, v.tgtSpans)) &&
		v.c.src.code != v.c.tgt.code
	v.copied = &copied
	return copied
}

// sameText reports whether two groups of spans say the same once folded.
func sameText(a, b []Span) bool {
	join := func(sps []Span) string {
		var parts []string
		for _, sp := range sps {
			parts = append(parts, sp.Text)
		}
		return strings.Join(parts, " ")
	}
	f := normalize.NewFolder()
	return f.Key(join(a)) == f.Key(join(b))
}

// untranslated reports a target sentence that copies its source.
func untranslated(v *pairView) []Finding {
	if !v.isCopy() {
		return nil
	}
	share, _ := v.copyShare()
	return []Finding{v.finding(Untranslated, SeverityError, "This target sentence is left in the language of the source.",
		Evidence{Score: round3(share)})}
}

// wrongLanguage reports a side that reads as another language, such as
// the two texts given the wrong way round. It records the language each
// side reads as for the report.
func wrongLanguage(c *check) []Finding {
	detect := func(sents []segment.Sentence) langid.Guess {
		var b strings.Builder
		for _, s := range sents {
			b.WriteString(s.Text)
			b.WriteByte(' ')
		}
		return langid.Detect(b.String())
	}
	sg, tg := detect(c.src.sents), detect(c.tgt.sents)
	c.srcDetected, c.tgtDetected = sg.Lang, tg.Lang
	src, tgt := c.src.code, c.tgt.code
	known := func(l string) bool { return slices.Contains(langid.Languages(), l) }
	if !known(src) || !known(tgt) || src == tgt {
		return nil
	}
	sure := func(g langid.Guess) bool { return g.Words >= 20 && g.Margin >= 0.05 }
	srcWrong := sure(sg) && sg.Lang != src
	tgtWrong := sure(tg) && tg.Lang != tgt
	f := Finding{Kind: WrongLanguage, bead: documentWide}
	switch {
	case srcWrong && tgtWrong && sg.Lang == tgt && tg.Lang == src:
		f.Severity = SeverityError
		f.Message = fmt.Sprintf("The texts look swapped: the source reads as %s and the translation as %s. Give the %s text as the source.",
			sg.Lang, tg.Lang, src)
		f.Evidence.Score = round3(min(sg.Margin, tg.Margin))
	case tgtWrong:
		f.Severity = SeverityError
		f.Message = fmt.Sprintf("The translation reads as %s, not %s.", tg.Lang, tgt)
		f.Evidence.Score = round3(tg.Margin)
	case srcWrong:
		f.Severity = SeverityWarning
		f.Message = fmt.Sprintf("The source reads as %s, not %s.", sg.Lang, src)
		f.Evidence.Score = round3(sg.Margin)
	default:
		return nil
	}
	return []Finding{f}
}
