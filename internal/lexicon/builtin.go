package lexicon

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

// The built-in English-Italian list and the false friends; see the
// comments at the head of each file for their format.
var (
	//go:embed data/en_it.txt
	enIt string
	//go:embed data/false_friends_en_it.txt
	falseFriendsEnIt string
)

var (
	builtinOnce    sync.Once
	builtinEntries []Entry
	friendsEntries []Entry
)

func loadBuiltin() {
	builtinOnce.Do(func() {
		es, err := Read(strings.NewReader(enIt), Native)
		if err == nil {
			builtinEntries = es
		}
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
// in src and Target in tgt: the English-Italian list in either direction,
// nil for other pairs. The result must not be modified.
func Builtin(src, tgt string) []Entry {
	loadBuiltin()
	switch {
	case src == "en" && tgt == "it":
		return builtinEntries
	case src == "it" && tgt == "en":
		return Swap(builtinEntries)
	}
	return nil
}

// FalseFriends returns the built-in look-alike pairs that do not
// translate each other ("actually", "attualmente"), with Source in src and
// Target in tgt, or nil when there is no list for the pair.
func FalseFriends(src, tgt string) []Entry {
	loadBuiltin()
	switch {
	case src == "en" && tgt == "it":
		return friendsEntries
	case src == "it" && tgt == "en":
		return Swap(friendsEntries)
	}
	return nil
}

var (
	lexOnce          sync.Once
	enItLex, itEnLex *Lexicon
)

// BuiltinLexicon returns the built-in list for a language pair as a
// Lexicon, built once and shared (a Lexicon is immutable), or nil when
// there is no list for the pair.
func BuiltinLexicon(src, tgt string) *Lexicon {
	if !(src == "en" && tgt == "it" || src == "it" && tgt == "en") {
		return nil
	}
	// Both directions at once: they stem the same words.
	lexOnce.Do(func() {
		memo := keyMemo{}
		enItLex = newLexicon("en", "it", Builtin("en", "it"), memo)
		itEnLex = newLexicon("it", "en", Builtin("it", "en"), memo)
	})
	if src == "en" {
		return enItLex
	}
	return itEnLex
}
