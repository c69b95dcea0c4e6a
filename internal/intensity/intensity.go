package intensity

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed intensity.txt
var table string

// Class is a scale of strength.
type Class string

// The classes of the table.
const (
	Degree    Class = "degree"    // -2 a little ... +3 extremely
	Quantity  Class = "quantity"  // 1 few ... 5 all
	Frequency Class = "frequency" // 1 rarely ... 5 always
	Certainty Class = "certainty" // 1 maybe ... 4 certainly
	Modal     Class = "modal"     // 1 can, could ... 4 must
	Judgement Class = "judgement" // ±1 good, small ... ±4 excellent, catastrophic
)

// Item is a phrase of the table found in a text.
type Item struct {
	// Start and End are byte offsets into the text.
	Start, End int
	// Phrase is the phrase of the table that matched.
	Phrase   string
	Class    Class
	Strength float64
}

type entry struct {
	phrase   string // lower case, straight apostrophes
	class    Class
	strength float64
}

// entries maps a language and the first word of a phrase to the phrases
// that start with it, the longest first.
var entries = parse(table)

func parse(data string) map[string]map[string][]entry {
	out := map[string]map[string][]entry{}
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		strength, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			continue
		}
		phrase := strings.ToLower(f[3])
		first := phrase
		if k := strings.IndexFunc(phrase, func(r rune) bool { return !isWord(r) }); k >= 0 {
			first = phrase[:k]
		}
		if out[f[0]] == nil {
			out[f[0]] = map[string][]entry{}
		}
		out[f[0]][first] = append(out[f[0]][first], entry{phrase, Class(f[1]), strength})
	}
	for _, byFirst := range out {
		for _, es := range byFirst {
			sort.SliceStable(es, func(a, b int) bool { return len(es[a].phrase) > len(es[b].phrase) })
		}
	}
	return out
}

// Languages returns the languages of the table.
func Languages() []string {
	var out []string
	for l := range entries {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Find returns the phrases of the table in text, a text of language lang
// (an ISO 639-1 code), in order: at each word the longest phrase that
// starts there, matched without regard to case, whole words only, the
// apostrophes ’ and ' alike. Cost is linear in the length of text.
func Find(lang, text string) []Item {
	byFirst := entries[lang]
	if byFirst == nil {
		return nil
	}
	var out []Item
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWord(r) {
			i += n
			continue
		}
		// A word starts at i.
		end := i
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !isWord(r) {
				break
			}
			end += n
		}
		if it, ok := match(byFirst, text, i, strings.ToLower(text[i:end])); ok {
			if sup, ok := superlatives[lang][it.Phrase]; ok && (afterDefinite(lang, text, i) || strings.HasPrefix(it.Phrase, "più ") && afterDefiniteNoun(lang, text, i)) {
				it.Strength = sup
			}
			out = append(out, it)
			i = it.End
			continue
		}
		if w := strings.ToLower(text[i:end]); lang == "it" && absoluteSuperlative(w) {
			out = append(out, Item{Start: i, End: end, Phrase: w, Class: Degree, Strength: 3})
		}
		i = end
	}
	return out
}

// absoluteSuperlative reports whether an Italian word is an absolute
// superlative (comodissimi, bellissima: "very comfortable", "very
// beautiful"), whose ending says as much as an adverb of the highest
// degree: the word has a stem of three letters or more before -issimo.
func absoluteSuperlative(w string) bool {
	for _, end := range []string{"issimo", "issima", "issimi", "issime"} {
		if rest, ok := strings.CutSuffix(w, end); ok && utf8.RuneCountInString(rest) >= 3 {
			return true
		}
	}
	return false
}

// superlatives gives, by language, the comparatives of the table that a
// definite determiner makes superlatives, with the superlative's
// strength (that of "best" and "worst").
var superlatives = map[string]map[string]float64{
	"it": {"migliore": 4, "migliori": 4, "miglior": 4, "peggiore": -4, "peggiori": -4, "peggior": -4,
		"più grande": 4, "più grandi": 4},
}

// definite lists, by language, the words after which a comparative is a
// superlative: definite articles and the prepositions joined with them
// ("il migliore", "nel peggiore dei casi"); a possessive may stand
// between them ("il suo miglior tennis").
var definite = map[string]map[string]bool{
	"it": setOf("il", "lo", "la", "i", "gli", "le", "l", "del", "dello", "della", "dei", "degli", "delle", "dell",
		"nel", "nello", "nella", "nei", "negli", "nelle", "nell", "al", "allo", "alla", "ai", "agli", "alle", "all",
		"dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull",
		"col", "coi"),
}

var possessive = map[string]map[string]bool{
	"it": setOf("mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue",
		"nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "loro"),
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// afterDefinite reports whether the word at text[i:] follows a definite
// determiner of the language, with or without a possessive between.
func afterDefinite(lang, text string, i int) bool {
	w, at := wordBefore(text, i)
	if possessive[lang][w] {
		w, _ = wordBefore(text, at)
	}
	return definite[lang][w]
}

// afterDefiniteNoun reports whether the word at text[i:] follows a
// definite determiner and one word, its noun: "più grande" after "la
// città" is a superlative (la città più grande, the largest city).
func afterDefiniteNoun(lang, text string, i int) bool {
	w, at := wordBefore(text, i)
	if w == "" {
		return false
	}
	return afterDefinite(lang, text, at)
}

// wordBefore returns the lower-case word that ends before i (across white
// space and apostrophes: "dell'" gives "dell") and where it starts; ""
// when punctuation or nothing comes first.
func wordBefore(text string, i int) (string, int) {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) && r != '\'' && r != '’' {
			break
		}
		j -= n
	}
	end := j
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !isWord(r) {
			break
		}
		j -= n
	}
	return strings.ToLower(text[j:end]), j
}

// match finds the longest phrase starting with the word at text[i:] whose
// lower-case form is first.
func match(byFirst map[string][]entry, text string, i int, first string) (Item, bool) {
	for _, e := range byFirst[first] {
		if end, ok := hasPhrase(text, i, e.phrase); ok {
			return Item{Start: i, End: end, Phrase: e.phrase, Class: e.class, Strength: e.strength}, true
		}
	}
	return Item{}, false
}

// hasPhrase reports whether text at i reads phrase (lower case, straight
// apostrophes, single spaces) up to a word boundary, and where it ends.
func hasPhrase(text string, i int, phrase string) (int, bool) {
	j := i
	for _, pr := range phrase {
		if j >= len(text) {
			return 0, false
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		switch {
		case pr == ' ':
			if !unicode.IsSpace(r) {
				return 0, false
			}
			// Any run of white space.
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += n
			}
			continue
		case pr == '\'':
			if r != '\'' && r != '’' {
				return 0, false
			}
		case unicode.ToLower(r) != pr:
			return 0, false
		}
		j += n
	}
	if j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); isWord(r) && !strings.HasSuffix(phrase, "'") {
			return 0, false
		}
	}
	return j, true
}

// isWord reports whether r belongs to a word.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
