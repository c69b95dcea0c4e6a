package normalize

import (
	"testing"
	"unicode/utf8"
)

// checkMap verifies the invariants of a map built from in to out: lengths,
// monotonic segments covering both sides, and span queries in both
// directions that stay in bounds, keep order and round-trip.
func checkMap(t testing.TB, in, out string, m *Map) {
	t.Helper()
	if m.InputLen() != len(in) || m.OutputLen() != len(out) {
		t.Fatalf("map lengths %d->%d, want %d->%d", m.InputLen(), m.OutputLen(), len(in), len(out))
	}
	inPos, outPos := 0, 0
	for s := range m.Segments() {
		if s.In.Start != inPos || s.Out.Start != outPos {
			t.Fatalf("segment %+v does not start at %d/%d: not covering or not monotonic", s, inPos, outPos)
		}
		if s.In.End < s.In.Start || s.Out.End < s.Out.Start {
			t.Fatalf("segment %+v is reversed", s)
		}
		if s.In.Len() == 0 && s.Out.Len() == 0 {
			t.Fatalf("empty segment %+v", s)
		}
		if s.Exact && s.In.Len() != s.Out.Len() {
			t.Fatalf("exact segment %+v of unequal lengths", s)
		}
		inPos, outPos = s.In.End, s.Out.End
	}
	if inPos != len(in) || outPos != len(out) {
		t.Fatalf("segments end at %d/%d, want %d/%d", inPos, outPos, len(in), len(out))
	}
	if a, b := m.Output(0, len(in)); a != 0 || b != len(out) {
		t.Fatalf("Output(whole input) = %d,%d, want 0,%d", a, b, len(out))
	}
	// Span queries over every rune boundary pair would be quadratic; use
	// all starts with a few lengths.
	outB := boundaries(out)
	inB := boundaries(in)
	checkDir(t, "Input", outB, len(in), m.Input, m.Output)
	checkDir(t, "Output", inB, len(out), m.Output, m.Input)
}

func checkDir(t testing.TB, name string, bs []int, dstLen int, q, back func(int, int) (int, int)) {
	t.Helper()
	prevS, prevE := -1, -1
	for i, a := range bs {
		for _, d := range []int{0, 1, 2, 7} {
			if i+d >= len(bs) {
				break
			}
			b := bs[i+d]
			s, e := q(a, b)
			if s < 0 || e < s || e > dstLen {
				t.Fatalf("%s(%d,%d) = %d,%d: out of bounds [0,%d]", name, a, b, s, e, dstLen)
			}
			if d == 1 {
				if s < prevS || e < prevE {
					t.Fatalf("%s(%d,%d) = %d,%d after %d,%d: not monotonic", name, a, b, s, e, prevS, prevE)
				}
				prevS, prevE = s, e
				// Round trip: mapping back covers the span we started from,
				// unless the span was deleted (maps to nothing).
				if s < e {
					bs2, be2 := back(s, e)
					if bs2 > a || be2 < b {
						t.Fatalf("%s(%d,%d) = %d,%d maps back to %d,%d, which does not cover it", name, a, b, s, e, bs2, be2)
					}
				}
			}
		}
	}
}

// boundaries returns the rune boundaries of s, 0 and len(s) included.
func boundaries(s string) []int {
	bs := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		bs = append(bs, i)
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return append(bs, len(s))
}

func TestMapQueries(t *testing.T) {
	// "a\u00ADbc’d" folded: a, soft hyphen deleted, bc, ’ -> ', d.
	in := "a\u00ADbc’d"
	out, m := Fold(in)
	if out != "abc'd" {
		t.Fatalf("Fold(%q) = %q", in, out)
	}
	checkMap(t, in, out, m)
	tests := []struct {
		a, b, s, e int
		input      bool
	}{
		{0, 1, 0, 1, true},  // "a"
		{1, 2, 3, 4, true},  // "b": the soft hyphen before it is left out
		{0, 2, 0, 4, true},  // "ab" includes it
		{1, 1, 1, 3, true},  // the empty span at the deletion maps to it
		{3, 4, 5, 8, true},  // "'" is the whole ’
		{3, 5, 5, 9, true},  // "'d"
		{5, 5, 9, 9, true},  // end
		{1, 3, 1, 1, false}, // the soft hyphen maps to an empty span
		{5, 6, 3, 4, false}, // half of ’ maps to the whole replacement
		{-3, 99, 0, 5, false},
	}
	for _, tt := range tests {
		var s, e int
		if tt.input {
			s, e = m.Input(tt.a, tt.b)
		} else {
			s, e = m.Output(tt.a, tt.b)
		}
		if s != tt.s || e != tt.e {
			t.Errorf("input=%v (%d,%d) = %d,%d, want %d,%d", tt.input, tt.a, tt.b, s, e, tt.s, tt.e)
		}
	}
}

func TestMapCompose(t *testing.T) {
	// Two folds in a row: the second is the identity on the first's output,
	// and composing any map with an identity gives it back.
	for _, in := range []string{"", "abc", "  A\u00AD’B…  C  ", "Ǆ e\u0301\u0301x"} {
		out, m := Fold(in)
		id := IdentityMap(len(out))
		c, err := m.Compose(id)
		if err != nil {
			t.Fatal(err)
		}
		checkMap(t, in, out, c)
		if got, want := segs(c), segs(m); !sameSegs(got, want) {
			t.Errorf("Compose(identity) of %q = %v, want %v", in, got, want)
		}
		c, err = IdentityMap(len(in)).Compose(m)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := segs(c), segs(m); !sameSegs(got, want) {
			t.Errorf("identity.Compose of %q = %v, want %v", in, got, want)
		}
	}
	if !IdentityMap(5).IsIdentity() || !(&Map{}).IsIdentity() {
		t.Error("IsIdentity of an identity map is false")
	}
	if _, m := Fold("a\u00ADb"); m.IsIdentity() {
		t.Error("IsIdentity of a map with a deletion is true")
	}
	if _, err := IdentityMap(3).Compose(IdentityMap(4)); err == nil {
		t.Error("Compose of maps that do not chain: no error")
	}
}

func segs(m *Map) []Segment {
	var out []Segment
	for s := range m.Segments() {
		out = append(out, s)
	}
	return out
}

func sameSegs(a, b []Segment) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
