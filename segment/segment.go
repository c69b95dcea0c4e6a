package segment

import (
	"golang.org/x/text/language"
)

// Sentence is one sentence of a text: a span of the original input.
//
// Start and End are byte offsets into the input and Text is
// input[Start:End]. Text keeps the inner line breaks of the sentence as
// they are in the input; white space before and after the sentence is not
// part of it. Para is the index of the paragraph that holds the sentence,
// counted from 0; paragraphs are separated by blank lines.
type Sentence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Para  int    `json:"para"`
	Text  string `json:"text"`
}

// DefaultWindow is the default size, in bytes, of the window a
// [Segmenter] looks at when a paragraph is longer than the window; see
// [WithWindow].
const DefaultWindow = 64 << 10

// minWindow is the smallest window accepted by WithWindow.
const minWindow = 64

// Option configures a [Segmenter].
type Option func(*options)

type options struct {
	window int
}

// WithWindow sets the window size in bytes (default [DefaultWindow];
// values below 64 are raised to 64).
//
// The segmenter reads a text paragraph by paragraph. A paragraph longer
// than the window is segmented window by window: all sentences of a window
// but the last are final, and the next window starts with the last one.
// Decisions that look ahead (the next word, the next line) then see at
// most the rest of the window. A single sentence longer than the window
// makes the window grow until the sentence fits, so memory stays
// proportional to max(window, longest sentence); sentences longer than
// 4,096 bytes are cut where they might have ended (see the package
// documentation), so only a line without terminal punctuation makes it
// grow far.
//
// [Segmenter.Split] and [Scanner] apply the same windows, so they always
// return the same sentences.
func WithWindow(n int) Option {
	return func(o *options) {
		o.window = max(n, minWindow)
	}
}

// A Segmenter splits text in one language into sentences.
//
// A Segmenter is safe for concurrent use by multiple goroutines; its
// language tables are read-only. The zero value splits with the plain
// UAX #29 rules, like New(language.Und).
type Segmenter struct {
	lang   language.Tag
	rules  *rules // nil: plain UAX #29
	window int

	// trace, when set (tests only), is told of every decision the rules
	// take, with the byte offset of the candidate boundary.
	trace func(pos int, r rule, split bool)
}

// New returns a segmenter for the language of tag.
//
// Italian and English have built-in rules (abbreviations, ellipses,
// quotations, lists, line structure; see the package documentation). Any
// other tag, including [language.Und], falls back to the plain Unicode
// sentence boundaries of UAX #29: that is not an error, and
// [Segmenter.Language] then reports [language.Und].
func New(tag language.Tag, opts ...Option) *Segmenter {
	o := options{window: DefaultWindow}
	for _, opt := range opts {
		opt(&o)
	}
	s := &Segmenter{lang: language.Und, window: o.window}
	// Base guesses a language for tags such as "und"; only an exact base
	// selects built-in rules.
	base, conf := tag.Base()
	if conf != language.Exact {
		return s
	}
	switch base.String() {
	case "it":
		s.lang, s.rules = language.Italian, italianRules()
	case "en":
		s.lang, s.rules = language.English, englishRules()
	}
	return s
}

// Languages returns the languages with built-in rules.
func Languages() []language.Tag {
	return []language.Tag{language.Italian, language.English}
}

// Language returns the language whose rules the segmenter applies, or
// [language.Und] when it applies the plain UAX #29 rules.
func (s *Segmenter) Language() language.Tag {
	return s.lang
}

// Split splits text into sentences. The Text of each sentence is a slice
// of text, not a copy.
//
// The time taken is linear in the length of text.
func (s *Segmenter) Split(text string) []Sentence {
	d := newDriver(s)
	var out []Sentence
	pos := 0
	for pos < len(text) {
		out, pos = step(d, text[pos:], pos, true, stringOf, out)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// SplitBytes is like [Segmenter.Split] for a byte slice. The input is
// copied once into a string that the sentences' Text fields share.
func (s *Segmenter) SplitBytes(text []byte) []Sentence {
	return s.Split(string(text))
}

// Split splits text into sentences with the rules of the language of tag.
// It is a shorthand for New(tag).Split(text).
func Split(text string, tag language.Tag) []Sentence {
	return New(tag).Split(text)
}

func stringOf(s string) string { return s }
