package evalkit

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/segment"
)

// readBundledFree reads testdata/free/renderings.tsv.
func readBundledFree(t *testing.T) []Free {
	t.Helper()
	path, err := FreePath()
	if err != nil {
		t.Fatal(err)
	}
	fs, err := ReadFree(path)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// The bundled set loads, has at least 60 renderings in about equal
// numbers of each kind, each one sentence (so that it stays a 1-1 pair),
// and its README states the counts.
func TestFreeSet(t *testing.T) {
	fs := readBundledFree(t)
	if len(fs) < 60 {
		t.Errorf("%d renderings, want at least 60", len(fs))
	}
	count := map[string]int{}
	for _, f := range fs {
		count[f.Kind]++
		if strings.ContainsAny(f.Italian, "\t\n") || !utf8.ValidString(f.Italian) {
			t.Errorf("%s: bad text %q", f.ID, f.Italian)
		}
		if n := len(segment.Split(f.Italian, language.Italian)); n != 1 {
			t.Errorf("%s: %d sentences, want 1: %q", f.ID, n, f.Italian)
		}
	}
	mean := float64(len(fs)) / float64(len(FreeKinds()))
	path, _ := FreePath()
	readme, err := os.ReadFile(filepath.Join(filepath.Dir(path), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range FreeKinds() {
		n := count[k]
		t.Logf("%-12s %d", k, n)
		if float64(n) < 0.8*mean || float64(n) > 1.2*mean {
			t.Errorf("%s: %d renderings, want about %.0f", k, n, mean)
		}
		if row := fmt.Sprintf("| %s | %d |", k, n); !strings.Contains(string(readme), row) {
			t.Errorf("README.md has no row %q", row)
		}
	}
	if row := fmt.Sprintf("| total | %d |", len(fs)); !strings.Contains(string(readme), row) {
		t.Errorf("README.md has no row %q", row)
	}
}

func TestParseFree(t *testing.T) {
	good := "\ufeff# comment\r\n\nsent_id\tkind\titalian\r\n# another\nx1\tvoice\tUna frase.\r\nx2\tcondense\t Breve. \n"
	got, err := parseFree(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	want := []Free{{"x1", FreeVoice, "Una frase."}, {"x2", FreeCondense, "Breve."}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseFree (-want +got):\n%s", diff)
	}
	const h = "sent_id\tkind\titalian\n"
	for _, bad := range []string{
		"",                                     // no header
		"x1\tvoice\tUna frase.\n",              // no header
		h + "x1\tvoice\n",                      // two fields
		h + "x1\tvoice\tUna\tfrase.\n",         // four fields
		h + "x1\tpassive\tUna frase.\n",        // unknown kind
		h + "x1\tvoice\t \n",                   // empty text
		h + "\tvoice\tUna frase.\n",            // empty id
		h + "x1\tvoice\tA.\nx1\treorder\tB.\n", // id twice
	} {
		if fs, err := parseFree(strings.NewReader(bad)); err == nil {
			t.Errorf("parseFree(%q) = %v, no error", bad, fs)
		}
	}
	if _, err := ReadFree(filepath.Join(t.TempDir(), "none.tsv")); err == nil {
		t.Error("ReadFree of a missing file: no error")
	}
}

// editDistance is the Levenshtein distance between the runes of a and b.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// A rendering counts as a copy of the treebank's sentence when their
// edit distance is at most nearCopyRatio of the longer one's length, or
// at most nearCopyMin. Calibrated on the bundled set against the
// treebank: its closest rendering is at 0.31 of the length, and 15 edits
// from a sentence of 33 characters (the shortest); a dropped, swapped or
// changed word is 0.02-0.10 of a long sentence and under 10 edits.
const (
	nearCopyRatio = 0.2
	nearCopyMin   = 10
)

// nearCopy reports whether a is b or b lightly edited (see
// nearCopyRatio), ignoring case and spacing.
func nearCopy(a, b string) bool {
	a = strings.ToLower(strings.Join(strings.Fields(a), " "))
	b = strings.ToLower(strings.Join(strings.Fields(b), " "))
	n := max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))
	return float64(editDistance(a, b)) <= max(nearCopyRatio*float64(n), nearCopyMin)
}

// lightEdits returns copies of s edited as a careless copier would: the
// last word dropped, two words swapped, a word changed, case changed.
func lightEdits(s string) []string {
	ws := strings.Fields(s)
	out := []string{s, strings.ToUpper(s)}
	if len(ws) >= 4 {
		out = append(out, strings.Join(ws[:len(ws)-1], " "))
		sw := append([]string(nil), ws...)
		sw[1], sw[2] = sw[2], sw[1]
		out = append(out, strings.Join(sw, " "))
		ch := append([]string(nil), ws...)
		ch[len(ch)/2] = "qualcosa"
		out = append(out, strings.Join(ch, " "))
	}
	return out
}

func TestNearCopy(t *testing.T) {
	s := "Nel 1928 venne aperto nel parco un grande campo da golf, vicino alla pista."
	for _, e := range lightEdits(s) {
		if !nearCopy(e, s) {
			t.Errorf("nearCopy(%q, %q) = false, want true", e, s)
		}
	}
	if nearCopy("Accanto alla pista sorse nel 1928 un campo da golf.", s) {
		t.Error("a rendering of its own counted as a copy")
	}
	if d := editDistance("gatto", "gatti"); d != 1 {
		t.Errorf("editDistance = %d", d)
	}
	if d := editDistance("", "città"); d != 5 {
		t.Errorf("editDistance = %d", d)
	}
}

// Against the treebank: every id exists, each of the 20 documents has
// at least 3 renderings, no rendering is the treebank's Italian or a
// light edit of it, renderings that drop clauses or condense are shorter
// than the treebank's, and FreeRender keeps the gold 1-1 and covers the
// documents.
func TestFreeAgainstPUD(t *testing.T) {
	dir := DirOrSkip(t)
	pairs, err := PUD(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := readBundledFree(t)
	free := FreeMap(fs)
	byID := map[string]PUDPair{}
	for _, p := range pairs {
		byID[p.ID] = p
	}
	ratios := map[string][]float64{} // length against the treebank's Italian, by kind
	closest, closestID := 1.0, ""    // smallest edit distance per character
	for _, f := range fs {
		p, ok := byID[f.ID]
		if !ok {
			t.Errorf("%s: not in the treebank", f.ID)
			continue
		}
		ratios[f.Kind] = append(ratios[f.Kind], float64(len(f.Italian))/float64(len(p.It)))
		a, b := strings.ToLower(f.Italian), strings.ToLower(p.It)
		if d := float64(editDistance(a, b)) / float64(max(utf8.RuneCountInString(a), utf8.RuneCountInString(b))); d < closest {
			closest, closestID = d, f.ID
		}
		if nearCopy(f.Italian, p.It) {
			t.Errorf("%s: rendering %q is the treebank's Italian or a light edit of it", f.ID, f.Italian)
		}
		// The check would catch a copy of this very sentence.
		for _, e := range lightEdits(p.It) {
			if !nearCopy(e, p.It) {
				t.Fatalf("%s: a light edit of the treebank's Italian passes the copy check: %q", f.ID, e)
			}
		}
		if f.Kind == FreeDropClauses || f.Kind == FreeCondense {
			if r := float64(len(f.Italian)) / float64(len(p.It)); r > 0.75 {
				t.Errorf("%s (%s): %.2f of the treebank's length, want at most 0.75", f.ID, f.Kind, r)
			}
		}
	}

	for _, k := range FreeKinds() {
		r := ratios[k]
		slices.Sort(r)
		if len(r) > 0 {
			t.Logf("%-12s length against the treebank's Italian: median %.2f, range %.2f-%.2f", k, r[len(r)/2], r[0], r[len(r)-1])
		}
	}
	t.Logf("closest to the treebank's Italian: %s, edit distance %.2f of the longer length", closestID, closest)

	docs, ids := PUDDocumentIDs(pairs, 20)
	if len(docs) != 20 || len(ids) != 20 {
		t.Fatalf("%d documents, %d id lists", len(docs), len(ids))
	}
	total := 0
	for d, doc := range docs {
		if len(ids[d]) != len(doc.Src) {
			t.Fatalf("%s: %d ids for %d sentences", doc.Name, len(ids[d]), len(doc.Src))
		}
		want := 0
		for i, id := range ids[d] {
			if p := byID[id]; p.En != doc.Src[i] || p.It != doc.Tgt[i] {
				t.Fatalf("%s: id %s does not name sentence %d", doc.Name, id, i)
			}
			if _, ok := free[id]; ok {
				want++
			}
		}
		if want < 3 {
			t.Errorf("%s: %d renderings, want at least 3", doc.Name, want)
		}
		got, changes := FreeRender(doc, ids[d], free)
		if len(changes) != want {
			t.Errorf("%s: %d changes, want %d", doc.Name, len(changes), want)
		}
		total += len(changes)
		if diff := cmp.Diff(doc.Gold, got.Gold); diff != "" {
			t.Errorf("%s: gold changed (-want +got):\n%s", doc.Name, diff)
		}
		checkCover(t, got)
		if diff := cmp.Diff(doc.Src, got.Src); diff != "" {
			t.Errorf("%s: source changed:\n%s", doc.Name, diff)
		}
		changed := map[int]bool{}
		for _, c := range changes {
			if c.Kind != FreeRendering || len(c.Src) != 1 || len(c.Tgt) != 1 {
				t.Fatalf("%s: change %+v", doc.Name, c)
			}
			f := free[ids[d][c.Src[0]]]
			if c.After != f.Italian || got.Tgt[c.Tgt[0]] != f.Italian || c.Before != doc.Tgt[c.Tgt[0]] {
				t.Errorf("%s: change %+v does not replace %s by its rendering", doc.Name, c, f.ID)
			}
			changed[c.Tgt[0]] = true
		}
		for i := range doc.Tgt {
			if !changed[i] && got.Tgt[i] != doc.Tgt[i] {
				t.Errorf("%s: target %d changed without a change recorded", doc.Name, i)
			}
		}
	}
	if total != len(fs) {
		t.Errorf("documents hold %d of the %d renderings", total, len(fs))
	}
}

func TestFreeRender(t *testing.T) {
	d := testDoc(6)
	// Make sentences 2-3 a 2-1 bead.
	d.Tgt = append(d.Tgt[:3:3], d.Tgt[4:]...)
	d.Gold = []Bead{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}, {[]int{2, 3}, []int{2}}, {[]int{4}, []int{3}}, {[]int{5}, []int{4}}}
	orig := Doc{Name: d.Name, Src: append([]string(nil), d.Src...), Tgt: append([]string(nil), d.Tgt...), Gold: d.Gold}
	ids := []string{"a", "b", "c", "d", "e"} // one short: sentence 5 has none
	free := FreeMap([]Free{
		{"b", FreeCondense, "Breve."},
		{"c", FreeVoice, "In un 2-1: lasciata."},
		{"e", FreeReorder, "Riordinata."},
		{"f", FreeReorder, "Senza frase."},
	})
	got, changes := FreeRender(d, ids, free)
	want := []Change{
		{Kind: FreeRendering, Src: []int{1}, Tgt: []int{1}, Before: d.Tgt[1], After: "Breve."},
		{Kind: FreeRendering, Src: []int{4}, Tgt: []int{3}, Before: d.Tgt[3], After: "Riordinata."},
	}
	if diff := cmp.Diff(want, changes); diff != "" {
		t.Errorf("changes (-want +got):\n%s", diff)
	}
	if got.Tgt[1] != "Breve." || got.Tgt[3] != "Riordinata." || got.Tgt[2] != d.Tgt[2] || got.Tgt[4] != d.Tgt[4] {
		t.Errorf("targets %q", got.Tgt)
	}
	if diff := cmp.Diff(orig, d); diff != "" {
		t.Errorf("input modified:\n%s", diff)
	}
	checkCover(t, got)
	if _, c := FreeRender(Doc{}, nil, free); len(c) != 0 {
		t.Errorf("empty document: %v", c)
	}
}

// parseFree never panics, and what it returns is well formed.
func FuzzParseFree(f *testing.F) {
	f.Add("sent_id\tkind\titalian\nx1\tvoice\tUna frase.\n")
	f.Add("# c\n\ufeffsent_id\tkind\titalian\r\nx\tcondense\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		fs, err := parseFree(strings.NewReader(in))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, fr := range fs {
			if fr.ID == "" || fr.Italian == "" || !isFreeKind(fr.Kind) || seen[fr.ID] || strings.Contains(fr.Italian, "\t") {
				t.Fatalf("bad rendering %+v", fr)
			}
			seen[fr.ID] = true
		}
	})
}

func ExampleFreeRender() {
	doc := Doc{
		Name: "example",
		Src:  []string{"The committee approved the plan.", "It will start in May."},
		Tgt:  []string{"Il comitato ha approvato il piano.", "Partirà a maggio."},
		Gold: []Bead{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}},
	}
	ids := []string{"s1", "s2"}
	free := FreeMap([]Free{{ID: "s1", Kind: FreeVoice, Italian: "Il piano è stato approvato dal comitato."}})
	got, changes := FreeRender(doc, ids, free)
	for _, c := range changes {
		fmt.Println(c.Kind, c.Src, c.Tgt, free[ids[c.Src[0]]].Kind)
	}
	fmt.Println(got.Tgt[0])
	fmt.Println(got.Gold[0])
	// Output:
	// free-rendering [0] [0] voice
	// Il piano è stato approvato dal comitato.
	// [0]:[0]
}
