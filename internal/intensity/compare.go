package intensity

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The comparison's constants, chosen by hand on the quotations of the
// bundled interview pair (testdata/interview: its 4 intensified or
// weakened quotations and its 30 faithful or loose ones), on the table
// tests of compare_test.go, and, for weakModal and strongDegree, on the
// synthetic reorganized UD PUD documents of seeds 11-13; seeds 21-22 are
// held out (TestEvalPUDQuotations).
const (
	// Threshold is the least difference of strength, on the table's
	// scale, between a source and its rendering that Compare reports.
	// "quite good" → «ottimo» differs by 1.1, "very good" → «ottimo» by
	// 0.75.
	Threshold = 1.0
	// gradeWeight is how much of a degree word's strength goes to the
	// judgement right after it: "very good" is 1 + 0.75×1 = 1.75.
	gradeWeight = 0.75
	// plainCertainty is the certainty of a statement with no hedge nor
	// booster: a plain "it works" is nearly as sure as "it certainly
	// works", and firmer than "maybe it works".
	plainCertainty = 2
	// hedge is the greatest certainty that counts as a hedge (maybe,
	// forse), compared even with a plain statement.
	hedge = -1
	// weakModal is the greatest modal strength compared even with a
	// plain statement (might, could, potrebbe; not would and the Italian
	// conditional, which translations trade freely with other tenses).
	weakModal = -1.5
	// strongDegree is the least force of a degree word (extremely,
	// assolutamente) that is compared even when the other side has
	// none.
	strongDegree = 1.5
)

// Shift is a class in which a rendering is stronger or weaker than its
// source.
type Shift struct {
	Class Class
	// Diff is the rendering's level less the source's: positive when the
	// rendering is stronger (intensified), negative when weaker. For
	// evaluative phrases it compares force, not polarity.
	Diff float64
	// Src and Tgt are the phrases behind each level, with the degree
	// word that grades a judgement; empty on the side with none (a hedge
	// dropped or added).
	Src, Tgt []Item
	// SrcLevel and TgtLevel are the two levels compared.
	SrcLevel, TgtLevel float64
}

// Stronger reports whether the rendering says more than the source.
func (s Shift) Stronger() bool { return s.Diff > 0 }

// String describes the shift in the words of both texts, for a report:
// `certainty: "maybe" (-1) → "" (+2)`.
func (s Shift) String() string {
	return fmt.Sprintf("%s: %s (%+g) → %s (%+g)", s.Class, phrases(s.Src), s.SrcLevel, phrases(s.Tgt), s.TgtLevel)
}

func phrases(items []Item) string {
	var ps []string
	for _, it := range items {
		ps = append(ps, it.Phrase)
	}
	return fmt.Sprintf("%q", strings.Join(ps, " "))
}

// level is what one side says in one class: the strength and the
// phrases behind it.
type level struct {
	value float64
	items []Item
	ok    bool
}

// levels computes the level of every class on one side of a comparison.
// A degree word right before a judgement grades it and is not counted
// again as a degree; a negated phrase ("not perfect", "non sempre") says
// something else than its strength and is left out; of several phrases
// of a class, the one of greatest force sets the level.
func levels(text string, items []Item) map[Class]level {
	out := map[Class]level{}
	used := make([]bool, len(items))
	for i, it := range items {
		if it.Class != Evaluative {
			continue
		}
		v, group, start := it.Strength, []Item{it}, it.Start
		if i > 0 && items[i-1].Class == Degree && strings.TrimSpace(text[items[i-1].End:it.Start]) == "" {
			d := items[i-1]
			v += math.Copysign(gradeWeight*d.Strength, it.Strength)
			group, start = []Item{d, it}, d.Start
			used[i-1] = true
		}
		if negated(text[:start]) {
			continue
		}
		if l := out[Evaluative]; !l.ok || math.Abs(v) > math.Abs(l.value) {
			out[Evaluative] = level{value: v, items: group, ok: true}
		}
	}
	for i, it := range items {
		if it.Class == Evaluative || used[i] || negated(text[:it.Start]) {
			continue
		}
		if l := out[it.Class]; !l.ok || math.Abs(it.Strength) > math.Abs(l.value) {
			out[it.Class] = level{value: it.Strength, items: []Item{it}, ok: true}
		}
	}
	return out
}

// oneSided reports whether a class present on one side only is
// compared, and the level of the side without it.
func oneSided(c Class, s, t level) (plain float64, ok bool) {
	if s.ok == t.ok {
		return 0, false
	}
	v := s.value
	if t.ok {
		v = t.value
	}
	switch c {
	case Certainty:
		return plainCertainty, v <= hedge
	case Modal:
		return plainCertainty, v <= weakModal
	case Degree:
		return 0, math.Abs(v) >= strongDegree
	}
	return 0, false
}

// negators are the words that negate the phrase right after them, in
// English and Italian.
var negators = map[string]bool{"not": true, "no": true, "never": true, "nor": true, "non": true, "né": true, "mai": true}

// negated reports whether the text before a phrase ends with a negation:
// a word of negators or a word ending in n't, then white space.
func negated(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	i := strings.LastIndexFunc(before, func(r rune) bool { return !isWordRune(r) && !isApostrophe(r) })
	word := before
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		word = before[i+size:]
	}
	word = strings.ReplaceAll(strings.ToLower(word), "’", "'")
	return negators[word] || strings.HasSuffix(word, "n't")
}

// Compare reports the classes in which tgt (in tgtLang) is stronger or
// weaker than src (in srcLang) by at least Threshold, in the order of
// Classes. Both texts should be short: a quotation and the source words
// it renders, with a few words of context.
func Compare(srcLang, src, tgtLang, tgt string) []Shift {
	sl := levels(src, Find(srcLang, src))
	tl := levels(tgt, Find(tgtLang, tgt))
	var out []Shift
	for _, c := range Classes {
		s, t := sl[c], tl[c]
		// A phrase on one side only counts against the other side's
		// plain statement when it is a hedge, a weak modal or a strong
		// degree word.
		if plain, ok := oneSided(c, s, t); ok {
			if !s.ok {
				s = level{value: plain, ok: true}
			} else {
				t = level{value: plain, ok: true}
			}
		}
		if !s.ok || !t.ok {
			continue
		}
		sv, tv := s.value, t.value
		if c == Evaluative {
			if sv*tv < 0 {
				continue // a change of polarity, not of force
			}
			sv, tv = math.Abs(sv), math.Abs(tv)
		}
		if d := tv - sv; math.Abs(d) >= Threshold {
			out = append(out, Shift{Class: c, Diff: d, Src: s.items, Tgt: t.items, SrcLevel: s.value, TgtLevel: t.value})
		}
	}
	return out
}
