package lexicon

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// The built-in lists and the false friends; see data/README.md for their
// format.
var (
	//go:embed data/en_it.txt
	enIt string
	//go:embed data/false_friends_en_it.txt
	falseFriendsEnIt string
	//go:embed data/de_fr.txt
	deFr string
)

// builtinList is a built-in list of one language pair, with its first
// language in src. Each list is parsed, and its Lexicons built, the first
// time the pair is asked for.
type builtinList struct {
	src, tgt string
	data     *string

	once    sync.Once
	entries []Entry

	lexOnce  sync.Once
	fwd, rev *Lexicon
}

func (b *builtinList) load() []Entry {
	b.once.Do(func() {
		if es, err := Read(strings.NewReader(*b.data), Native); err == nil {
			b.entries = es
		}
	})
	return b.entries
}

// lexicons returns the Lexicons of both directions, built once: they stem
// the same words.
func (b *builtinList) lexicons() (fwd, rev *Lexicon) {
	b.lexOnce.Do(func() {
		es := b.load()
		memo := keyMemo{}
		b.fwd = newLexicon(b.src, b.tgt, es, memo)
		b.rev = newLexicon(b.tgt, b.src, Swap(es), memo)
	})
	return b.fwd, b.rev
}

var builtinLists = []*builtinList{
	{src: "en", tgt: "it", data: &enIt},
	{src: "de", tgt: "fr", data: &deFr},
}

// findList returns the built-in list of the pair src, tgt in either
// direction, and whether src is the list's first language.
func findList(src, tgt string) (b *builtinList, forward bool) {
	for _, b := range builtinLists {
		switch {
		case b.src == src && b.tgt == tgt:
			return b, true
		case b.src == tgt && b.tgt == src:
			return b, false
		}
	}
	return nil, false
}

var (
	friendsOnce    sync.Once
	friendsEntries []Entry
)

func loadFriends() {
	friendsOnce.Do(func() {
		sc := bufio.NewScanner(strings.NewReader(falseFriendsEnIt))
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) >= 2 && f[0] != "" && f[1] != "" {
				e := Entry{Source: f[0], Target: f[1]}
				if len(f) >= 3 {
					e.Note = f[2]
				}
				friendsEntries = append(friendsEntries, e)
			}
		}
	})
}

// Builtin returns the built-in entries for a language pair, with Source
// in src and Target in tgt: the English-Italian and the German-French
// lists, each in either direction; nil for other pairs. The result must
// not be modified.
func Builtin(src, tgt string) []Entry {
	b, forward := findList(src, tgt)
	if b == nil {
		return nil
	}
	if forward {
		return b.load()
	}
	return Swap(b.load())
}

// FalseFriends returns the built-in look-alike pairs that do not
// translate each other ("actually", "attualmente"), with Source in src and
// Target in tgt, or nil when there is no list for the pair (only
// English-Italian has one).
func FalseFriends(src, tgt string) []Entry {
	loadFriends()
	switch {
	case src == "en" && tgt == "it":
		return friendsEntries
	case src == "it" && tgt == "en":
		return Swap(friendsEntries)
	}
	return nil
}

// BuiltinLexicon returns the built-in list for a language pair as a
// Lexicon, built once and shared (a Lexicon is immutable), or nil when
// there is no list for the pair.
func BuiltinLexicon(src, tgt string) *Lexicon {
	b, forward := findList(src, tgt)
	if b == nil {
		return nil
	}
	fwd, rev := b.lexicons()
	if forward {
		return fwd
	}
	return rev
}
