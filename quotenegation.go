package fedele

// Negations in quotations: the words that deny, by language, and whether
// a quotation negates what its source affirms or affirms what it negates.

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/numbers"
	"github.com/fedele/fedele/internal/token"
)

// negatedBefore reports whether a hard negation stands among the two
// words before offset at of text.
func negatedBefore(lang, text string, at int) bool {
	from := wordsBackNear(text, at, 2)
	return hardNegationIn(lang, text[from:at])
}

// hardNegationIn reports whether text holds a hard negation.
func hardNegationIn(lang, text string) bool {
	for _, g := range negationsIn(lang, text) {
		if g.hard {
			return true
		}
	}
	return false
}

// wordsBack returns the offset of the n-th word of text before offset
// at (words are those of text up to at at least), at itself when there
// is none; the piece of a contraction after its apostrophe ("don't",
// "we're") is not a word of its own: "I don't think" is three words.
func wordsBack(text string, words []token.Word, at, n int) int {
	from := at
	for k := len(words) - 1; k >= 0 && n > 0; k-- {
		if words[k].End > at {
			continue
		}
		from = words[k].Start
		if !afterApostrophe(text, words[k].Start) {
			n--
		}
	}
	return from
}

// wordLookBack is how many bytes before an offset wordsBackNear reads:
// a few words of any language.
const wordLookBack = 160

// wordsBackNear is wordsBack reading only the wordLookBack bytes before
// at, so that looking back from every word of a long sentence stays
// linear in its length.
func wordsBackNear(text string, at, n int) int {
	lo := max(0, at-wordLookBack)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	return lo + wordsBack(text[lo:], token.Words(text[lo:at]), at-lo, n)
}

// afterApostrophe reports whether the word at offset i follows an
// apostrophe straight after a letter (the "t" of "don't").
func afterApostrophe(text string, i int) bool {
	switch {
	case strings.HasSuffix(text[:i], "'"):
		i -= len("'")
	case strings.HasSuffix(text[:i], "’"):
		i -= len("’")
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

// Negations, by language. A hard negation (not, non, never) denies what
// it governs and is rendered as one; a soft one (unclear, unlikely,
// insufficient, a malapena) is a word whose meaning is negative, that a
// translator may render with a negation (unclear: non è chiaro) or
// without one (unlikely: difficile). A quotation negates what its source
// affirms when it has a hard negation and the source words around it
// none of either kind; it affirms what its source negates when the source
// has a hard negation of words the quotation renders and the quotation
// none of either kind.
var (
	hardNegations = map[string][]string{
		"it": {"non", "mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "senza", "neanche", "nemmeno", "neppure"},
		"en": {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere"},
	}
	softNegations = map[string][]string{
		"it": {"malapena", "difficilmente", "mancanza", "manca", "mancano", "mancare", "privo", "priva", "privi", "prive",
			"impossibile", "incapace", "insufficiente", "sconosciuto", "sconosciuta", "ignoto", "ignota", "improbabile"},
		"en": {"without", "lack", "lacks", "lacked", "lacking", "fail", "fails", "failed", "refuse", "refuses", "refused",
			"hardly", "barely", "scarcely", "rarely", "seldom", "absent", "missing", "impossible", "insufficient", "inadequate",
			"incomplete", "incorrect", "inaccurate", "inability", "incapable", "unless"},
	}
	// notUnPrefixed are the English words in un- that are not negative
	// (prefixes, matched at the start of the word).
	notUnPrefixed = []string{"under", "until", "unit", "union", "univers", "uniqu", "uniform", "unanim", "unto", "unique"}
)

// expletiveNot are Italian phrases after which "non" negates nothing (a
// meno che il mondo non avvii: unless the world takes).
var expletiveNot = []string{"a meno che", "finché", "prima che"}

// negation is a negating word of a text, as byte offsets.
type negation struct {
	start, end int
	hard       bool
}

// negationsIn returns the negations of text in language lang: "n't"
// included for English ("doesn't" is one at "doesn"), "No." before a
// number left out (a number, not a negation); for Italian an expletive
// "non" and "non appena" (as soon as) left out.
func negationsIn(lang, text string) []negation {
	var out []negation
	lower := strings.ToLower(text)
	words := token.Words(lower)
	for k, w := range words {
		t := w.Text(lower)
		hard := slices.Contains(hardNegations[lang], t)
		soft := !hard && slices.Contains(softNegations[lang], t)
		switch lang {
		case "en":
			rest := lower[w.End:]
			if strings.HasSuffix(t, "n") && (strings.HasPrefix(rest, "'t") || strings.HasPrefix(rest, "’t")) {
				hard = true
			}
			if t == "no" && (strings.HasPrefix(rest, ".") || k+1 < len(words) && unicode.IsDigit(rune(lower[words[k+1].Start]))) {
				hard = false
			}
			if !hard && !soft && len(t) >= 6 && strings.HasPrefix(t, "un") {
				soft = true
				for _, p := range notUnPrefixed {
					if strings.HasPrefix(t, p) {
						soft = false
					}
				}
			}
		case "it":
			if t == "non" {
				if k+1 < len(words) && words[k+1].Text(lower) == "appena" {
					hard = false
				}
				before := lower[max(0, w.Start-40):w.Start]
				for _, e := range expletiveNot {
					if strings.Contains(before, e) {
						hard = false
					}
				}
			}
		}
		if hard || soft {
			out = append(out, negation{w.Start, w.End, hard})
		}
	}
	return out
}

// negationCount counts the negations of text in language lang, hard
// ones only when hardOnly.
func negationCount(lang, text string, hardOnly bool) int {
	n := 0
	for _, g := range negationsIn(lang, text) {
		if g.hard || !hardOnly {
			n++
		}
	}
	return n
}

// negatedRendered reports whether a source window, or the two words
// before it, has a hard negation of words the quotation renders: a
// matched content word stands among the negation and the three words
// after it (an article matched says nothing of what the quotation
// renders).
func (c *check) negatedRendered(ws []window, p align.Provenance) bool {
	_, _, ok := c.negationRendered(ws, p)
	return ok
}

// negationRendered is negatedRendered that also says where: the window
// and the start of the negation in its sentence, which may lie before
// the window.
func (c *check) negationRendered(ws []window, p align.Provenance) (int, int, bool) {
	for k, w := range ws {
		text := c.src.sents[w.sent].Text
		words := token.Words(text)
		// From two words before the window: a negation stands before
		// the verb it negates (not leaving California).
		start := wordsBack(text, words, w.start, 2)
		for _, g := range negationsIn(c.src.code, text[start:w.end]) {
			if !g.hard {
				continue
			}
			gs := start + g.start
			var from, to int = gs, gs + (g.end - g.start)
			n := 0
			for _, wd := range words {
				if wd.Start >= to && n < 3 {
					to = wd.End
					n++
				}
			}
			for _, m := range p.Evidence.Matches {
				if m.Src.Sent == w.sent && m.Src.Start < to && from < m.Src.End && isContent(c.src.code, text[m.Src.Start:m.Src.End]) {
					return k, gs, true
				}
			}
		}
	}
	return 0, 0, false
}

// alteredIn lists what makes a quotation say something else than its
// source: a number with no equal in the source window, a negation that
// one side has and the other not (see hardNegations). negated says
// whether the source negates words the quotation renders.
func alteredIn(quote, source string, negated bool, qLang, sLang string) []string {
	var notes []string
	qn, sn := numbers.Find(quote, qLang), numbers.Find(source, sLang)
	for _, q := range qn {
		if q.Written == "" && idiomaticNumberWord(q) {
			continue
		}
		equal := false
		for _, s := range sn {
			if q.Written != "" && q.Written == s.Written || shareKey(q.Keys, s.Keys) {
				equal = true
				break
			}
		}
		if !equal {
			notes = append(notes, fmt.Sprintf("the number «%s» is not in the source", quote[q.Start:q.End]))
		}
	}
	switch {
	case negationCount(qLang, quote, true) > 0 && negationCount(sLang, source, false) == 0:
		notes = append(notes, noteQuoteNegates)
	case negated && negationCount(qLang, quote, false) == 0:
		notes = append(notes, noteSourceNegates)
	}
	return notes
}

// The notes of a quotation that drops the source's negation, and of one
// that adds its own.
const (
	noteSourceNegates = "the quotation affirms what the source negates"
	noteQuoteNegates  = "the quotation negates what the source affirms"
)

// quoteNegationReach is how many words after a negation of the quotation
// may render a source word for the negation to deny what the source
// says: the verb it governs, or the word after a clitic or an auxiliary
// («non lo vende», «non è stato eletto»). Further on, the negation is
// often the quotation's own way to say what the source says otherwise
// ("we just take it": «a noi non resta che accettarlo»). Chosen among 2, 3 and
// 4 on the development half of testdata/quotes and the synthetic tuning
// seeds: 3 keeps 2 faithful quotations of 42 there from being called
// altered, and misses 6 negations of 128 planted in the synthetic
// documents; 2 spares 2 more faithful ones and misses 15.
const quoteNegationReach = 3

// quoteNegationRendered reports whether a hard negation of the quotation
// at start..end of target sentence j stands just before a word that p's
// evidence matches in the source (see quoteNegationReach).
func (c *check) quoteNegationRendered(j, start, end int, p align.Provenance) bool {
	text := c.tgt.sents[j].Text
	quote := text[start:end]
	words := token.Words(quote)
	for _, g := range negationsIn(c.tgt.code, quote) {
		if !g.hard {
			continue
		}
		n := 0
		for _, w := range words {
			if w.Start < g.end || n >= quoteNegationReach {
				continue
			}
			n++
			ws, we := start+w.Start, start+w.End
			for _, m := range p.Evidence.Matches {
				if m.Tgt.Sent == j && m.Tgt.Start < we && ws < m.Tgt.End {
					return true
				}
			}
		}
	}
	return false
}

// idiomaticNumberWord reports whether a number written in words may be
// an idiom, or another word, rather than a count: up to ten (due parole,
// in a couple of words), a ten (venti is also "winds", gli anni Sessanta
// "the sixties") or a power of ten (cento volte, "a hundred times"). A
// number word such as «trentaquattro», «quattrocentoventi» or
// "forty-three" is a count.
func idiomaticNumberWord(n numbers.Number) bool {
	for _, k := range n.Keys {
		v, err := strconv.ParseFloat(k, 64)
		if err != nil || v <= 10 || v < 100 && math.Mod(v, 10) == 0 || math.Mod(math.Log10(v), 1) == 0 {
			return true
		}
	}
	return len(n.Keys) == 0
}

func shareKey(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
