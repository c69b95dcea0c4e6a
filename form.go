package fedele

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/normalize"
)

// The form rules: the punctuation, spacing and typography of the
// translation.

// endPunctuation reports a question rendered as a statement or the
// reverse.
func endPunctuation(v *pairView) []Finding {
	if !v.comparable() || len(v.b.Src) != 1 || len(v.b.Tgt) != 1 {
		return nil
	}
	end := func(s string) rune {
		s = strings.TrimRight(s, " \t\n\r»”\"’')]")
		r, _ := utf8.DecodeLastRuneInString(s)
		return r
	}
	s, t := end(v.c.src.sents[v.b.Src[0]].Text), end(v.c.tgt.sents[v.b.Tgt[0]].Text)
	if (s == '?') == (t == '?') {
		return nil
	}
	return []Finding{v.finding(EndPunctuation, SeverityInfo,
		fmt.Sprintf("The sentence ends with %q in the source and %q in the translation.", s, t), Evidence{})}
}

// targetBeads returns the bead of every target sentence: in reorganized
// mode, where findings follow the target, the sentence itself.
func (c *check) targetBeads() []int {
	out := make([]int, len(c.tgt.sents))
	if c.mode == ModeReorganized {
		for j := range out {
			out[j] = j
		}
		return out
	}
	for bi, b := range c.beads {
		for _, t := range b.Tgt {
			out[t] = bi
		}
	}
	return out
}

// maxMarksListed is the most unpaired marks an unbalanced-quotes finding
// describes; it counts the others.
const maxMarksListed = 3

// unbalancedQuotes reports quotes and brackets of the translation left
// open or closed by the wrong mark, checked paragraph by paragraph (a
// quotation may run over several sentences): one finding per sentence,
// however many marks it leaves unpaired.
func unbalancedQuotes(c *check) []Finding {
	tgt := c.tgt
	beadOf := c.targetBeads()
	var out []Finding
	// What each sentence of a paragraph leaves unpaired: how many marks,
	// and the first maxMarksListed by position. The paragraph's
	// imbalances are read as they are found, never all held (a text of
	// nothing but marks has as many as it has marks).
	type unpaired struct {
		n     int
		first []normalize.Imbalance
	}
	for i := 0; i < len(tgt.sents); {
		j := i
		for j < len(tgt.sents) && tgt.sents[j].Para == tgt.sents[i].Para {
			j++
		}
		start, end := tgt.sents[i].Start, tgt.sents[j-1].End
		para := tgt.sents[i:j]
		bySent := make([]unpaired, len(para))
		for im := range normalize.Imbalances(tgt.text[start:end]) {
			pos := start + im.Pos()
			// The last sentence that starts at or before the mark.
			k := max(0, sort.Search(len(para), func(k int) bool { return para[k].Start > pos })-1)
			u := &bySent[k]
			u.n++
			at := sort.Search(len(u.first), func(x int) bool { return u.first[x].Pos() > im.Pos() })
			if at < maxMarksListed {
				u.first = slices.Insert(u.first, at, im)
				u.first = u.first[:min(len(u.first), maxMarksListed)]
			}
		}
		for k, u := range bySent {
			if u.n == 0 {
				continue
			}
			sent := i + k
			var desc, marks []string
			for _, im := range u.first {
				desc = append(desc, im.String())
				marks = append(marks, im.OpenMark, im.CloseMark)
			}
			msg := "Quotation marks or brackets do not pair up: " + strings.Join(desc, "; ")
			if n := u.n - len(desc); n > 0 {
				msg += fmt.Sprintf("; and %d more", n)
			}
			out = append(out, Finding{
				Kind:     UnbalancedQuotes,
				Severity: SeverityWarning,
				Message:  msg + ".",
				Target:   tgt.spans([]int{sent}),
				Evidence: Evidence{TargetItems: marks, Note: fmt.Sprintf("%d unpaired", u.n)},
				bead:     beadOf[sent],
			})
		}
		i = j
	}
	return out
}

// whitespace reports doubled spaces in the translation.
func whitespace(c *check) []Finding {
	beadOf := c.targetBeads()
	var out []Finding
	for i, s := range c.tgt.sents {
		if k := strings.Index(s.Text, "  "); k >= 0 && !strings.Contains(s.Text[k:k+2], "\n") {
			out = append(out, Finding{
				Kind:     Whitespace,
				Severity: SeverityInfo,
				Message:  "Two spaces in a row.",
				Target:   c.tgt.spans([]int{i}),
				bead:     beadOf[i],
			})
		}
	}
	return out
}

// typography reports a translation that mixes apostrophe or quotation
// styles, counting what the normalizer would change.
func typography(c *check) []Finding {
	text := c.tgt.text
	res := normalize.String(text, c.tgt.lang, normalize.RecordChanges())
	straight, curly := 0, strings.Count(text, "’")
	counts := map[normalize.Kind]int{}
	for _, ch := range res.Changes {
		counts[ch.Kind]++
		if ch.Kind == normalize.Apostrophe && ch.Original == "'" {
			straight++
		}
	}
	var mixed []string
	if straight > 0 && curly > 0 {
		mixed = append(mixed, fmt.Sprintf("apostrophes: %d typographic (’), %d straight (')", curly, straight))
	}
	styles := 0
	for _, pair := range []string{"«", "“", "\""} {
		if strings.Contains(text, pair) {
			styles++
		}
	}
	if styles > 1 {
		mixed = append(mixed, "quotation marks of more than one style («», “”, \"\")")
	}
	if len(mixed) == 0 {
		return nil
	}
	var fixes []string
	seen := map[normalize.Kind]bool{}
	for _, ch := range res.Changes {
		if !seen[ch.Kind] {
			seen[ch.Kind] = true
			fixes = append(fixes, fmt.Sprintf("%d %s", counts[ch.Kind], ch.Kind))
		}
	}
	msg := "The translation mixes typographic styles: " + strings.Join(mixed, "; ") + "."
	if len(fixes) > 0 {
		msg += " Normalizing would make " + strings.Join(fixes, ", ") + " fixes."
	}
	return []Finding{{
		Kind:     InconsistentTypography,
		Severity: SeverityInfo,
		Message:  msg,
		Evidence: Evidence{Note: fmt.Sprintf("%d typographic fixes", len(res.Changes))},
		bead:     documentWide,
	}}
}
