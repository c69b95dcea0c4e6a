package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/internal/token"
)

// Format names a dictionary file format.
type Format int

const (
	// Native is "first<TAB>second", '#' comments.
	Native Format = iota
	// Hunalign is "target @ source".
	Hunalign
)

// Entry is one pair of the list.
type Entry struct {
	Source, Target string // phrases in the source and target language
	// Note is, for a false friend, what the target word really means
	// (see the false-friends list); empty otherwise.
	Note string
}

// ErrFormat is returned for lines that do not follow the format.
var ErrFormat = errors.New("lexicon: malformed line")

// Read parses a dictionary. For Native files the first column is taken
// as the source; for Hunalign files the part after " @ " is the source.
// Lines that are neither blank, comments, nor a pair give an error
// wrapping ErrFormat that names the line.
func Read(r io.Reader, f Format) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimRight(line, "\r")
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%w: line %d: invalid UTF-8", ErrFormat, n)
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		var a, b string
		var ok bool
		switch f {
		case Hunalign:
			b, a, ok = strings.Cut(trimmed, " @ ")
		default:
			a, b, ok = strings.Cut(line, "\t")
			if ok && strings.Contains(b, "\t") {
				// Extra columns (notes) are ignored.
				b, _, _ = strings.Cut(b, "\t")
			}
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		if !ok || a == "" || b == "" {
			return nil, fmt.Errorf("%w: line %d: %q", ErrFormat, n, line)
		}
		out = append(out, Entry{Source: a, Target: b})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return out, nil
}

// Swap returns the entries with source and target exchanged.
func Swap(es []Entry) []Entry {
	out := make([]Entry, len(es))
	for i, e := range es {
		out[i] = Entry{Source: e.Target, Target: e.Source, Note: e.Note}
	}
	return out
}

// Lexicon matches source-language stems to target-language stems.
type Lexicon struct {
	src, tgt string
	fwd      map[string][]string
	n        int
}

// New builds a Lexicon from entries whose Source is in language src and
// Target in language tgt (two-letter codes; unknown languages match by
// folded word).
func New(src, tgt string, entries []Entry) *Lexicon {
	return newLexicon(src, tgt, entries, keyMemo{})
}

// keyMemo remembers the key of each phrase, by language and phrase (a
// list repeats its words, and both directions of a pair share them).
type keyMemo map[[2]string]string

func (m keyMemo) key(lang, phrase string) string {
	k := [2]string{lang, phrase}
	if v, ok := m[k]; ok {
		return v
	}
	v := Key(lang, phrase)
	m[k] = v
	return v
}

func newLexicon(src, tgt string, entries []Entry, memo keyMemo) *Lexicon {
	l := &Lexicon{src: src, tgt: tgt, fwd: make(map[string][]string)}
	add := func(a, b string) {
		if !slices.Contains(l.fwd[a], b) {
			l.fwd[a] = append(l.fwd[a], b)
			l.n++
		}
	}
	// Entries with a single word on a side first: they tell which words
	// of a phrase translate which. An entry of two phrases
	// ("tech company", "società tecnologica") pairs its keys only when
	// neither key's single-word translations are in the other phrase: a
	// phrase made of the translations of its words would otherwise pair
	// two words that do not translate each other ("company" and
	// "tecnologica"). The phrases of an idiom, whose words do not
	// translate one by one, keep their pair. Measured on the synthetic
	// reorganized documents (seeds 11-13, 21-22, 31-33), the interview
	// pair and UD PUD: no figure worse, most better (held-out editorial
	// sentences 0.894/0.894 to 0.902/0.908, faithful quotations flagged
	// 6.5% to 5.6%, the free renderings of UD PUD all aligned 1-1).
	bwd := map[string][]string{}
	var phrases []Entry
	for _, e := range entries {
		ms, mt := strings.Contains(e.Source, " "), strings.Contains(e.Target, " ")
		if ms && mt {
			phrases = append(phrases, e)
			continue
		}
		a, b := memo.key(src, e.Source), memo.key(tgt, e.Target)
		if a == "" || b == "" {
			continue
		}
		add(a, b)
		if !ms && !mt {
			bwd[b] = append(bwd[b], a)
		}
	}
	for _, e := range phrases {
		a, b := memo.key(src, e.Source), memo.key(tgt, e.Target)
		if a == "" || b == "" || anyKey(tgt, e.Target, l.fwd[a], memo) || anyKey(src, e.Source, bwd[b], memo) {
			continue
		}
		add(a, b)
	}
	return l
}

// anyKey reports whether a word of phrase has its key in keys.
func anyKey(lang, phrase string, keys []string, memo keyMemo) bool {
	if len(keys) == 0 {
		return false
	}
	for _, w := range token.Words(phrase) {
		if slices.Contains(keys, memo.key(lang, w.Text(phrase))) {
			return true
		}
	}
	return false
}

// Key returns the matching key of a phrase in a language: the stem of its
// longest word (the first one on ties), or "" when it has no word.
func Key(lang, phrase string) string {
	best := ""
	for _, w := range token.Words(phrase) {
		t := w.Text(phrase)
		if utf8.RuneCountInString(t) > utf8.RuneCountInString(best) {
			best = t
		}
	}
	if best == "" {
		return ""
	}
	return token.Stem(lang, best)
}

// Len returns the number of distinct key pairs.
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return l.n
}

// Translations returns the target keys listed for a source key (as made
// by Key or token.Stem). The result must not be modified.
func (l *Lexicon) Translations(srcKey string) []string {
	if l == nil {
		return nil
	}
	return l.fwd[srcKey]
}

// Match reports whether the source word and target word are listed as
// translations (after stemming each in its language).
func (l *Lexicon) Match(srcWord, tgtWord string) bool {
	return slices.Contains(l.Translations(token.Stem(l.src, srcWord)), token.Stem(l.tgt, tgtWord))
}

// Languages returns the source and target language of the Lexicon.
func (l *Lexicon) Languages() (src, tgt string) { return l.src, l.tgt }
