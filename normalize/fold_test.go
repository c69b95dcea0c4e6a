package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var foldTests = []struct {
	in, want, strip string
}{
	// Empty and white space only.
	{"", "", ""},
	{"   ", "", ""},
	{"\t\r\n\u00A0\u2009", "", ""},
	// ASCII: case, runs of white space, ends trimmed.
	{"Hello World", "hello world", ""},
	{"  Hello \t\r\n World  ", "hello world", ""},
	{"already folded", "already folded", ""},
	{"GPT-5 AND 40%", "gpt-5 and 40%", ""},
	{"`quoted'", "'quoted'", ""},
	// Quotes of every kind become one form.
	{"«Ciao» “ciao” „ciao“ \"ciao\"", `"ciao" "ciao" "ciao" "ciao"`, ""},
	{"‹a› ‘b’ ‚c‘ 'd'", `'a' 'b' 'c' 'd'`, ""},
	{"l’AI l'AI l´AI lʼAI", "l'ai l'ai l'ai l'ai", ""},
	{"5′10″", `5'10"`, ""},
	// Dashes and minus signs.
	{"a – b — c ― d ‐ e − 5", "a - b - c - d - e - 5", ""},
	// Ellipsis.
	{"Allora…", "allora...", ""},
	{"allora...", "allora...", ""},
	// Space variants.
	{"10\u00A0000 \u202Fkm\u3000x", "10 000 km x", ""},
	{"a\u2028b\u2029c\u0085d", "a b c d", ""},
	// Invisible characters.
	{"\uFEFFBOM", "bom", ""},
	{"in\u00ADcre\u00ADdi\u00ADbile", "incredibile", ""},
	// A mark after an invisible character composes with the letter before
	// it once the character is gone: the key is NFC, and folding it again
	// changes nothing.
	{"A\u00AD\u0323", "\u1EA1", "a"},
	{"\u00E9\u200B\u0323", "\u1EB9\u0301", "e"},
	{"zero\u200Bwidth", "zerowidth", ""},
	{"a \u200B b", "a b", ""},
	// Accents: kept, or stripped by option.
	{"Perché È così", "perché è così", "perche e cosi"},
	{"PERCHÉ", "perché", "perche"},
	{"Città, VIRTÙ, più", "città, virtù, più", "citta, virtu, piu"},
	{"façade naïve Ångström", "façade naïve ångström", "facade naive angstrom"},
	{"Øre Łódź", "øre łódź", "øre łodz"},
	// Decomposed input is composed first (NFC).
	{"perche\u0301", "perché", "perche"},
	{"E\u0300 vero", "è vero", "e vero"},
	{"x\u0301", "x\u0301", "x"},
	{"\u212B", "å", "a"},           // ANGSTROM SIGN
	{"\u0F5C", "\u0F5B\u0FB7", ""}, // decomposes (composition exclusion)
	// Full case folding.
	{"Straße", "strasse", ""},
	{"ΣΊΣΥΦΟΣ", "σίσυφοσ", "σισυφοσ"},
	{"ﬁne", "fine", ""},
	{"İstanbul", "i̇stanbul", "istanbul"},
	{"МОСКВА", "москва", ""},
	// Other scripts keep their marks when accents are stripped.
	{"हिन्दी", "हिन्दी", "हिन्दी"},
	{"日本語", "日本語", ""},
	// Invalid UTF-8 is kept as is.
	{"a\xffB", "a\xffb", ""},
	{"\xc3", "\xc3", ""},
	{"\xc3(", "\xc3(", ""},
}

func TestFold(t *testing.T) {
	strip := NewFolder(StripAccents())
	for _, tt := range foldTests {
		got, m := Fold(tt.in)
		if got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkMap(t, tt.in, got, m)
		if k := (Folder{}).Key(tt.in); k != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, k, tt.want)
		}
		if b := NewFolder().AppendFold([]byte("prefix:"), tt.in); string(b) != "prefix:"+tt.want {
			t.Errorf("AppendFold(%q) = %q, want %q", tt.in, b, "prefix:"+tt.want)
		}
		want := tt.strip
		if want == "" {
			want = tt.want
		}
		got2, m2 := strip.Fold(tt.in)
		if got2 != want {
			t.Errorf("Fold(%q, StripAccents()) = %q, want %q", tt.in, got2, want)
		}
		checkMap(t, tt.in, got2, m2)
		for _, f := range []Folder{{}, strip} {
			k := f.Key(tt.in)
			if again := f.Key(k); again != k {
				t.Errorf("Fold not idempotent on %q: %q then %q", tt.in, k, again)
			}
		}
	}
}

// TestFoldEveryRune folds each rune alone and after a capital letter, and
// each mark after T and after İ (which folds to i and a mark), with and
// without accents, and checks idempotence and the map.
func TestFoldEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	folders := []Folder{{}, NewFolder(StripAccents())}
	var buf []byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		cases := []string{string(r), "A" + string(r) + string(r)}
		if unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
			cases = append(cases, "T"+string(r), "\u0130"+string(r), "\xff\u0130"+string(r)+"\xff")
		}
		for _, s := range cases {
			for _, f := range folders {
				buf = f.AppendFold(buf[:0], s)
				k := string(buf)
				if again := f.AppendFold(nil, k); string(again) != k {
					t.Fatalf("%U: Fold(%q) = %q, Fold again = %q", r, s, k, again)
				}
				if utf8.ValidString(s) != utf8.ValidString(k) || countInvalid(s) != countInvalid(k) {
					t.Fatalf("%U: Fold(%q) = %q: invalid bytes changed", r, s, k)
				}
			}
		}
		if _, listed := lookupFold(r); listed || r%97 == 0 || !norm.NFC.IsNormalString(string(r)) {
			s := "x" + string(r) + " Y"
			k, m := Fold(s)
			checkMap(t, s, k, m)
		}
	}
}

func TestFoldNoCopy(t *testing.T) {
	s := strings.Repeat("gia folded text ", 10)
	s = s[:len(s)-1]
	if n := testing.AllocsPerRun(100, func() { _ = (Folder{}).Key(s) }); n != 0 {
		t.Errorf("Key of a key allocates %v times, want 0", n)
	}
	buf := make([]byte, 0, 1024)
	in := "L’Energia «Nucleare» È PIÙ… economica"
	if n := testing.AllocsPerRun(100, func() { buf = (Folder{}).AppendFold(buf[:0], in) }); n != 0 {
		t.Errorf("AppendFold allocates %v times, want 0", n)
	}
	f := NewFolder(StripAccents())
	if n := testing.AllocsPerRun(100, func() { buf = f.AppendFold(buf[:0], in) }); n != 0 {
		t.Errorf("Folder.AppendFold allocates %v times, want 0", n)
	}
}

func TestFoldExplain(t *testing.T) {
	in := "  «L’Età»\u00A0– Più…\u00AD "
	key, _, changes := NewFolder(StripAccents()).Explain(in)
	if key != `"l'eta" - piu...` {
		t.Fatalf("key %q", key)
	}
	var got []string
	var b strings.Builder
	last := 0
	for _, c := range changes {
		got = append(got, c.Rule+":"+c.Original)
		b.WriteString(in[last:c.In.Start])
		b.WriteString(c.Replacement)
		last = c.In.End
	}
	b.WriteString(in[last:])
	want := []string{"FoldSpace:  ", "FoldQuote:«", "FoldCase:L", "FoldApostrophe:’", "FoldCase:E", "FoldAccent:à", "FoldQuote:»",
		"FoldSpace:\u00A0", "FoldDash:–", "FoldCase:P", "FoldAccent:ù", "FoldEllipsis:…", "FoldInvisible:\u00AD", "FoldSpace: "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Explain rules\n got %q\nwant %q", got, want)
	}
	if b.String() != key {
		t.Errorf("changes rebuild %q, want %q", b.String(), key)
	}
	_, _, changes = (Folder{}).Explain("a\xffB")
	if len(changes) != 2 || changes[0].Kind != InvalidUTF8 || changes[1].Kind != CaseFold {
		t.Errorf("Explain(%q) = %+v, want an invalid byte and a case change", "a\xffB", changes)
	}
}
