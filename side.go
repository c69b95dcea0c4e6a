package fedele

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/numbers"
	"github.com/fedele/fedele/internal/token"
	"github.com/fedele/fedele/segment"
)

// side is one of the two texts of a check: its language, its text, its
// sentences and what each sentence is. The numbers and stems of its
// words are found once, when a rule first asks.
type side struct {
	lang  language.Tag
	code  string // the base language code, such as "en"
	text  string
	lines lineIndex
	sents []segment.Sentence
	roles []role
	nums  [][]numbers.Number // by sentence, nil until found
	found []bool
	stems map[string]string // folded word -> stem
}

// newSide splits text into sentences (one a line when presegmented) and
// gives each its role.
func newSide(text string, lang language.Tag, presegmented bool) *side {
	s := &side{lang: lang, code: baseCode(lang), text: text, lines: newLineIndex(text)}
	if presegmented {
		s.sents = segment.SplitLines(text)
	} else {
		s.sents = segment.New(lang).Split(text)
	}
	s.roles = classify(s.sents)
	s.nums = make([][]numbers.Number, len(s.sents))
	s.found = make([]bool, len(s.sents))
	return s
}

// baseCode is the language part of a tag ("en" of "en-GB").
func baseCode(t language.Tag) string {
	base, _, _ := strings.Cut(t.String(), "-")
	return strings.ToLower(base)
}

// texts returns the text of every sentence.
func (s *side) texts() []string {
	out := make([]string, len(s.sents))
	for i, st := range s.sents {
		out[i] = st.Text
	}
	return out
}

// boilerplate marks the sentences that are not article text.
func (s *side) boilerplate() []bool {
	out := make([]bool, len(s.sents))
	for i, r := range s.roles {
		out[i] = r != content
	}
	return out
}

// document describes the side for the report.
func (s *side) document(name, detected string) Document {
	return Document{Name: name, Lang: s.lang.String(), Detected: detected, Bytes: len(s.text), Sentences: len(s.sents)}
}

// numbersIn returns the numbers of sentence i, found once.
func (s *side) numbersIn(i int) []numbers.Number {
	if !s.found[i] {
		s.nums[i], s.found[i] = numbers.Find(s.sents[i].Text, s.code), true
	}
	return s.nums[i]
}

// stem returns the stem of the folded form of w, remembered.
func (s *side) stem(w string) string {
	f := token.Fold(w)
	if st, ok := s.stems[f]; ok {
		return st
	}
	if s.stems == nil {
		s.stems = map[string]string{}
	}
	st := token.Stem(s.code, f)
	s.stems[f] = st
	return st
}

// stemsOf is the stems of the words of sentences idx, one sentence after
// the other.
func (s *side) stemsOf(idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, stemsOf(s.sents[i].Text, s.stem)...)
	}
	return out
}

// stemsOf returns the stems of the words of text, as stem gives them.
func stemsOf(text string, stem func(word string) string) []string {
	var out []string
	for _, w := range token.Words(text) {
		out = append(out, stem(w.Text(text)))
	}
	return out
}

// spans turns sentence indices into report spans.
func (s *side) spans(idx []int) []Span {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Span, len(idx))
	for k, i := range idx {
		out[k] = s.lines.span(s.sents[i].Start, s.sents[i].End)
	}
	return out
}

// chars is the length in characters of sentences idx.
func (s *side) chars(idx []int) int {
	n := 0
	for _, i := range idx {
		n += utf8.RuneCountInString(s.sents[i].Text)
	}
	return n
}
