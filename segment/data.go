package segment

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The language rules, one file per language. See the comment at the top
// of each file for the format and the meaning of each section.
var (
	//go:embed rules_it.txt
	rulesIT string
	//go:embed rules_en.txt
	rulesEN string
)

// Word classes, as the sections of a rules file.
const (
	classTitle        uint16 = 1 << iota // [title]: never ends a sentence
	classMayEnd                          // [may-end]: ends one only before a starter
	classNumber                          // [number]: never ends one before a number
	classStarter                         // [starter]: commonly begins a sentence
	classLeadIn                          // [lead-in]: opens an introductory phrase
	classContinuation                    // [continuation]: a line cannot end with it
	classLetter                          // [letter]: a one-letter word
	classSpeech                          // [speech]: goes on a sentence after "?" or "!"
)

var sections = map[string]uint16{
	"title":        classTitle,
	"may-end":      classMayEnd,
	"number":       classNumber,
	"starter":      classStarter,
	"lead-in":      classLeadIn,
	"continuation": classContinuation,
	"letter":       classLetter,
	"speech":       classSpeech,
}

// rules are the word lists of one language, read-only once parsed.
type rules struct {
	words map[string]uint16
	// vowelWords: the words of the language end in a vowel, so that a
	// word that ends in a consonant before a period is likely an
	// abbreviation (Italian "meteor.", "idraul.").
	vowelWords bool
}

// class returns the classes of word (0 when it is in no list).
func (r *rules) class(word string) uint16 {
	return r.words[word]
}

var (
	italianRules = sync.OnceValue(func() *rules {
		r := mustParseRules("rules_it.txt", rulesIT)
		r.vowelWords = true
		return r
	})
	englishRules = sync.OnceValue(func() *rules { return mustParseRules("rules_en.txt", rulesEN) })
)

// mustParseRules parses an embedded rules file. The files are part of the
// package and tested, so an error is a bug in the package, not bad input.
func mustParseRules(name, data string) *rules {
	r, err := parseRules(data)
	if err != nil {
		panic(fmt.Sprintf("segment: %s: %v", name, err))
	}
	return r
}

// parseRules reads a rules file: sections "[name]" of one entry a line,
// "#" comments, blank lines ignored. An entry that starts with a
// lower-case letter also matches with its first letter in upper case; an
// entry with an apostrophe (') also matches with a typographic one (’).
func parseRules(data string) (*rules, error) {
	r := &rules{words: make(map[string]uint16)}
	written := make(map[string]uint16) // the sections of each entry as written
	var cur uint16
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") {
			name, ok := strings.CutSuffix(line[1:], "]")
			c, known := sections[name]
			if !ok || !known {
				return nil, fmt.Errorf("line %d: unknown section %q", n+1, line)
			}
			cur = c
			continue
		}
		if cur == 0 {
			return nil, fmt.Errorf("line %d: entry %q before any section", n+1, line)
		}
		if strings.ContainsFunc(line, unicode.IsSpace) {
			return nil, fmt.Errorf("line %d: entry %q contains white space", n+1, line)
		}
		if written[line]&cur != 0 {
			return nil, fmt.Errorf("line %d: %q repeated in its section", n+1, line)
		}
		written[line] |= cur
		for _, w := range variants(line) {
			r.words[w] |= cur
		}
	}
	return r, nil
}

// variants returns the spellings an entry matches.
func variants(w string) []string {
	out := []string{w}
	if r, n := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
		out = append(out, string(unicode.ToUpper(r))+w[n:])
	}
	for _, v := range out {
		if strings.Contains(v, "'") {
			out = append(out, strings.ReplaceAll(v, "'", "’"))
		}
	}
	return out
}
