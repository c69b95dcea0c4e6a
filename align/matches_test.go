package align

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// WithoutMatches changes nothing of the alignment but the matches it
// keeps, and Scorer.Matches gives back, bead by bead, the matches the
// default alignment holds.
func TestWithoutMatches(t *testing.T) {
	for _, p := range goldenPairs {
		dir := filepath.Join("testdata", "golden")
		src := readLines(t, filepath.Join(dir, p.name+"."+p.src))
		tgt := readLines(t, filepath.Join(dir, p.name+"."+p.tgt))
		langs := WithLanguages(language.Make(p.src), language.Make(p.tgt))
		full := NewScorer(src, tgt, langs).Align()
		s := NewScorer(src, tgt, langs, WithoutMatches())
		lean := s.Align()
		if len(lean) != len(full) {
			t.Fatalf("%s: %d beads without matches, %d with", p.name, len(lean), len(full))
		}
		matched := 0
		for k, b := range lean {
			if len(b.Evidence.Matches) != 0 {
				t.Errorf("%s: bead %d keeps %d matches", p.name, k, len(b.Evidence.Matches))
			}
			want := full[k]
			wantMatches := want.Evidence.Matches
			want.Evidence.Matches = nil
			if diff := cmp.Diff(want, b); diff != "" {
				t.Errorf("%s: bead %d differs (-with +without):\n%s", p.name, k, diff)
			}
			if len(b.Src) == 0 || len(b.Tgt) == 0 {
				continue
			}
			got, err := s.Matches(b.Src, b.Tgt)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantMatches, got); diff != "" {
				t.Errorf("%s: matches of bead %d (-Align +Matches):\n%s", p.name, k, diff)
			}
			matched += len(got)
		}
		if matched == 0 {
			t.Errorf("%s: no bead has a match", p.name)
		}
	}
}

// Matches refuses indices out of range, as Evidence does.
func TestMatchesBadIndex(t *testing.T) {
	s := NewScorer([]string{"a b"}, []string{"a b"})
	if _, err := s.Matches([]int{1}, []int{0}); err == nil {
		t.Error("source index out of range: no error")
	}
	if _, err := s.Matches([]int{0}, []int{-1}); err == nil {
		t.Error("target index out of range: no error")
	}
}
