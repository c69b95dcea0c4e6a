package fedele

import (
	"fmt"
	"slices"
	"strings"
)

// The number rule: numbers compared after locale normalization.

// item is a piece of text a rule compares: a number, a name, a word.
type item struct {
	sent       int
	start, end int
	text       string
	keys       []string // numbers: the normalized values
	written    string   // numbers: the numeral as written (see numbers.Number)
	word       bool     // numbers: written as a word, not with digits
}

func itemTexts(its []item) []string {
	out := make([]string, len(its))
	for i, it := range its {
		out[i] = it.text
	}
	return out
}

func itemList(its []item) string { return quoteList(itemTexts(its), 6) }

// numberDiff is the number fact of a pair: the numbers of each side
// that found no equal on the other.
type numberDiff struct {
	srcLeft, tgtLeft []item
}

// numbers compares the numbers of the two sides, once.
func (v *pairView) numbers() numberDiff {
	if v.numbersDiff == nil {
		srcLeft, tgtLeft := unmatchedNumbers(numberItems(v.c.src, v.b.Src), numberItems(v.c.tgt, v.b.Tgt))
		v.numbersDiff = &numberDiff{srcLeft, tgtLeft}
	}
	return *v.numbersDiff
}

// numberMismatch reports a number on each side with no equal (an error),
// a number of the target with no equal (a warning), and a number of the
// source missing from the target (a partial omission, a warning).
func numberMismatch(v *pairView) []Finding {
	if !v.comparable() {
		return nil
	}
	d := v.numbers()
	if v.origin == OriginSummary {
		d.srcLeft = nil
	}
	switch {
	case len(d.srcLeft) > 0 && len(d.tgtLeft) > 0:
		return []Finding{v.finding(NumberMismatch, SeverityError,
			fmt.Sprintf("The numbers differ: %s in the source, %s in the translation.", itemList(d.srcLeft), itemList(d.tgtLeft)),
			Evidence{SourceItems: itemTexts(d.srcLeft), TargetItems: itemTexts(d.tgtLeft)})}
	case len(d.srcLeft) > 0:
		return []Finding{v.finding(PartialOmission, SeverityWarning,
			fmt.Sprintf("The translation leaves out a number of the source: %s.", itemList(d.srcLeft)),
			Evidence{SourceItems: itemTexts(d.srcLeft)})}
	case len(d.tgtLeft) > 0:
		return []Finding{v.finding(NumberMismatch, SeverityWarning,
			fmt.Sprintf("The translation has a number that is not in the source: %s.", itemList(d.tgtLeft)),
			Evidence{TargetItems: itemTexts(d.tgtLeft)})}
	}
	return nil
}

// numberItems lists the numbers of sentences idx of side s.
func numberItems(s *side, idx []int) []item {
	var out []item
	for _, si := range idx {
		text := s.sents[si].Text
		for _, n := range s.numbersIn(si) {
			t := text[n.Start:n.End]
			if rest := strings.TrimLeft(text[n.End:], " \u00a0"); strings.HasPrefix(rest, "%") {
				t = text[n.Start : len(text)-len(rest)+1]
			}
			out = append(out, item{sent: si, start: n.Start, end: n.End, text: t, keys: n.Keys, written: n.Written, word: n.Written == ""})
		}
	}
	return out
}

// unmatchedNumbers pairs equal numbers greedily and returns the numbers
// of each side left without an equal. Two numbers are equal when their
// values are, when they are written with the same digits ("1,335" in
// both texts, whatever the locales say), or when a bare number shares the
// multiplier of another number of its side ("between 3 and 10 million"
// against "3 million"). Numbers written as words ("three", "tre") may
// pair with any number but are never reported themselves: they are too
// often idiomatic ("one of them").
func unmatchedNumbers(src, tgt []item) (srcLeft, tgtLeft []item) {
	used := make([]bool, len(tgt))
	exponents := func(its []item) map[string]bool {
		m := map[string]bool{}
		for _, it := range its {
			if _, e, ok := strings.Cut(it.written, "e"); ok {
				m[e] = true
			}
		}
		return m
	}
	srcExp, tgtExp := exponents(src), exponents(tgt)
	// sharesMultiplier: bare is written without a multiplier, its side
	// has a number with other's multiplier, and the digits are the same.
	sharesMultiplier := func(bare, other item, bareSide map[string]bool) bool {
		digits, e, ok := strings.Cut(other.written, "e")
		return ok && !strings.Contains(bare.written, "e") && bare.written == digits && bareSide[e]
	}
	equal := func(a, b item) bool {
		if a.written != "" && a.written == b.written {
			return true
		}
		for _, x := range a.keys {
			if slices.Contains(b.keys, x) {
				return true
			}
		}
		return sharesMultiplier(a, b, srcExp) || sharesMultiplier(b, a, tgtExp)
	}
	for _, s := range src {
		found := false
		for j, t := range tgt {
			if !used[j] && equal(s, t) {
				used[j], found = true, true
				break
			}
		}
		if !found && !s.word {
			srcLeft = append(srcLeft, s)
		}
	}
	for j, t := range tgt {
		if !used[j] && !t.word {
			tgtLeft = append(tgtLeft, t)
		}
	}
	return srcLeft, tgtLeft
}
