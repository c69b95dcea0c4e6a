package fedele

import "sync"

// pairTables are the word tables of a language pair that the rules read
// from the built-in dictionary, built once per pair.
type pairTables struct {
	// friends maps the stem of a source word to its target look-alikes
	// that do not translate it.
	friends map[string][]falseFriendEntry
	// srcAcronyms and tgtAcronyms map the acronyms of each side that the
	// dictionary lists to their renderings in the other language ("UK":
	// "Regno Unito", "BC": "a.C."), as stems.
	srcAcronyms, tgtAcronyms map[string][][]string
}

var pairTablesCache sync.Map // [2]string{src, tgt} -> *pairTables

// tablesOf returns the word tables of the language pair, built on first
// use.
func tablesOf(src, tgt string) *pairTables {
	k := [2]string{src, tgt}
	if t, ok := pairTablesCache.Load(k); ok {
		return t.(*pairTables)
	}
	t := &pairTables{
		friends:     falseFriends(src, tgt),
		srcAcronyms: acronyms(src, tgt),
		tgtAcronyms: acronyms(tgt, src),
	}
	got, _ := pairTablesCache.LoadOrStore(k, t)
	return got.(*pairTables)
}
