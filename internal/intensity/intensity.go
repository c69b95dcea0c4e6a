package intensity

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed intensity.txt
var tableData string

// Class is the kind of meaning a phrase grades.
type Class string

// The classes of the table.
const (
	Degree     Class = "degree"     // intensifiers and downtoners
	Quantifier Class = "quantifier" // how much of a set
	Frequency  Class = "frequency"  // how often
	Certainty  Class = "certainty"  // how sure
	Modal      Class = "modal"      // how bound: might … will … must
	Evaluative Class = "evaluative" // judgements, with their polarity
)

// Classes lists every class, in the order Compare reports them.
var Classes = []Class{Degree, Quantifier, Frequency, Certainty, Modal, Evaluative}

// Entry is a line of the table.
type Entry struct {
	Lang     string  // "en" or "it"
	Phrase   string  // lower case, words separated by one space, apostrophe '
	Strength float64 // from -3 to +3
	Class    Class
}

// Item is a phrase of the table found in a text.
type Item struct {
	// Start and End are byte offsets of the phrase in the text.
	Start, End int
	// Phrase is the table's phrase, Strength and Class its entry's.
	Phrase   string
	Strength float64
	Class    Class
}

// node is a state of the phrase trie of a language: one edge a token.
type node struct {
	next  map[string]*node
	entry *Entry
}

// table is the loaded table: the entries and a trie per language.
type table struct {
	entries []Entry
	roots   map[string]*node
	err     error
}

var (
	loadOnce sync.Once
	loaded   table
)

// get returns the table, parsing it on first use.
func get() *table {
	loadOnce.Do(func() {
		loaded = parseTable(tableData)
	})
	return &loaded
}

// parseTable parses the table's text. A bad line makes the whole table
// an error (reported by the tests), never a panic.
func parseTable(text string) table {
	t := table{roots: map[string]*node{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.err = fmt.Errorf("intensity.txt:%d: %d fields, want 4", n, len(f))
			return t
		}
		s, err := strconv.ParseFloat(f[2], 64)
		if err != nil || s < -3 || s > 3 {
			t.err = fmt.Errorf("intensity.txt:%d: strength %q not a number from -3 to 3", n, f[2])
			return t
		}
		c := Class(f[3])
		if !validClass(c) {
			t.err = fmt.Errorf("intensity.txt:%d: class %q", n, f[3])
			return t
		}
		e := Entry{Lang: f[0], Phrase: f[1], Strength: s, Class: c}
		toks := tokens(e.Phrase)
		if len(toks) == 0 || strings.Join(phraseWords(toks, e.Phrase), " ") != strings.ReplaceAll(e.Phrase, " '", "'") {
			t.err = fmt.Errorf("intensity.txt:%d: phrase %q is not lower-case words separated by single spaces", n, e.Phrase)
			return t
		}
		t.entries = append(t.entries, e)
	}
	for i := range t.entries {
		e := &t.entries[i]
		root := t.roots[e.Lang]
		if root == nil {
			root = &node{}
			t.roots[e.Lang] = root
		}
		cur := root
		for _, tok := range tokens(e.Phrase) {
			key := e.Phrase[tok.start:tok.end]
			if cur.next == nil {
				cur.next = map[string]*node{}
			}
			nx := cur.next[key]
			if nx == nil {
				nx = &node{}
				cur.next[key] = nx
			}
			cur = nx
		}
		if cur.entry != nil {
			t.err = fmt.Errorf("intensity.txt: %s %q listed twice", e.Lang, e.Phrase)
			return t
		}
		cur.entry = e
	}
	return t
}

// phraseWords rebuilds the words of a table phrase from its tokens, an
// apostrophe joined to the word before it, to check the phrase's form.
func phraseWords(toks []token, phrase string) []string {
	var words []string
	for _, tk := range toks {
		w := phrase[tk.start:tk.end]
		if w != strings.ToLower(w) {
			return nil
		}
		if !tk.spaced && len(words) > 0 {
			words[len(words)-1] += w
		} else {
			words = append(words, w)
		}
	}
	return words
}

func validClass(c Class) bool {
	for _, x := range Classes {
		if c == x {
			return true
		}
	}
	return false
}

// Entries returns the table's entries for a language ("en", "it"; a
// region or script subtag is ignored), in the table's order; nil for a
// language the table does not have.
func Entries(lang string) []Entry {
	t := get()
	lang = base(lang)
	var out []Entry
	for _, e := range t.entries {
		if e.Lang == lang {
			out = append(out, e)
		}
	}
	return out
}

// base returns the lower-case primary subtag of a BCP 47 tag.
func base(lang string) string {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return strings.ToLower(lang)
}

// token is a word or an apostrophe of a text.
type token struct {
	start, end int
	// spaced reports that only white space (at least one character)
	// separates the token from the previous one; the first token of a
	// text is spaced.
	spaced bool
	// joined reports that nothing separates the token from the previous
	// one (an apostrophe and the word it is part of).
	joined bool
}

// isApostrophe reports whether r is written as an apostrophe: ', ’ or ʼ.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// tokens splits a text into words (runs of letters, digits and marks)
// and apostrophes, in one pass.
func tokens(text string) []token {
	var out []token
	gapStart := 0    // end of the previous token
	gapSpace := true // the gap since the previous token is only white space
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			out = append(out, token{start: i, end: j, spaced: spaced(out, i, gapStart, gapSpace), joined: i == gapStart && len(out) > 0})
			i, gapStart, gapSpace = j, j, true
		case isApostrophe(r):
			out = append(out, token{start: i, end: i + size, spaced: spaced(out, i, gapStart, gapSpace), joined: i == gapStart && len(out) > 0})
			i += size
			gapStart, gapSpace = i, true
		default:
			if !unicode.IsSpace(r) || r == utf8.RuneError {
				gapSpace = false
			}
			i += size
		}
	}
	return out
}

// spaced reports whether a token at i, after the gap from gapStart,
// is spaced: the first of the text, or after white space only.
func spaced(out []token, i, gapStart int, gapSpace bool) bool {
	return len(out) == 0 || i > gapStart && gapSpace
}

// key returns the trie key of a token of text: the word in lower case,
// or "'" for an apostrophe.
func key(text string, tk token) string {
	w := text[tk.start:tk.end]
	r, _ := utf8.DecodeRuneInString(w)
	if isApostrophe(r) {
		return "'"
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// Find returns the phrases of the table in text for the language lang
// ("en" or "it"; a region subtag is ignored), in order, without overlap:
// at each word the longest phrase that starts there, the words of a
// phrase separated by white space only. It returns nil for a language
// the table does not have.
func Find(lang, text string) []Item {
	t := get()
	if t.err != nil {
		return nil
	}
	lang = base(lang)
	root := t.roots[lang]
	if root == nil {
		return nil
	}
	toks := tokens(text)
	keys := make([]string, len(toks))
	for i, tk := range toks {
		keys[i] = key(text, tk)
	}
	var out []Item
	for i := 0; i < len(toks); {
		cur, last, lastEnd := root, (*Entry)(nil), -1
		for j := i; j < len(toks); j++ {
			if j > i && !toks[j].spaced && !toks[j].joined {
				break // punctuation between the words
			}
			cur = cur.next[keys[j]]
			if cur == nil {
				break
			}
			if cur.entry != nil {
				last, lastEnd = cur.entry, j
			}
		}
		// A word of an English contraction with n't is not the word
		// itself: "can" in "can't".
		if last != nil && lang == "en" && lastEnd+2 < len(toks) &&
			keys[lastEnd+1] == "'" && toks[lastEnd+1].joined && keys[lastEnd+2] == "t" && toks[lastEnd+2].joined {
			last = nil
		}
		if last == nil {
			i++
			continue
		}
		out = append(out, Item{Start: toks[i].start, End: toks[lastEnd].end,
			Phrase: last.Phrase, Strength: last.Strength, Class: last.Class})
		i = lastEnd + 1
	}
	return out
}
