package normalize

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// QuotePair is an opening and a closing quotation mark.
type QuotePair struct {
	Open, Close string
}

// Common quotation mark pairs.
var (
	Guillemets   = QuotePair{"«", "»"}
	DoubleCurly  = QuotePair{"“", "”"}
	SingleCurly  = QuotePair{"‘", "’"}
	LowDouble    = QuotePair{"„", "“"}
	StraightPair = QuotePair{`"`, `"`}
)

// conventions are the typographic conventions of one language, in the
// manner of a substitution table: what each kind of mark becomes.
type conventions struct {
	name string
	// quotes are the double quotation marks by nesting depth; the last
	// one serves every deeper level. Nil leaves quotation marks as they
	// are. Double quotations stay double at every level: the author's
	// choice of double or single marks is kept.
	quotes []QuotePair
	// single is the pair for quotations opened with a single mark.
	single QuotePair
	// apostrophe replaces straight apostrophes; empty leaves them.
	apostrophe string
	// dash replaces a hyphen standing between spaces; empty leaves it.
	dash string
	// accents enables the Italian fixes of apostrophes typed for accents.
	accents bool
	// leading lists words that begin with an apostrophe.
	leading map[string]bool
	// elisions lists words that end in a real apostrophe.
	elisions map[string]bool
}

var (
	//go:embed data/accents_it.txt
	accentsIT string
	//go:embed data/elisions_it.txt
	elisionsIT string
	//go:embed data/leading_it.txt
	leadingIT string
	//go:embed data/leading_en.txt
	leadingEN string
)

// The convention tables. They are built once and only read afterwards.
var (
	italian = &conventions{
		name:       "it",
		quotes:     []QuotePair{Guillemets, DoubleCurly},
		single:     SingleCurly,
		apostrophe: "’",
		dash:       "–",
		accents:    true,
		leading:    wordSet(leadingIT),
		elisions:   wordSet(elisionsIT),
	}
	english = &conventions{
		name:       "en",
		quotes:     []QuotePair{DoubleCurly},
		single:     SingleCurly,
		apostrophe: "’",
		dash:       "—",
		leading:    wordSet(leadingEN),
		elisions:   map[string]bool{},
	}
	// neutral is for every other language: Unicode and space clean-up and
	// ellipses only; quotation marks, apostrophes and hyphens are left as
	// they are.
	neutral = &conventions{name: "und", leading: map[string]bool{}, elisions: map[string]bool{}}

	// accentWords maps an Italian word typed with a final apostrophe for
	// its accent, in lower case and without the apostrophe, to the word.
	accentWords = func() map[string]string {
		m := map[string]string{}
		for w := range wordSet(accentsIT) {
			last, size := utf8.DecodeLastRuneInString(w)
			m[w[:len(w)-size]+string(unaccent(last))] = w
		}
		return m
	}()
)

// conventionsFor returns the conventions of the language of tag.
func conventionsFor(tag language.Tag) *conventions {
	base, _ := tag.Base()
	switch base.String() {
	case "it":
		return italian
	case "en":
		return english
	}
	return neutral
}

// wordSet parses an embedded word list: one word a line, "#" comments.
func wordSet(data string) map[string]bool {
	m := map[string]bool{}
	for line := range strings.Lines(data) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if w := strings.TrimSpace(line); w != "" {
			m[w] = true
		}
	}
	return m
}

// unaccent returns the vowel under an Italian accent.
func unaccent(r rune) rune {
	switch r {
	case 'à', 'á':
		return 'a'
	case 'è', 'é':
		return 'e'
	case 'ì', 'í':
		return 'i'
	case 'ò', 'ó':
		return 'o'
	case 'ù', 'ú':
		return 'u'
	}
	return r
}

// graveOf returns the vowel with a grave accent, the accent Italian uses on
// final a, i, o, u and on most final e.
func graveOf(r rune) rune {
	switch r {
	case 'a':
		return 'à'
	case 'e':
		return 'è'
	case 'i':
		return 'ì'
	case 'o':
		return 'ò'
	case 'u':
		return 'ù'
	}
	return r
}

// accentSuffixes are the rules for words not in the list: a word of at
// least four letters ending in one of these (before its apostrophe) takes a
// grave accent on its last vowel, except "-ché", which takes an acute.
// Rule names are used in tests.
var accentSuffixes = []struct {
	name, suffix string
}{
	{"AccentTa", "ta"},   // città, università, libertà
	{"AccentRa", "ra"},   // sarà, potrà, parlerà (future tense)
	{"AccentChe", "che"}, // perché, affinché (acute)
	{"AccentTu", "tu"},   // gioventù
	{"AccentO", "o"},     // andò, parlò, perciò
	{"AccentI", "i"},     // così, finì, lunedì
	{"AccentU", "u"},     // laggiù, quassù
}

// fixAccent returns word (letters before a final apostrophe) with its last
// vowel accented, if word is an Italian word typed with an apostrophe for
// its accent, and the name of the rule that decided.
func fixAccent(word string) (fixed, rule string, ok bool) {
	lw := strings.ToLower(word)
	if italian.elisions[lw] {
		return "", "", false
	}
	acc, found := accentWords[lw]
	rule = "AccentList"
	if !found {
		if utf8.RuneCountInString(lw) < 4 {
			return "", "", false
		}
		for _, s := range accentSuffixes {
			if strings.HasSuffix(lw, s.suffix) {
				last, size := utf8.DecodeLastRuneInString(lw)
				a := graveOf(last)
				if s.suffix == "che" {
					a = 'é'
				}
				acc, rule, found = lw[:len(lw)-size]+string(a), s.name, true
				break
			}
		}
		if !found {
			return "", "", false
		}
	}
	// Keep the case of the word: "PERCHE'", "Perche'", "perche'".
	last, _ := utf8.DecodeLastRuneInString(word)
	a, _ := utf8.DecodeLastRuneInString(acc)
	if unicode.IsUpper(last) {
		a = unicode.ToUpper(a)
	}
	return word[:len(word)-utf8.RuneLen(last)] + string(a), rule, true
}
