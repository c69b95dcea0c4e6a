package fedele

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/internal/lexicon"
	"github.com/fedele/fedele/internal/token"
	"github.com/fedele/fedele/normalize"
)

// The quotation rule: a quoted passage must be quoted on the other side
// too, and say the same.

// passage is a quoted passage of a sentence, the marks excluded.
type passage struct {
	sent       int
	start, end int
}

// passages lists the quoted passages of two words or more in sentences
// idx of side s.
func passages(s *side, idx []int) []passage {
	var out []passage
	for _, si := range idx {
		for _, q := range normalize.QuotedPassages(s.sents[si].Text) {
			if len(strings.Fields(s.sents[si].Text[q.Start:q.End])) >= 2 {
				out = append(out, passage{si, q.Start, q.End})
			}
		}
	}
	return out
}

// quotation reports a quoted passage whose counterpart is not quoted (a
// warning), one quoted only in the target (info), and a quotation whose
// words differ from the source's: a number or false friend inside it (an
// error), or most of its words with no possible source (a warning).
func quotation(v *pairView) []Finding {
	if !v.comparable() {
		return nil
	}
	srcQ := passages(v.c.src, v.b.Src)
	tgtQ := passages(v.c.tgt, v.b.Tgt)
	switch {
	case len(srcQ) > 0 && len(tgtQ) > 0:
		inside := func(it item) bool {
			for _, q := range tgtQ {
				if q.sent == it.sent && q.start <= it.start && it.end <= q.end {
					return true
				}
			}
			return false
		}
		var differ []item
		for _, it := range append(slices.Clone(v.numbers().tgtLeft), v.falseFriends().found...) {
			if inside(it) {
				differ = append(differ, it)
			}
		}
		if len(differ) > 0 {
			return []Finding{v.finding(Quotation, SeverityError,
				fmt.Sprintf("The quotation's words differ from the source's: %s.", itemList(differ)),
				Evidence{TargetItems: itemTexts(differ)})}
		}
		// A quotation is a speaker's words: one whose content words mostly
		// have no possible source among the words of its source sentences
		// puts other words in the speaker's mouth.
		bag := newTranslationBag(v.c.src, v.b.Src, v.c.tgt)
		var content, lost []string
		for _, w := range v.tgt {
			for _, q := range tgtQ {
				if w.content && w.sent == q.sent && q.start <= w.start && w.end <= q.end {
					content = append(content, w.text)
					if !w.matched && !bag.covers(w.text) {
						lost = append(lost, w.text)
					}
				}
			}
		}
		if len(lost) >= 3 && 2*len(lost) > len(content) {
			return []Finding{v.finding(Quotation, SeverityWarning,
				fmt.Sprintf("Most words of the quotation have no counterpart in the source's quotation: %s.", quoteList(lost, 8)),
				Evidence{TargetItems: lost})}
		}
	case len(srcQ) > 0:
		return []Finding{v.finding(Quotation, SeverityWarning,
			"The source quotes these words; the translation does not present them as a quotation.", Evidence{})}
	case len(tgtQ) > 0:
		return []Finding{v.finding(Quotation, SeverityInfo,
			"The translation puts in quotation marks words that the source does not quote.", Evidence{})}
	}
	return nil
}

// translationBag is every target word a group of source sentences could
// be rendered by, as stems: the built-in dictionary's translations of its
// words and the words themselves (names, numbers, cognates).
type translationBag struct {
	tgt    *side
	stems  map[string]bool
	folded []string // the source words, folded, for cognates
}

// bagCognate is the least longest-common-subsequence ratio of a cognate,
// as the aligner's cognates.
const bagCognate = 0.7

// newTranslationBag is the bag of sentences idx of side src, rendered in
// the language of side tgt.
func newTranslationBag(src *side, idx []int, tgt *side) translationBag {
	lex := lexicon.BuiltinLexicon(src.code, tgt.code)
	bag := translationBag{tgt: tgt, stems: map[string]bool{}}
	for _, si := range idx {
		text := src.sents[si].Text
		for _, w := range token.Words(text) {
			f := token.Fold(text[w.Start:w.End])
			bag.folded = append(bag.folded, f)
			bag.stems[tgt.stem(f)] = true
			if lex != nil {
				for _, t := range lex.Translations(src.stem(f)) {
					bag.stems[t] = true
				}
			}
		}
	}
	return bag
}

// covers reports whether the target word w may render a word of the bag.
func (b translationBag) covers(w string) bool {
	f := token.Fold(w)
	if b.stems[token.Stem(b.tgt.code, f)] {
		return true
	}
	if utf8.RuneCountInString(f) < 4 {
		return false
	}
	var lw token.LCSWord
	if !lw.Set(f) {
		return false
	}
	for _, s := range b.folded {
		if utf8.RuneCountInString(s) >= 4 && lw.Ratio(s) >= bagCognate {
			return true
		}
	}
	return false
}
