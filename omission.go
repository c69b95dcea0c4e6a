package fedele

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
)

// The omission and addition rules: sentences of one side that the
// alignment leaves without counterpart.

// omission reports a source sentence with no counterpart: an error for
// article text, a warning for a heading, info for boilerplate (which a
// translation usually leaves out).
func omission(c *check, b align.Bead) []Finding {
	if len(b.Tgt) > 0 {
		return nil
	}
	f := Finding{Kind: Omission, Source: c.src.spans(b.Src), Evidence: Evidence{Score: round3(b.Score)}}
	switch r := c.src.roles[b.Src[0]]; {
	case r != content && c.tgt.hasRole(r):
		return nil // the translation has boilerplate of its kind: rendered
	case r != content:
		f.Severity = SeverityInfo
		f.Message = fmt.Sprintf("Source %s is not in the translation; that is usual for boilerplate.", r)
		f.Evidence.Note = r.String()
	case c.isHeading(c.src.sents[b.Src[0]].Text):
		f.Severity = SeverityWarning
		f.Message = "This source heading has no counterpart in the translation."
	default:
		f.Severity = SeverityError
		f.Message = "This source sentence has no counterpart in the translation."
	}
	return []Finding{f}
}

// addition reports a target sentence with no source: an error for
// content, a warning for an added heading or boilerplate, info for
// publication metadata.
func addition(c *check, b align.Bead) []Finding {
	if len(b.Src) > 0 {
		return nil
	}
	ti := b.Tgt[0]
	r := c.tgt.roles[ti]
	f := Finding{Kind: Addition, Target: c.tgt.spans(b.Tgt), Evidence: Evidence{Score: round3(b.Score)}}
	switch {
	case r != content && c.src.hasRole(r):
		return nil // boilerplate of a kind the source has: rendered
	case r == metadata:
		f.Severity = SeverityInfo
		f.Message = "Publication metadata added by the translation (a \"Label: value\" line); it has no source, as expected."
		f.Evidence.Note = r.String()
	case r != content:
		f.Severity = SeverityWarning
		f.Message = fmt.Sprintf("Boilerplate with no source: %s.", r)
		f.Evidence.Note = r.String()
	case c.isHeading(c.tgt.sents[ti].Text):
		f.Severity = SeverityWarning
		f.Message = "A heading with no counterpart in the source, added by the translation."
		f.Evidence.Note = "heading"
	default:
		f.Severity = SeverityError
		f.Message = "This sentence of the translation has no counterpart in the source: added content."
	}
	return []Finding{f}
}

// hasRole reports whether some sentence of the side has role r.
func (s *side) hasRole(r role) bool {
	for _, x := range s.roles {
		if x == r {
			return true
		}
	}
	return false
}

// isHeading reports whether a sentence looks like a title or heading:
// one line, no final punctuation, at most HeadingWords words.
func (c *check) isHeading(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.ContainsAny(text, "\n\r") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "»”\"’')]"))
	if strings.ContainsRune(".!?…;", last) {
		return false
	}
	return len(strings.Fields(text)) <= c.o.thresholds.HeadingWords
}
