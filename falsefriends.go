package fedele

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele/internal/lexicon"
	"github.com/fedele/fedele/internal/token"
)

// The false-friend rule: a source word rendered by a look-alike that
// does not translate it (actually: attualmente).

// falseFriendEntry is a look-alike of a source word that does not
// translate it.
type falseFriendEntry struct {
	src, tgt string // the two lemmas, folded
	tgtStem  string
	// narrow is set when the look-alike does translate the word in a
	// narrow sense (the list's note says "also"): a possible false friend.
	narrow bool
}

// falseFriends builds the look-alike table of a language pair, by the
// stem of the source lemma.
func falseFriends(src, tgt string) map[string][]falseFriendEntry {
	m := map[string][]falseFriendEntry{}
	for _, e := range lexicon.FalseFriends(src, tgt) {
		if strings.Contains(e.Source, " ") || strings.Contains(e.Target, " ") {
			continue
		}
		s, t := token.Fold(e.Source), token.Fold(e.Target)
		st := token.Stem(src, s)
		m[st] = append(m[st], falseFriendEntry{src: s, tgt: t, tgtStem: token.Stem(tgt, t), narrow: strings.Contains(e.Note, "also")})
	}
	return m
}

// inflects reports whether the folded word w of language lang, whose
// stem is that of lemma, is lemma or one of its inflections rather than a
// derivation that the stemmer gave the same stem ("larger", not
// "largely"; "larghi", not "largamente"). In English, w is lemma with an
// inflectional ending (-s, -es, -d, -ed, -ing, -'s, -er, -est, a final e
// dropped, a final y turned to i, a final consonant doubled); in other
// languages, whose endings are many, w starts with lemma less its last two
// letters and is at most three letters longer or shorter.
func inflects(lang, w, lemma string) bool {
	if w == lemma {
		return true
	}
	if lang == "en" {
		bases := []string{lemma, strings.TrimSuffix(lemma, "e")}
		if b, ok := strings.CutSuffix(lemma, "y"); ok {
			bases = append(bases, b+"i")
		}
		if n := len(lemma); n > 0 {
			bases = append(bases, lemma+lemma[n-1:])
		}
		for _, b := range bases {
			if rest, ok := strings.CutPrefix(w, b); ok {
				switch rest {
				case "s", "es", "d", "ed", "ing", "'s", "s'", "r", "st", "er", "est":
					return true
				}
			}
		}
		return false
	}
	lw, ll := utf8.RuneCountInString(w), utf8.RuneCountInString(lemma)
	if lw > ll+3 || lw < ll-3 {
		return false
	}
	r := []rune(lemma)
	return strings.HasPrefix(w, string(r[:max(1, len(r)-2)]))
}

// friendFact is the false-friend fact of a pair: the target words that
// render a source word by its look-alike, those source words, and
// whether every look-alike translates its word in a narrow sense.
type friendFact struct {
	found    []item
	srcWords []string
	narrow   bool
}

// falseFriends finds the false friends of the pair, once. A target word
// that is the source word itself (a loan word: "rumor" in Italian) is not
// a false friend, nor is a source word that is part of a name ("Real
// Estate").
func (v *pairView) falseFriends() friendFact {
	if v.friends == nil {
		found, srcWords, narrow := v.findFalseFriends()
		v.friends = &friendFact{found, srcWords, narrow}
	}
	return *v.friends
}

func (v *pairView) findFalseFriends() (found []item, srcWords []string, narrow bool) {
	friends := v.c.tables.friends
	narrow = true
	if len(friends) == 0 {
		return nil, nil, narrow
	}
	src, tgt := v.c.src, v.c.tgt
	var tgtStems map[string][]word // made when a source word has look-alikes
	for _, w := range v.src {
		if w.name {
			continue
		}
		entries := friends[src.stem(w.text)]
		if len(entries) == 0 {
			continue
		}
		if tgtStems == nil {
			tgtStems = map[string][]word{}
			for _, w := range v.tgt {
				st := tgt.stem(w.text)
				tgtStems[st] = append(tgtStems[st], w)
			}
		}
		sw := token.Fold(w.text)
		for _, ff := range entries {
			if !inflects(src.code, sw, ff.src) {
				continue
			}
			for _, tw := range tgtStems[ff.tgtStem] {
				if !ff.renders(tgt, token.Fold(tw.text), sw) {
					continue
				}
				found = append(found, item{sent: tw.sent, start: tw.start, end: tw.end, text: tw.text})
				srcWords = append(srcWords, w.text)
				narrow = narrow && ff.narrow
				break
			}
		}
	}
	return found, srcWords, narrow
}

// renders reports whether the folded target word tf is the look-alike
// of the entry, an inflection of it, rendering the folded source word
// sw: not the source word itself, a loan word ("rumor" for "rumors").
func (ff falseFriendEntry) renders(tgt *side, tf, sw string) bool {
	return tgt.stem(tf) == ff.tgtStem && inflects(tgt.code, tf, ff.tgt) && tf != sw && tf+"s" != sw && tf+"es" != sw
}

// falseFriend reports a source word rendered by its look-alike: an error,
// or a warning when each look-alike translates the word in a narrow sense.
func falseFriend(v *pairView) []Finding {
	if !v.comparable() {
		return nil
	}
	ff := v.falseFriends()
	if len(ff.found) == 0 {
		return nil
	}
	ev := Evidence{SourceItems: ff.srcWords, TargetItems: itemTexts(ff.found)}
	if ff.narrow {
		return []Finding{v.finding(FalseFriend, SeverityWarning,
			fmt.Sprintf("A possible false friend: %s is rendered by its look-alike %s, which translates it only in a narrow sense.",
				quoteList(ff.srcWords, 4), itemList(ff.found)), ev)}
	}
	return []Finding{v.finding(FalseFriend, SeverityError,
		fmt.Sprintf("A false friend: %s is rendered by its look-alike %s, which means something else.",
			quoteList(ff.srcWords, 4), itemList(ff.found)), ev)}
}
