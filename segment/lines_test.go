package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestSplitLines(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []Sentence
	}{
		{"empty", "", nil},
		{"blank", " \n\t\r\n \r", nil},
		{"one", "Uno.", []Sentence{{0, 4, 0, "Uno."}}},
		{"lf", "Uno. Due.\nTre", []Sentence{{0, 9, 0, "Uno. Due."}, {10, 13, 0, "Tre"}}},
		{"crlf", "Uno.\r\nDue.\r\n", []Sentence{{0, 4, 0, "Uno."}, {6, 10, 0, "Due."}}},
		{"cr", "Uno.\rDue.\r\rTre.", []Sentence{{0, 4, 0, "Uno."}, {5, 9, 0, "Due."}, {11, 15, 1, "Tre."}}},
		{"trimmed", "  Uno. \t\n\u00a0Due.\u200B", []Sentence{{2, 6, 0, "Uno."}, {11, 15, 0, "Due."}}},
		{"paragraphs", "Uno.\n\n\nDue.\n \nTre.", []Sentence{{0, 4, 0, "Uno."}, {7, 11, 1, "Due."}, {14, 18, 2, "Tre."}}},
		{"leading blank lines", "\n\nUno.", []Sentence{{2, 6, 0, "Uno."}}},
		{"bom", "\uFEFFUno.\nDue.", []Sentence{{3, 7, 0, "Uno."}, {8, 12, 0, "Due."}}},
		{"invisible line", "Uno.\n\uFEFF\u200B\nDue.", []Sentence{{0, 4, 0, "Uno."}, {12, 16, 1, "Due."}}},
		{"nel ls ps", "Uno.\u0085Due.\u2028Tre.\u2029Quattro.", []Sentence{{0, 4, 0, "Uno."}, {6, 10, 0, "Due."}, {13, 17, 0, "Tre."}, {20, 28, 1, "Quattro."}}},
		{"invalid utf-8", "\xffUno.\n\x80", []Sentence{{0, 5, 0, "\xffUno."}, {6, 7, 0, "\x80"}}},
		{"no split inside a line", "Il Sig. Rossi. Poi.", []Sentence{{0, 19, 0, "Il Sig. Rossi. Poi."}}},
	} {
		got := SplitLines(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: SplitLines(%q) (-want +got):\n%s", tc.name, tc.in, diff)
		}
		if diff := cmp.Diff(tc.want, SplitLinesBytes([]byte(tc.in))); diff != "" {
			t.Errorf("%s: SplitLinesBytes(%q) (-want +got):\n%s", tc.name, tc.in, diff)
		}
		checkLines(t, tc.in, got)
	}
}

// checkLines checks the invariants of SplitLines: sentences in order,
// mapping back to the input, on one line each, trimmed and visible,
// covering every visible byte; Para grows by one exactly after a blank
// line.
func checkLines(t *testing.T, text string, got []Sentence) {
	t.Helper()
	prev, para := 0, 0
	for i, s := range got {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) || s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d %+v: bad span (previous end %d)", i, s, prev)
		}
		for j := s.Start; j < s.End; j++ {
			if lineBreakLen(text, j) > 0 {
				t.Fatalf("sentence %d %q holds a line break", i, s.Text)
			}
		}
		r, n := utf8.DecodeRuneInString(s.Text)
		r2, n2 := utf8.DecodeLastRuneInString(s.Text)
		if isInvisible(r, n) || isInvisible(r2, n2) {
			t.Fatalf("sentence %d %q is not trimmed", i, s.Text)
		}
		gap := text[prev:s.Start]
		if visible(gap) {
			t.Fatalf("sentence %d: %q lost before it", i, gap)
		}
		want := para
		if i > 0 && (blankLine(gap) || invisibleLine(gap)) {
			want++
		}
		if s.Para != want {
			t.Fatalf("sentence %d %q: Para %d, want %d (gap %q)", i, s.Text, s.Para, want, gap)
		}
		para, prev = s.Para, s.End
	}
	if visible(text[prev:]) {
		t.Fatalf("%q lost at the end", text[prev:])
	}
}

// invisibleLine reports whether the gap s between two sentences holds a
// whole line, blank or invisible: two line breaks.
func invisibleLine(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if m := lineBreakLen(s, i); m > 0 {
			n++
			i += m - 1
		}
	}
	return n >= 2
}

// FuzzSplitLines checks the invariants of SplitLines on any input.
func FuzzSplitLines(f *testing.F) {
	for _, in := range badInputs {
		f.Add(in)
	}
	f.Add("Uno.\r\n\r\nDue.\rTre.\u2029\uFEFF\u200B\nQuattro.")
	f.Fuzz(func(t *testing.T, text string) {
		checkLines(t, text, SplitLines(text))
	})
}

func BenchmarkSplitLines(b *testing.B) {
	text := strings.Repeat("Il Sig. Rossi è arrivato alle 9.30 in stazione.\r\n", 100_000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		SplitLines(text)
	}
}
