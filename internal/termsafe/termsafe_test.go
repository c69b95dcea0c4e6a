package termsafe

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Perché no? «Sì».", "Perché no? «Sì»."},
		{"a\tb\nc", "a\tb\nc"},
		// An OSC sequence that retitles the terminal, then one that clears it.
		{"x\x1b]0;pwned\x07\x1b[2Jy", "x␛]0;pwned␇␛[2Jy"},
		{"nul\x00del\x7f", "nul␀del␡"},
		{"cr\rlf", "cr␍lf"},
		// C1 CSI as a character, and a right-to-left override.
		{"a\u009b2Jb", "a<U+009B>2Jb"},
		{"admin\u202e\u2066txt", "admin<U+202E><U+2066>txt"},
		// Not UTF-8: a raw C1 CSI byte.
		{"a\x9b2J", "a<0x9B>2J"},
		// Invisible but harmless characters pass.
		{"zero\u200bwidth\ufeff", "zero\u200bwidth\ufeff"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriterSplits writes a text cut at every byte and checks that the
// Writer shows it as String does.
func TestWriterSplits(t *testing.T) {
	text := "«Sì»\x1b[2J\u202eé\u009b日本\x9b"
	want := String(text)
	for cut := 0; cut <= len(text); cut++ {
		var out bytes.Buffer
		w := NewWriter(&out)
		for _, part := range []string{text[:cut], text[cut:]} {
			if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("cut %d: Write = %d, %v", cut, n, err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("cut %d: %q, want %q", cut, out.String(), want)
		}
	}
}

func TestWriterFlushesCutCharacter(t *testing.T) {
	var out bytes.Buffer
	w := NewWriter(&out)
	w.Write([]byte("ab\xe2\x80"))
	if out.String() != "ab" {
		t.Errorf("before Flush: %q", out.String())
	}
	w.Flush()
	if out.String() != "ab<0xE2><0x80>" {
		t.Errorf("after Flush: %q", out.String())
	}
}

func FuzzString(f *testing.F) {
	f.Add("x\x1b]0;t\x07\u202e\x9b")
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if !utf8.ValidString(got) {
			t.Fatalf("String(%q) = %q is not UTF-8", s, got)
		}
		for _, r := range got {
			if needs(r) {
				t.Fatalf("String(%q) = %q keeps %U", s, got, r)
			}
		}
		if utf8.ValidString(s) && !strings.ContainsFunc(s, needs) && got != s {
			t.Fatalf("String(%q) = %q changed harmless text", s, got)
		}
		var out bytes.Buffer
		w := NewWriter(&out)
		half := len(s) / 2
		w.Write([]byte(s[:half]))
		w.Write([]byte(s[half:]))
		w.Flush()
		if out.String() != got {
			t.Fatalf("Writer %q, String %q", out.String(), got)
		}
	})
}
