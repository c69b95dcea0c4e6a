package token

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"Hello, world.", []string{"Hello", "world"}},
		// Numbers keep their separators between digits.
		{"2,63 miliardi e 170.500.000,00 euro", []string{"2,63", "miliardi", "e", "170.500.000,00", "euro"}},
		{"It costs 3.5 dollars, 4.", []string{"It", "costs", "3.5", "dollars", "4"}},
		{"40% of 1,000", []string{"40", "of", "1,000"}},
		// Hyphens between word characters join.
		{"GPT-5 and Himalaya-Chronik - not this", []string{"GPT-5", "and", "Himalaya-Chronik", "not", "this"}},
		// Apostrophes split Italian elision.
		{"dell'immigrazione l’anno", []string{"dell", "immigrazione", "l", "anno"}},
		// Addresses stay whole, trailing punctuation is dropped.
		{"See https://example.org/a?b=c. Or www.test.it!", []string{"See", "https://example.org/a?b=c", "Or", "www.test.it"}},
		{"mail info@example.org now", []string{"mail", "info@example.org", "now"}},
		// Invalid UTF-8 separates.
		{"ab\xffcd", []string{"ab", "cd"}},
		{"città perché", []string{"città", "perché"}},
		{"e\u0301cole", []string{"e\u0301cole"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range Words(tt.in) {
			got = append(got, w.Text(tt.in))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Words(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "abc"},
		{"Città", "citta"},
		{"PERCHÉ", "perche"},
		{"Straße", "strasse"},
		{"Œuvre", "œuvre"},
		{"l’anno", "l'anno"},
		{"e\u0301cole", "ecole"},
		{"GPT‑5", "gpt-5"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "infrastructures", "infrastructur"},
		{"en", "Running", "run"},
		{"it", "infrastrutturale", "infrastruttural"},
		{"it", "città", "citt"},
		{"de", "Bergen", "berg"},
		{"xx", "Bergen", "bergen"},
		{"en", "GPT-5", "gpt-5"},
		// A pronoun on an imperative or an exhortation is taken off.
		{"it", "chiamateci", Stem("it", "chiamate")},
		{"it", "facciamolo", Stem("it", "facciamo")},
		// An absolute superlative has its adjective's stem.
		{"it", "piccantissimo", Stem("it", "piccante")},
		{"it", "comodissimi", Stem("it", "comodi")},
		{"it", "lunghissima", Stem("it", "lunga")},
		{"it", "ricchissimi", Stem("it", "ricchi")},
		{"it", "prossimo", "prossim"},
		{"it", "massimo", "massim"},
	}
	for _, w := range []string{"ditemelo", "atene", "quiete", "vitelli", "cavaliere"} {
		if got := italianEnclitic(w); got != w {
			t.Errorf("italianEnclitic(%q) = %q, want it unchanged", w, got)
		}
	}
	for _, tt := range tests {
		if got := Stem(tt.lang, tt.in); got != tt.want {
			t.Errorf("Stem(%q, %q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}

func TestClasses(t *testing.T) {
	if !IsUpper("NATO") || IsUpper("Nato") || IsUpper("A") || !IsUpper("GPT-5") {
		t.Error("IsUpper")
	}
	if !IsCapitalized("Roma") || IsCapitalized("roma") || IsCapitalized("5G") {
		t.Error("IsCapitalized")
	}
	if !HasDigit("GPT-5") || HasDigit("gpt") {
		t.Error("HasDigit")
	}
	if !IsURL("https://example.org") || !IsURL("info@example.org") || IsURL("example") {
		t.Error("IsURL")
	}
}

func FuzzWords(f *testing.F) {
	f.Add("2,63 miliardi dell'anno https://x.org GPT-5")
	f.Add("\xff\xfe-.,@")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, w := range Words(s) {
			if w.Start < prev || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("bad span %v after %d in %q", w, prev, s)
			}
			prev = w.End
			_ = Fold(w.Text(s))
		}
	})
}

// isWordRune's shortcuts agree with the definition on every rune.
func TestIsWordRuneAllRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// urlLen looks only at words starting with h or w: no other rune folds to
// the first letter of "http://", "https://" or "www.".
func TestURLFirstLetters(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if (strings.EqualFold(string(r), "h") || strings.EqualFold(string(r), "w")) && !strings.ContainsRune("hHwW", r) {
			t.Errorf("%U folds to h or w", r)
		}
	}
}
