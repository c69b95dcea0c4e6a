package normalize

import (
	"testing"
	"unicode/utf8"
)

// FuzzFold checks on any byte string that Fold does not panic, is
// idempotent, keeps invalid bytes, and returns a map that is monotonic,
// covers both texts and answers span queries in both directions.
func FuzzFold(f *testing.F) {
	for _, tt := range foldTests {
		f.Add(tt.in, false)
		f.Add(tt.in, true)
	}
	for _, tt := range stringTests {
		f.Add(tt.in, len(tt.in)%2 == 0)
	}
	f.Fuzz(func(t *testing.T, s string, strip bool) {
		var fo Folder
		if strip {
			fo = NewFolder(StripAccents())
		}
		k, m := fo.Fold(s)
		checkMap(t, s, k, m)
		if again := fo.Key(k); again != k {
			t.Fatalf("Fold(%q) = %q, Fold again = %q", s, k, again)
		}
		if b := fo.AppendFold(nil, s); string(b) != k {
			t.Fatalf("AppendFold(%q) = %q, Fold = %q", s, b, k)
		}
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8 from valid input", s, k)
		}
		if countInvalid(s) != countInvalid(k) {
			t.Fatalf("Fold(%q) = %q: invalid bytes lost or added", s, k)
		}
	})
}

// countInvalid counts the bytes of s that are not part of valid UTF-8.
func countInvalid(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// FuzzString checks on any byte string, in Italian, English and a language
// without conventions, that String does not panic, is idempotent, keeps
// every invalid byte (or replaces it when asked), returns a map that is
// monotonic, covers both texts and answers span queries in both directions,
// and lists changes that rebuild the output from the input.
func FuzzString(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.in, uint8(0))
	}
	for _, tt := range foldTests {
		f.Add(tt.in, uint8(5))
	}
	for _, tt := range balanceTests {
		f.Add(tt.in, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, knobs uint8) {
		tag := fuzzTags[int(knobs)%len(fuzzTags)]
		opts := []Option{RecordChanges()}
		if knobs&4 != 0 {
			opts = append(opts, PlainSpaces())
		}
		if knobs&8 != 0 {
			opts = append(opts, ReplaceInvalid())
		}
		if knobs&16 != 0 {
			opts = append(opts, PrimaryQuotes(DoubleCurly))
		}
		res := checkString(t, s, tag, opts...)
		// Chain the normalizer and the folder: the composed map goes from
		// the key straight back to the input, and covers what the two maps
		// one after the other cover.
		key, fm := Fold(res.Text)
		c, err := res.Map.Compose(fm)
		if err != nil {
			t.Fatal(err)
		}
		checkMap(t, s, key, c)
		for _, a := range boundaries(key) {
			for _, b := range []int{a, a + 1, len(key)} {
				if b > len(key) || b < a {
					continue
				}
				x, y := fm.Input(a, b)
				x, y = res.Map.Input(x, y)
				cx, cy := c.Input(a, b)
				if a < b && (cx > x || cy < y) {
					t.Fatalf("composed Input(%d,%d) = %d,%d does not cover %d,%d", a, b, cx, cy, x, y)
				}
			}
		}
		for _, im := range Balance(s) {
			for _, sp := range []Span{im.Open, im.Close} {
				if sp.Start != -1 && (sp.Start < 0 || sp.End > len(s) || sp.End <= sp.Start) {
					t.Fatalf("Balance(%q): bad span %+v in %+v", s, sp, im)
				}
			}
		}
	})
}
