package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
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
	replacing, recording := false, false
	for _, opt := range opts {
		var o options
		opt(&o)
		replacing = replacing || o.replaceInvalid
		recording = recording || o.record
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
		if c.In.Start < last {
			nested = true
			break
		}
		b.WriteString(s[last:c.In.Start])
		b.WriteString(c.Replacement)
		last = c.In.End
	}
	if !nested && recording {
		b.WriteString(s[last:])
		if b.String() != res.Text {
			t.Fatalf("String(%q): changes rebuild %q, want %q", s, b.String(), res.Text)
		}
	}
	return res
}

func TestStringInvalid(t *testing.T) {
	in := "a\xff\xfeb\xc3"
	for _, opts := range [][]Option{nil, {ReplaceInvalid()}} {
		res := String(in, language.Italian, append(opts, RecordChanges())...)
		if len(res.Invalid) != 2 || res.Invalid[0] != (Span{1, 3}) || res.Invalid[1] != (Span{4, 5}) {
			t.Errorf("Invalid = %v, want [{1 3} {4 5}]", res.Invalid)
		}
		if len(opts) == 0 && (res.Text != in || len(res.Changes) != 0) {
			t.Errorf("kept: %q with %d changes", res.Text, len(res.Changes))
		}
		if len(opts) == 1 && (res.Text != "a\uFFFDb\uFFFD" || len(res.Changes) != 2) {
			t.Errorf("replaced: %q with %d changes", res.Text, len(res.Changes))
		}
	}
	if res := Bytes([]byte(in), language.Italian); res.Text != in || len(res.Invalid) != 2 {
		t.Errorf("Bytes: %q %v", res.Text, res.Invalid)
	}
}

// TestStringEveryRune normalizes, in context, every rune that NFC changes
// and every mark the typography rules look at, and checks the invariants.
func TestStringEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	n := 0
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || norm.NFC.IsNormalString(string(r)) && classify(r) == classOther {
			continue
		}
		n++
		for _, s := range []string{string(r), "l'x" + string(r) + " \"y" + string(r) + "\"."} {
			checkString(t, s, language.Italian, RecordChanges())
			checkString(t, s, language.English, PlainSpaces())
		}
	}
	t.Logf("%d runes", n)
}
