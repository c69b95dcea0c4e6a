package evalkit

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseBead(t *testing.T) {
	got, err := ReadBeads(strings.NewReader("[0]:[0]\n[3, 4]:[5]:0.81\n[7]:[]\n[]:[9]:0.70\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Bead{{[]int{0}, []int{0}}, {[]int{3, 4}, []int{5}}, {[]int{7}, nil}, {nil, []int{9}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadBeads (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"[0]", "0:[1]", "[a]:[1]", "[-1]:[2]"} {
		if _, err := ParseBead(bad); err == nil {
			t.Errorf("ParseBead(%q): no error", bad)
		}
	}
	if s := want[1].String(); s != "[3, 4]:[5]" {
		t.Errorf("String = %q", s)
	}
}

func TestScore(t *testing.T) {
	gold := []Bead{{[]int{0}, []int{0}}, {[]int{1, 2}, []int{1}}, {[]int{3}, nil}, {[]int{4}, []int{2}}, {nil, []int{3}}}
	pred := []Bead{{[]int{0}, []int{0}}, {[]int{1}, []int{1}}, {[]int{2}, nil}, {[]int{3}, nil}, {[]int{4}, []int{2, 3}}}
	s := Score(gold, pred)
	// Strict, as vecalign's score.py: precision over all 5 predicted
	// beads, of which [0]:[0] and [3]:[] are in the gold; recall over the
	// 3 gold beads with both sides, of which [0]:[0] is predicted.
	if s.Strict.Correct != 2 || s.Strict.Pred != 5 || s.Strict.Found != 1 || s.Strict.Gold != 3 {
		t.Errorf("strict = %+v", s.Strict)
	}
	// Lax: [1]:[1] and [4]:[2, 3] overlap gold beads, [2]:[] does not
	// (it has no target to share); every gold bead with both sides
	// overlaps a predicted one.
	if s.Lax.Correct != 4 || s.Lax.Found != 3 || s.Lax.R != 1 {
		t.Errorf("lax = %+v", s.Lax)
	}
	// Unaligned: gold {s3, t3}, pred {s2, s3}: 1 right of 2, 1 found of 2.
	if s.Unaligned.Correct != 1 || s.Unaligned.Pred != 2 || s.Unaligned.Gold != 2 {
		t.Errorf("unaligned = %+v", s.Unaligned)
	}
	sum := s.Add(s)
	if sum.Strict.Correct != 4 || sum.Strict.P != s.Strict.P {
		t.Errorf("Add = %+v", sum.Strict)
	}
	if p := Score(gold, gold); p.Strict.F1 != 1 || p.Unaligned.F1 != 1 || p.Lax.F1 != 1 {
		t.Errorf("gold against itself = %+v", p)
	}
}

func testDoc(n int) Doc {
	d := Doc{Name: "t"}
	for i := range n {
		d.Src = append(d.Src, "Source sentence number "+string(rune('A'+i%26))+", with a comma in the middle of it.")
		d.Tgt = append(d.Tgt, "Frase di arrivo numero "+string(rune('A'+i%26))+" del 2025, con una virgola nel mezzo.")
		d.Gold = append(d.Gold, Bead{[]int{i}, []int{i}})
	}
	return d
}

func TestPerturb(t *testing.T) {
	d := testDoc(60)
	plan := Plan{DeleteTarget: 4, DeleteSource: 1, MergeTarget: 2, SplitTarget: 1, ReplaceTarget: 1, ChangeNumber: 1, DropClause: 1, Truncate: 1}
	pool := []string{"Una frase che viene da un altro documento."}
	p1, c1 := Perturb(d, plan, 7, pool)
	p2, c2 := Perturb(d, plan, 7, pool)
	if diff := cmp.Diff(p1, p2); diff != "" {
		t.Fatalf("same seed, different documents:\n%s", diff)
	}
	if diff := cmp.Diff(c1, c2); diff != "" {
		t.Fatalf("same seed, different changes:\n%s", diff)
	}
	count := map[Kind]int{}
	for _, c := range c1 {
		count[c.Kind]++
	}
	if diff := cmp.Diff(map[Kind]int(plan), count); diff != "" {
		t.Errorf("changes per kind (-plan +made):\n%s", diff)
	}
	// The gold alignment covers every sentence once, in order.
	checkCover(t, p1)
	if len(p1.Src) != 60-1 || len(p1.Tgt) != 60-4-2+1 {
		t.Errorf("sizes %d, %d", len(p1.Src), len(p1.Tgt))
	}
	// Each change's truth is in the gold.
	for _, c := range c1 {
		var want Bead
		switch c.Kind {
		case DeleteTarget:
			want = Bead{Src: c.Src}
		case DeleteSource, ReplaceTarget:
			want = Bead{Tgt: c.Tgt}
		default:
			want = Bead{c.Src, c.Tgt}
		}
		if !slices.ContainsFunc(p1.Gold, func(b Bead) bool { return b.String() == want.String() }) {
			t.Errorf("%s: bead %v not in gold", c.Kind, want)
		}
		switch c.Kind {
		case MergeTarget:
			if len(c.Src) != 2 || len(c.Tgt) != 1 {
				t.Errorf("merge %v", c)
			}
		case SplitTarget:
			if len(c.Src) != 1 || len(c.Tgt) != 2 || !strings.HasSuffix(p1.Tgt[c.Tgt[0]], ".") {
				t.Errorf("split %v", c)
			}
		case ChangeNumber:
			if c.Before == c.After || len(c.Before) != len(c.After) {
				t.Errorf("change number %q -> %q", c.Before, c.After)
			}
		}
	}
	if s := Score(p1.Gold, p1.Gold); s.Unaligned.Gold != 4+1+2 {
		t.Errorf("gold unaligned sentences = %d, want 7", s.Unaligned.Gold)
	}
	p3, _ := Perturb(d, plan, 8, pool)
	if cmp.Equal(p1, p3) {
		t.Error("different seeds gave the same document")
	}
}

func checkCover(t *testing.T, d Doc) {
	t.Helper()
	ns, nt := 0, 0
	for _, b := range d.Gold {
		for _, s := range b.Src {
			if s != ns {
				t.Fatalf("source %d out of order", s)
			}
			ns++
		}
		for _, x := range b.Tgt {
			if x != nt {
				t.Fatalf("target %d out of order", x)
			}
			nt++
		}
	}
	if ns != len(d.Src) || nt != len(d.Tgt) {
		t.Fatalf("gold covers %d/%d of %d/%d", ns, nt, len(d.Src), len(d.Tgt))
	}
}

func TestData(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	tb, err := TextBerg(dir)
	if err != nil {
		t.Fatal(err)
	}
	// The Text+Berg gold leaves a few sentences out and has a bead with
	// a gap ([291, 293, 294]); check range and uniqueness.
	seen := map[[2]int]bool{}
	for _, b := range tb.Gold {
		for _, s := range b.Src {
			if s >= len(tb.Src) || seen[[2]int{0, s}] {
				t.Fatalf("textberg gold: source %d", s)
			}
			seen[[2]int{0, s}] = true
		}
		for _, x := range b.Tgt {
			if x >= len(tb.Tgt) || seen[[2]int{1, x}] {
				t.Fatalf("textberg gold: target %d", x)
			}
			seen[[2]int{1, x}] = true
		}
	}
	pairs, err := PUD(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 1000 {
		t.Errorf("PUD pairs = %d", len(pairs))
	}
	docs := PUDDocuments(pairs, 20)
	if len(docs) != 20 {
		t.Fatalf("docs = %d", len(docs))
	}
	for _, d := range docs {
		checkCover(t, d)
		if len(d.Src) < 40 || len(d.Src) > 60 {
			t.Errorf("%s: %d sentences", d.Name, len(d.Src))
		}
	}
}

// Pieces cover the document, in order, each with a gold that covers its
// sentences.
func TestPieces(t *testing.T) {
	d := testDoc(95)
	ps := Pieces(d, 40)
	if len(ps) != 2 {
		t.Fatalf("%d pieces of 95 beads by 40, want 2 (the last 15 joined)", len(ps))
	}
	var src, tgt []string
	for _, p := range ps {
		checkCover(t, p)
		src = append(src, p.Src...)
		tgt = append(tgt, p.Tgt...)
	}
	if len(src) != len(d.Src) || len(tgt) != len(d.Tgt) || src[len(src)-1] != d.Src[len(d.Src)-1] {
		t.Errorf("pieces hold %d and %d sentences, want %d and %d", len(src), len(tgt), len(d.Src), len(d.Tgt))
	}
}
