package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

var fuzzTags = []language.Tag{language.Italian, language.English, language.German}

// checkString runs String and checks its invariants.
func checkString(t *testing.T, s string, tag language.Tag, opts ...Option) Result {
	t.Helper()
	res := String(s, tag, opts...)
	checkMap(t, s, res.Text, res.Map)
	for seg := range res.Map.Segments() {
		if seg.Exact && s[seg.In.Start:seg.In.End] != res.Text[seg.Out.Start:seg.Out.End] {
			t.Fatalf("String(%q): exact segment %+v is not a copy", s, seg)
		}
	}
	again := String(res.Text, tag, opts...)
	if again.Text != res.Text {
		t.Fatalf("String not idempotent on %q (%v):\n once: %q\ntwice: %q", s, tag, res.Text, again.Text)
	}
	replacing := false
	for _, opt := range opts {
		if opt(options{}).replaceInvalid {
			replacing = true
		}
	}
	if n := countInvalid(s); !replacing && countInvalid(res.Text) != n {
		t.Fatalf("String(%q) = %q: %d invalid bytes in, %d out", s, res.Text, n, countInvalid(res.Text))
	} else if replacing && countInvalid(res.Text) != 0 {
		t.Fatalf("String(%q) with ReplaceInvalid = %q: invalid bytes left", s, res.Text)
	}
	inv := 0
	for _, sp := range res.Invalid {
		inv += sp.Len()
	}
	if inv != countInvalid(s) {
		t.Fatalf("String(%q): Invalid spans cover %d bytes, want %d", s, inv, countInvalid(s))
	}
	for _, c := range res.Changes {
		if c.Replacement == "" && c.Kind != Invisible && c.Kind != TrailingSpace && strings.TrimSpace(c.Original) != "" {
			t.Fatalf("String(%q): change %+v removes text", s, c)
		}
	}
	// The changes, applied to the input, rebuild the output (when they do
	// not nest).
	var b strings.Builder
	last := 0
	nested := false
	for _, c := range res.Changes {
		if c.Kind == InvalidUTF8 && c.Rule == "KeepInvalid" {
			continue
		}
		if c.In.Start < last {
			nested = true
			break
		}
		b.WriteString(s[last:c.In.Start])
		b.WriteString(c.Replacement)
		last = c.In.End
	}
	if !nested {
		b.WriteString(s[last:])
		if b.String() != res.Text {
			t.Fatalf("String(%q): changes rebuild %q, want %q", s, b.String(), res.Text)
		}
	}
	return res
}
