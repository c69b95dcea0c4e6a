// Package langid tells which language a text is written in, from the
// share of its words that are the language's most frequent function
// words. It needs no model: each language is a short embedded list of
// words, and a few hundred characters of running text are enough to tell
// the languages it knows apart. It is used to notice a side in the wrong
// language, such as a source and a translation given the wrong way round.
package langid

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed function_words.txt
var functionWordsFile string

// profile is one language's function words.
type profile struct {
	lang  string
	words map[string]bool
}

// profiles is read once from the embedded file and never changed.
var profiles = parseProfiles(functionWordsFile)

// parseProfiles reads lines of the form "lang: word word word ...";
// a language may span several lines.
func parseProfiles(data string) []profile {
	var ps []profile
	index := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, words, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		lang = strings.TrimSpace(lang)
		i, seen := index[lang]
		if !seen {
			i = len(ps)
			index[lang] = i
			ps = append(ps, profile{lang: lang, words: map[string]bool{}})
		}
		for _, w := range strings.Fields(words) {
			ps[i].words[w] = true
		}
	}
	return ps
}

// Languages returns the base language codes the package knows, such as
// "en" and "it", in the order of the embedded list.
func Languages() []string {
	out := make([]string, len(profiles))
	for i, p := range profiles {
		out[i] = p.lang
	}
	return out
}

// Guess is the result of [Detect].
type Guess struct {
	// Lang is the most likely language, or "" when the text has too few
	// words to tell.
	Lang string
	// Share is the share of the text's words that are function words of
	// Lang, in [0, 1].
	Share float64
	// Margin is Share minus the share of the runner-up language.
	Margin float64
	// Words is the number of words read.
	Words int
}

// MinWords is the number of words below which [Detect] does not guess.
const MinWords = 8

// Detect guesses the language of text. It reads words as runs of
// letters (an apostrophe ends a word, so "dell'energia" gives "dell"
// and "energia"), lower-cased. Detect is safe for concurrent use.
func Detect(text string) Guess {
	hits := make([]int, len(profiles))
	words := 0
	for w := range wordsOf(text) {
		words++
		for i, p := range profiles {
			if p.words[w] {
				hits[i]++
			}
		}
	}
	g := Guess{Words: words}
	if words < MinWords {
		return g
	}
	best, second := -1, -1
	for i := range hits {
		switch {
		case best < 0 || hits[i] > hits[best]:
			second, best = best, i
		case second < 0 || hits[i] > hits[second]:
			second = i
		}
	}
	if best < 0 || hits[best] == 0 {
		return g
	}
	g.Lang = profiles[best].lang
	g.Share = float64(hits[best]) / float64(words)
	g.Margin = g.Share
	if second >= 0 {
		g.Margin -= float64(hits[second]) / float64(words)
	}
	return g
}

// wordsOf yields the lower-cased letter runs of text: slices of text
// when they are lower case already, copies otherwise.
func wordsOf(text string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start, upper := -1, false
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				if start < 0 {
					start, upper = i, false
				}
				upper = upper || unicode.ToLower(r) != r
				i += n
				continue
			}
			if start >= 0 {
				w := text[start:i]
				if upper {
					w = strings.ToLower(w)
				}
				if !yield(w) {
					return
				}
				start = -1
			}
			i += n
		}
		if start >= 0 {
			w := text[start:]
			if upper {
				w = strings.ToLower(w)
			}
			yield(w)
		}
	}
}

// IsFunctionWord reports whether the lower-case word w is one of the
// function words of lang (a base code such as "it"). It is false for
// languages the package does not know.
func IsFunctionWord(lang, w string) bool {
	for _, p := range profiles {
		if p.lang == lang {
			return p.words[w]
		}
	}
	return false
}
