package fedele

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/lexicon"
	"github.com/fedele/fedele/internal/token"
)

// The name rule: codes and acronyms on one side only. Capitalized words
// alone are not reported: names are translated too often (Caesar,
// Cesare; United Kingdom, Regno Unito) for their absence to mean much.

// nameMismatch reports a code or acronym ("AMD", "GPT-5") with no
// counterpart (a warning), or two of them that differ, one on each side
// ("AMD" against "NVDA", "GPT-5" against "GPT-4"; an error).
func nameMismatch(v *pairView) []Finding {
	if !v.comparable() {
		return nil
	}
	srcLeft := unmatchedCodes(v.src, v.tgt, v.c.src, v.b.Src, v.c.tgt, v.b.Tgt, v.c.tables.srcAcronyms)
	tgtLeft := unmatchedCodes(v.tgt, v.src, v.c.tgt, v.b.Tgt, v.c.src, v.b.Src, v.c.tables.tgtAcronyms)
	if v.origin == OriginSummary {
		srcLeft = nil
	}
	switch {
	case len(srcLeft) > 0 && len(tgtLeft) > 0:
		return []Finding{v.finding(NameMismatch, SeverityError,
			fmt.Sprintf("The names differ: %s in the source, %s in the translation.", quoteList(srcLeft, 6), quoteList(tgtLeft, 6)),
			Evidence{SourceItems: srcLeft, TargetItems: tgtLeft})}
	case len(srcLeft) > 0:
		return []Finding{v.finding(NameMismatch, SeverityWarning,
			fmt.Sprintf("A name or acronym of the source is not in the translation: %s.", quoteList(srcLeft, 6)),
			Evidence{SourceItems: srcLeft})}
	case len(tgtLeft) > 0:
		return []Finding{v.finding(NameMismatch, SeverityWarning,
			fmt.Sprintf("The translation has a name or acronym that is not in the source: %s.", quoteList(tgtLeft, 6)),
			Evidence{TargetItems: tgtLeft})}
	}
	return nil
}

// unmatchedCodes lists the codes and acronyms among ws (the words of
// sentences idx of side own) that have no counterpart among other (the
// words of sentences otherIdx of side otherSide): not matched by the
// evidence, not a number, not among the other words in another form, and
// not rendered in words that the dictionary gives (renderings). A code
// paired only by its spelling is not found: "GPT-4" looks like "GPT-5"
// but names another thing.
func unmatchedCodes(ws, other []word, own *side, idx []int, otherSide *side, otherIdx []int, renderings map[string][][]string) []string {
	nums := numberSpans(own, idx)
	var otherStems []string // made when needed
	var out []string
	for _, w := range ws {
		if !w.name || w.evidence&^align.Cognates != 0 || !hasLetter(w.text) || !(token.IsUpper(w.text) || token.HasDigit(w.text)) {
			continue
		}
		if isNumberWord(nums, w) || nameIn(w.text, other) {
			continue
		}
		if rs := renderings[w.text]; len(rs) > 0 {
			if otherStems == nil {
				otherStems = otherSide.stemsOf(otherIdx)
			}
			if renderedIn(rs, otherStems) {
				continue
			}
		}
		out = append(out, w.text)
	}
	return out
}

// acronyms maps the acronyms of language src that the built-in dictionary
// lists to their renderings in tgt, each as the stems of its words.
func acronyms(src, tgt string) map[string][][]string {
	m := map[string][][]string{}
	for _, e := range lexicon.Builtin(src, tgt) {
		if token.IsUpper(e.Source) && !strings.Contains(e.Source, " ") && utf8.RuneCountInString(e.Source) > 1 {
			m[e.Source] = append(m[e.Source], stemsOf(e.Target, func(w string) string { return token.Stem(tgt, token.Fold(w)) }))
		}
	}
	return m
}

// renderedIn reports whether one of the renderings (as stems) stands in
// the words (as stems): "Regno Unito", "britannica" for "britannico",
// "a.C.".
func renderedIn(renderings [][]string, words []string) bool {
	for _, r := range renderings {
		if len(r) == 0 {
			continue
		}
		for i := 0; i+len(r) <= len(words); i++ {
			if slices.Equal(words[i:i+len(r)], r) {
				return true
			}
		}
	}
	return false
}

// numberSpans lists, by sentence, the spans of the numbers found in
// sentences idx of side s.
func numberSpans(s *side, idx []int) map[int][][2]int {
	m := map[int][][2]int{}
	for _, si := range idx {
		for _, n := range s.numbersIn(si) {
			m[si] = append(m[si], [2]int{n.Start, n.End})
		}
	}
	return m
}

// isNumberWord reports whether w overlaps a number ("20th", "XX",
// "53enne"): numbers are compared by their own rule.
func isNumberWord(nums map[int][][2]int, w word) bool {
	for _, sp := range nums[w.sent] {
		if sp[0] < w.end && w.start < sp[1] {
			return true
		}
	}
	return false
}

// nameIn reports whether a name appears among the words of the other
// side, allowing for case, accents, a plural or possessive ending
// ("GPUs" and "GPU", "Ortiz's" and "Ortiz"), a part of a hyphenated word
// ("KFC" in "KFC-parent"), and an acronym spelled out by the initials of
// capitalized words in any order ("UN" and "Nazioni Unite", "EU" and
// "Unione Europea").
func nameIn(name string, ws []word) bool {
	base := func(s string) string {
		s = token.Fold(s)
		s = strings.TrimSuffix(s, "'s")
		if len(s) > 3 {
			s = strings.TrimSuffix(s, "s")
		}
		return s
	}
	n := base(name)
	initials := map[byte]int{}
	for _, w := range ws {
		if base(w.text) == n {
			return true
		}
		for _, part := range strings.Split(w.text, "-") {
			if base(part) == n {
				return true
			}
		}
		if f := token.Fold(w.text); w.content && f != "" && token.IsCapitalized(w.text) {
			initials[f[0]]++
		}
	}
	if !token.IsUpper(name) || len(n) < 2 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if initials[n[i]] == 0 {
			return false
		}
	}
	return true
}
