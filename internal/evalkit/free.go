package evalkit

import (
	"fmt"
	"io"
	"strings"
)

// FreeRendering is the Kind of a Change made by FreeRender: the target
// sentence of a 1-1 pair replaced by a free rendering of its source. The
// pair stays 1-1 in the gold. It is not a Plan kind: Perturb ignores it.
const FreeRendering Kind = "free-rendering"

// The kinds of free rendering, the values of Free.Kind.
const (
	FreeDropClauses = "drop-clauses" // about half the clauses left out, the rest faithful
	FreeReorder     = "reorder"      // the parts of the sentence in another order, meaning kept
	FreeVoice       = "voice"        // active to passive or the reverse, or a verbal phrase made nominal
	FreeParaphrase  = "paraphrase"   // the same meaning in other words
	FreeCondense    = "condense"     // shorter, the gist kept
)

// FreeKinds returns the five kinds of free rendering, in a fixed order.
func FreeKinds() []string {
	return []string{FreeDropClauses, FreeReorder, FreeVoice, FreeParaphrase, FreeCondense}
}

func isFreeKind(k string) bool {
	switch k {
	case FreeDropClauses, FreeReorder, FreeVoice, FreeParaphrase, FreeCondense:
		return true
	}
	return false
}

// Free is a free Italian rendering of one English sentence of the UD PUD
// treebank (see testdata/free/README.md).
type Free struct {
	ID      string // the treebank's sent_id of the English sentence
	Kind    string // how the rendering is free: one of FreeKinds
	Italian string // the rendering
}

// freeHeader is the header line of a renderings file.
const freeHeader = "sent_id\tkind\titalian"

// ReadFree reads a file of free renderings: one a line, sent_id, kind
// and Italian text separated by tabs, after a header line
// "sent_id<TAB>kind<TAB>italian"; lines starting with '#' and blank
// lines are skipped. An unknown kind, an empty field, a missing header,
// a line without exactly three fields or a sent_id given twice is an
// error naming the line.
func ReadFree(path string) ([]Free, error) {
	return parseFile(path, parseFree)
}

func parseFree(r io.Reader) ([]Free, error) {
	var out []Free
	seen := map[string]int{}
	err := scanTSV(r, freeHeader, []string{"sent_id", "kind", "italian"}, true, func(n int, fields []string) error {
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		fr := Free{ID: fields[0], Kind: fields[1], Italian: fields[2]}
		switch {
		case fr.ID == "" || fr.Italian == "":
			return fmt.Errorf("empty sent_id or text")
		case !isFreeKind(fr.Kind):
			return fmt.Errorf("unknown kind %q", fr.Kind)
		case seen[fr.ID] != 0:
			return fmt.Errorf("%s already given on line %d", fr.ID, seen[fr.ID])
		}
		seen[fr.ID] = n
		out = append(out, fr)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// FreePath returns the path of the project's set of free renderings,
// testdata/free/renderings.tsv in the module root: the first folder
// holding a go.mod found walking up from the working directory.
func FreePath() (string, error) {
	return moduleFile("testdata", "free", "renderings.tsv")
}

// LoadFree reads the project's set of free renderings (FreePath) and
// indexes it by sent_id, as FreeRender takes it.
func LoadFree() (map[string]Free, error) {
	path, err := FreePath()
	if err != nil {
		return nil, err
	}
	fs, err := ReadFree(path)
	if err != nil {
		return nil, err
	}
	return FreeMap(fs), nil
}

// FreeMap indexes renderings by sent_id, as FreeRender takes them.
func FreeMap(fs []Free) map[string]Free {
	m := make(map[string]Free, len(fs))
	for _, f := range fs {
		m[f.ID] = f
	}
	return m
}

// PUDDocumentIDs builds the document pairs of PUDDocuments(pairs, n) and
// returns with them the sent_id of each source sentence: ids[d][i] is
// the identifier of docs[d].Src[i] (and of docs[d].Tgt[i], its gold
// translation).
func PUDDocumentIDs(pairs []PUDPair, n int) (docs []Doc, ids [][]string) {
	docs = PUDDocuments(pairs, n)
	k := 0
	for _, d := range docs {
		var di []string
		for range d.Src {
			di = append(di, pairs[k].ID)
			k++
		}
		ids = append(ids, di)
	}
	return docs, ids
}

// FreeRender returns a copy of doc in which the target sentence of each
// 1-1 gold bead whose source has a rendering in free is replaced by that
// rendering, and the changes made, in document order (Kind
// FreeRendering, Before the replaced target, After the rendering). ids
// gives the sent_id of each source sentence of doc (see PUDDocumentIDs);
// sentences without one, or outside a 1-1 bead, are left as they are.
// The gold alignment is unchanged: a free rendering still translates its
// source, one to one. The kind of rendering of a change is
// free[ids[c.Src[0]]].Kind. doc is not modified.
func FreeRender(doc Doc, ids []string, free map[string]Free) (Doc, []Change) {
	out := Doc{
		Name: doc.Name,
		Src:  append([]string(nil), doc.Src...),
		Tgt:  append([]string(nil), doc.Tgt...),
		Gold: make([]Bead, len(doc.Gold)),
	}
	var changes []Change
	for i, b := range doc.Gold {
		out.Gold[i] = Bead{append([]int(nil), b.Src...), append([]int(nil), b.Tgt...)}
		if len(b.Src) != 1 || len(b.Tgt) != 1 {
			continue
		}
		s, t := b.Src[0], b.Tgt[0]
		if s < 0 || s >= len(ids) || t < 0 || t >= len(out.Tgt) {
			continue
		}
		f, ok := free[ids[s]]
		if !ok || f.Italian == out.Tgt[t] {
			continue
		}
		changes = append(changes, Change{Kind: FreeRendering, Src: []int{s}, Tgt: []int{t}, Before: out.Tgt[t], After: f.Italian})
		out.Tgt[t] = f.Italian
	}
	return out, changes
}
