package token

import (
	"strings"
	"unicode/utf8"

	snowball "github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/blevesearch/snowballstem/turkish"
)

var stemmers = map[string]func(*snowball.Env) bool{
	"da": danish.Stem,
	"de": german.Stem,
	"en": english.Stem,
	"es": spanish.Stem,
	"fi": finnish.Stem,
	"fr": french.Stem,
	"hu": hungarian.Stem,
	"it": italian.Stem,
	"nb": norwegian.Stem,
	"nl": dutch.Stem,
	"no": norwegian.Stem,
	"pt": portuguese.Stem,
	"ro": romanian.Stem,
	"ru": russian.Stem,
	"sv": swedish.Stem,
	"tr": turkish.Stem,
}

// HasStemmer reports whether Stem has a Snowball stemmer for the language
// (a two-letter ISO 639-1 code such as "it" or "en").
func HasStemmer(lang string) bool {
	_, ok := stemmers[lang]
	return ok
}

// Stem returns the folded Snowball stem of a word in the language: the
// word is lower-cased (accents kept, as the stemmers expect them), stemmed,
// then folded with Fold. Without a stemmer for the language, and for words
// with digits, it returns Fold(word).
func Stem(lang, word string) string {
	f, ok := stemmers[lang]
	if !ok || word == "" || HasDigit(word) {
		return Fold(word)
	}
	lower := strings.ToLower(word)
	if lang == "it" {
		lower = italianEnclitic(lower)
	}
	env := snowball.NewEnv(lower)
	f(env)
	stem := env.Current()
	if lang == "it" {
		stem = italianSuperlative(stem)
	}
	return Fold(stem)
}

// italianSuperlative takes the ending of the absolute superlative off an
// Italian stem (piccantissim: piccant, the stem of piccante; lunghissim:
// lung), which the Snowball stemmer leaves on, so that a superlative
// matches its adjective. The stem left must have three letters or more.
func italianSuperlative(stem string) string {
	rest, ok := strings.CutSuffix(stem, "issim")
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return stem
	}
	// The h kept before i and e (lunghissimo, ricchissimo) is not in
	// the stem of the adjective (lungo: lung, ricco: ricc).
	if strings.HasSuffix(rest, "gh") || strings.HasSuffix(rest, "ch") {
		rest = rest[:len(rest)-1]
	}
	return rest
}

// italianEnclitics are the pronouns an Italian verb form may carry at its
// end, the longest first.
var italianEnclitics = []string{"glielo", "gliela", "glieli", "gliele", "gliene", "gli", "ci", "vi", "mi", "ti", "lo", "la", "li", "le", "ne"}

// italianEnclitic takes the pronoun off an imperative of the second
// person plural or an exhortation of the first (chiamateci: chiamate,
// facciamolo: facciamo), which the Snowball stemmer leaves on (it takes
// it off infinitives and gerunds only). The form left must be one of
// five letters or more.
func italianEnclitic(w string) string {
	for _, p := range italianEnclitics {
		rest, ok := strings.CutSuffix(w, p)
		if !ok || len(rest) < 5 {
			continue
		}
		for _, end := range []string{"ate", "ete", "ite", "iamo"} {
			if strings.HasSuffix(rest, end) {
				return rest
			}
		}
		return w
	}
	return w
}
