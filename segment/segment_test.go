package segment

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/rivo/uniseg"
	"golang.org/x/text/language"
)

// checkSentences checks the invariants of a segmentation of text: the
// sentences are in order, do not overlap, are trimmed, map back to the
// input (Text == text[Start:End]), hold no blank line and a visible
// character, and cover every byte that is not white space or invisible
// (see isInvisible); Para grows by one exactly after a blank line.
func checkSentences(t testing.TB, text string, got []Sentence) {
	t.Helper()
	prev, para := 0, 0
	if strings.HasPrefix(text, "\uFEFF") {
		prev = 3
	}
	for i, s := range got {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d:%d] out of order or empty (previous end %d, len %d)", i, s.Start, s.End, prev, len(text))
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d: Text %q != input[%d:%d] %q", i, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		gap := text[prev:s.Start]
		if visible(gap) {
			t.Fatalf("sentence %d: bytes %d..%d %q lost between sentences", i, prev, s.Start, gap)
		}
		if r, _ := utf8.DecodeRuneInString(s.Text); unicode.IsSpace(r) {
			t.Fatalf("sentence %d %q starts with white space", i, s.Text)
		}
		if r, _ := utf8.DecodeLastRuneInString(s.Text); unicode.IsSpace(r) {
			t.Fatalf("sentence %d %q ends with white space", i, s.Text)
		}
		if blankLine(s.Text) {
			t.Fatalf("sentence %d %q holds a blank line", i, s.Text)
		}
		if !visible(s.Text) {
			t.Fatalf("sentence %d %q has no visible character", i, s.Text)
		}
		want := para
		if i > 0 && blankLine(gap) {
			want++
		}
		if s.Para != want {
			t.Fatalf("sentence %d %q: Para %d, want %d (gap %q)", i, s.Text, s.Para, want, gap)
		}
		para, prev = s.Para, s.End
	}
	if rest := text[prev:]; visible(rest) {
		t.Fatalf("bytes %d..%d %q after the last sentence are lost", prev, len(text), rest)
	}
}

// blankLine reports whether s holds two line breaks with only white space
// between them, or a U+2029 PARAGRAPH SEPARATOR.
func blankLine(s string) bool {
	breaks := 0
	for i := 0; i < len(s); {
		if n := lineBreakLen(s, i); n > 0 {
			if n == 3 && s[i+2] == 0xA9 {
				return true
			}
			breaks++
			if breaks == 2 {
				return true
			}
			i += n
			continue
		}
		n := spaceLen(s, i)
		if n == 0 {
			breaks = 0
			_, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
	}
	return false
}

func texts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

func TestNewLanguages(t *testing.T) {
	for _, tc := range []struct {
		tag  string
		want language.Tag
	}{
		{"it", language.Italian},
		{"it-CH", language.Italian},
		{"en", language.English},
		{"en-GB", language.English},
		{"en-Latn-US", language.English},
		{"de", language.Und},
		{"fr", language.Und},
		{"und", language.Und},
		{"zh-Hant", language.Und},
	} {
		if got := New(language.MustParse(tc.tag)).Language(); got != tc.want {
			t.Errorf("New(%s).Language() = %v, want %v", tc.tag, got, tc.want)
		}
	}
	if diff := cmp.Diff([]language.Tag{language.Italian, language.English}, Languages(), cmp.Comparer(func(a, b language.Tag) bool { return a == b })); diff != "" {
		t.Errorf("Languages() (-want +got):\n%s", diff)
	}
}

func TestSplitForms(t *testing.T) {
	text := "Il Sig. Rossi è arrivato. Poi è partito.\n\nFine."
	seg := New(language.Italian)
	var want []Sentence
	for i, s := range []string{"Il Sig. Rossi è arrivato.", "Poi è partito.", "Fine."} {
		start := strings.Index(text, s)
		want = append(want, Sentence{Start: start, End: start + len(s), Para: i / 2, Text: s})
	}
	if diff := cmp.Diff(want, seg.Split(text)); diff != "" {
		t.Errorf("Split (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, seg.SplitBytes([]byte(text))); diff != "" {
		t.Errorf("SplitBytes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, Split(text, language.Italian)); diff != "" {
		t.Errorf("Split func (-want +got):\n%s", diff)
	}
}

// badInputs must neither panic nor lose text.
var badInputs = map[string]string{
	"empty":          "",
	"spaces":         " \t \n\n \r\n ",
	"bom only":       "\uFEFF",
	"bom":            "\uFEFFPrima frase. Seconda frase.",
	"bom and spaces": "\uFEFF  \n Uno.",
	"nul":            "Uno\x00due. Tre\x00.\x00",
	"invalid utf-8":  "\xff\xfe Ciao. \x80Poi.\xc3 Fine \xe2\x80",
	"binary":         "\x00\x01\x02\x03\xfe\xff.\x1b[31m!\x7f? \x00",
	"crlf":           "Uno.\r\nDue.\r\n\r\nTre.\r\n",
	"cr":             "Uno.\rDue.\r\rTre.\r",
	"nel ls ps":      "Uno.\u0085Due.\u2028Tre.\u2029Quattro.",
	"only dots":      ". . . .... … ....",
	"only bullets":   "• • • · - * ⁃",
	"lonely quotes":  "« « » \" ' ’ “ ( [ ) ]",
	"swapped":        "Mr. Smith went to Washington. He met Dr. Jones at 5 p.m. on Jan. 5.",
	"long word":      strings.Repeat("a", 300) + ". B",
	"long token":     strings.Repeat("x.", 400) + " Y",
	"many lines":     strings.Repeat("riga senza punto\n", 200),
	"tabs":           "\tUno.\tDue.\t",
	"zero width":     "Uno.\u200B Due.\u200DTre.",
	"combining":      "Uno.\u0301 Due a\u0301. E\u0301 tre.",
}

// TestBadInput feeds inputs that must neither panic nor lose text.
func TestBadInput(t *testing.T) {
	for name, in := range badInputs {
		for _, tag := range []language.Tag{language.Italian, language.English, language.German} {
			t.Run(name+"/"+tag.String(), func(t *testing.T) {
				checkSentences(t, in, New(tag).Split(in))
				checkSentences(t, in, New(tag, WithWindow(64)).Split(in))
			})
		}
	}
}

func TestLineEnds(t *testing.T) {
	want := []string{"Uno.", "Due.", "Tre."}
	for _, nl := range []string{"\n", "\r\n", "\r", "\u0085", "\u2028"} {
		in := strings.Join(want, nl) + nl
		got := New(language.Italian).Split(in)
		if diff := cmp.Diff(want, texts(got)); diff != "" {
			t.Errorf("line end %q (-want +got):\n%s", nl, diff)
		}
		for _, s := range got {
			if s.Para != 0 {
				t.Errorf("line end %q: %q in paragraph %d, want 0", nl, s.Text, s.Para)
			}
		}
		// Two line ends make a blank line: a new paragraph.
		in = strings.Join(want, nl+nl)
		got = New(language.Italian).Split(in)
		for i, s := range got {
			if s.Para != i {
				t.Errorf("blank lines %q: %q in paragraph %d, want %d", nl, s.Text, s.Para, i)
			}
		}
	}
	// A CR LF is one line end, never a blank line.
	got := New(language.English).Split("Title\r\nThe text.\r\n\r\n\r\nNext.")
	if diff := cmp.Diff([]string{"Title", "The text.", "Next."}, texts(got)); diff != "" {
		t.Errorf("CR LF (-want +got):\n%s", diff)
	}
	if got[1].Para != 0 || got[2].Para != 1 {
		t.Errorf("CR LF paragraphs: %d, %d; want 0, 1", got[1].Para, got[2].Para)
	}
	// A wrapped sentence keeps its line break, whatever the line end.
	for _, nl := range []string{"\n", "\r\n", "\r"} {
		in := "It was a cold" + nl + "night in the city."
		got := New(language.English).Split(in)
		if len(got) != 1 || got[0].Text != in {
			t.Errorf("wrapped with %q: got %q", nl, texts(got))
		}
	}
}

func TestBOM(t *testing.T) {
	got := New(language.Italian).Split("\uFEFFCiao. Come va?")
	want := []Sentence{{Start: 3, End: 8, Text: "Ciao."}, {Start: 9, End: 17, Text: "Come va?"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// A BOM elsewhere is text.
	got = New(language.Italian).Split("Ciao.\uFEFF")
	if len(got) != 1 || got[0].Text != "Ciao.\uFEFF" {
		t.Errorf("inner BOM: got %q", texts(got))
	}
}

// TestLongLine checks that a line of 10 MB without punctuation is one
// sentence (the benchmarks show the time is linear).
func TestLongLine(t *testing.T) {
	n := 10 << 20
	if testing.Short() {
		n = 1 << 20
	}
	line := strings.Repeat("parola ", n/7)
	for _, tag := range []language.Tag{language.Italian, language.English, language.Und} {
		got := New(tag).Split(line)
		if len(got) != 1 || got[0].Start != 0 || got[0].End != len(line)-1 {
			t.Errorf("%v: %d sentences, want one of %d bytes", tag, len(got), len(line)-1)
		}
	}
}

func TestZeroSegmenter(t *testing.T) {
	var seg Segmenter
	text := "Dr. Müller kommt.\nEr ist da."
	if diff := cmp.Diff(New(language.Und).Split(text), seg.Split(text)); diff != "" {
		t.Errorf("zero Segmenter (-New(und) +zero):\n%s", diff)
	}
	if got := scanAll(t, &seg, strings.NewReader(text)); len(got) != 3 {
		t.Errorf("zero Segmenter Scanner: %q", texts(got))
	}
}

func TestConcurrentUse(t *testing.T) {
	seg := New(language.Italian)
	text := strings.Repeat("Il Dott. Rossi è arrivato alle 9. Poi è ripartito… Forse domani.\n", 50)
	want := seg.Split(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if got := seg.Split(text); !cmp.Equal(want, got) {
					t.Error("concurrent Split differs")
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestRulesFiles checks the embedded word lists.
func TestRulesFiles(t *testing.T) {
	for name, data := range map[string]string{"rules_it.txt": rulesIT, "rules_en.txt": rulesEN} {
		r, err := parseRules(data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for w, c := range r.words {
			if c&(classTitle|classMayEnd|classNumber) != 0 && !strings.HasSuffix(w, ".") {
				t.Errorf("%s: abbreviation %q does not end with a period", name, w)
			}
			if c&(classStarter|classLeadIn|classLetter) != 0 {
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
					t.Errorf("%s: starter %q is not capitalized", name, w)
				}
			}
		}
		if r.class("Sig.") == 0 && r.class("Mr.") == 0 {
			t.Errorf("%s: neither Sig. nor Mr. is listed", name)
		}
	}
	for _, bad := range []string{"[nope]\nx.", "x.", "[title]\nSig. ra", "[title", "[title]\nSig.\nDott.\nSig."} {
		if _, err := parseRules(bad); err == nil {
			t.Errorf("parseRules(%q): no error", bad)
		}
	}
	r, err := parseRules("[title]\nsig.\n[starter]\nL'")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"sig.", "Sig.", "L'", "L’"} {
		if r.class(w) == 0 {
			t.Errorf("parseRules: %q does not match", w)
		}
	}
}

// TestTerminatorsMatchUniseg checks isTerminator against uniseg: a
// terminator is a rune r that ends the sentence "a"+r+" " before "B".
func TestTerminatorsMatchUniseg(t *testing.T) {
	step := rune(1)
	if testing.Short() {
		step = 7
	}
	for r := rune(0); r <= unicode.MaxRune; r += step {
		if !utf8.ValidRune(r) || r == '\n' || r == '\r' || r == 0x85 || r == 0x2028 || r == 0x2029 {
			continue
		}
		s := "a" + string(r) + " B"
		first, _, _ := uniseg.FirstSentenceInString(s, -1)
		if uni := first == "a"+string(r)+" "; uni != isTerminator(r) {
			t.Errorf("%U: uniseg terminator %v, isTerminator %v", r, uni, isTerminator(r))
		}
	}
}

// TestLettersMatchUniseg checks that every rune isLetter accepts stops the
// look-ahead of UAX #29 rule SB8 in uniseg, as the regions rely on.
func TestLettersMatchUniseg(t *testing.T) {
	step := rune(1)
	if testing.Short() {
		step = 7
	}
	for r := rune(0); r <= unicode.MaxRune; r += step {
		if !utf8.ValidRune(r) || !isLetter(r) {
			continue
		}
		// An upper-case or other letter: a boundary right before it.
		if first, _, _ := uniseg.FirstSentenceInString("x. "+string(r)+"b", -1); first == "x. " {
			continue
		}
		// A lower-case letter: no boundary at all.
		s := "x. " + string(r) + "B"
		if first, _, _ := uniseg.FirstSentenceInString(s, -1); first == s {
			continue
		}
		t.Errorf("%U %q: isLetter, but not a letter for uniseg", r, r)
	}
}

// TestRegionsMatchUniseg compares the fallback segmenter, which runs
// uniseg only around terminators, with uniseg on the whole text.
func TestRegionsMatchUniseg(t *testing.T) {
	for _, in := range []string{
		"Hello. world. Ok? Yes! No.",
		"a.b. C. 1.2. 3 x. (y) Z.",
		"Mr. Smith (he said.) \"Go.\" 'No.' ¿Sí? ¡Ya! 你好。再见！",
		"e.g. 5 apples. Then... he left.... The end. . . and so on",
		"U.S.A.F. is big. A.B.C. Def. ghi.",
		"x.\u0301 Y. z\u200D. W",
		strings.Repeat("word. ", 100) + strings.Repeat("1 ", 100) + "end. X",
	} {
		if diff := cmp.Diff(unisegSpans(in), spans(New(language.Und).Split(in))); diff != "" {
			t.Errorf("%q: (-uniseg +segment):\n%s", in, diff)
		}
	}
}

// unisegSpans returns the sentences of uniseg on the whole text, trimmed,
// empty and invisible ones dropped, a leading byte order mark skipped.
func unisegSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	if strings.HasPrefix(text, "\uFEFF") {
		start = 3
	}
	rest, state := text[start:], -1
	for len(rest) > 0 {
		var s string
		s, rest, state = uniseg.FirstSentenceInString(rest, state)
		i, j := start, start+len(s)
		for i < j {
			r, n := utf8.DecodeRuneInString(text[i:j])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		j = trimRight(text, j, i)
		if j > i && visible(text[i:j]) {
			out = append(out, [2]int{i, j})
		}
		start += len(s)
	}
	return out
}

func spans(ss []Sentence) [][2]int {
	var out [][2]int
	for _, s := range ss {
		out = append(out, [2]int{s.Start, s.End})
	}
	return out
}

// TestCloseMatchesUniseg checks that every rune isCloseSB accepts is of
// class Close for uniseg: after a period, uniseg breaks after it and the
// space that follows, before a capital; and likewise for isIgnoredSB
// (Extend, Format) and isSpaceSB (Sp).
func TestCloseMatchesUniseg(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || !isCloseSB(r) {
			continue
		}
		for _, s := range []string{"a." + string(r) + " B", "a." + string(r) + string(r) + " b"} {
			first, _, _ := uniseg.FirstSentenceInString(s, -1)
			want := "a." + string(r) + " "
			if s[len(s)-1] == 'b' {
				want = s // ATerm Close* Sp* before a lower-case letter: no break (SB8)
			}
			if first != want {
				t.Errorf("%U %q: isCloseSB, but uniseg gives %q for %q", r, r, first, s)
			}
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || !isIgnoredSB(r) {
			continue
		}
		// Ignored after a closing mark and after a space alike.
		for _, s := range []string{"a.)" + string(r) + " B", "a. " + string(r) + " B"} {
			if first, _, _ := uniseg.FirstSentenceInString(s, -1); first != s[:len(s)-1] {
				t.Errorf("%U: isIgnoredSB, but uniseg gives %q for %q", r, first, s)
			}
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) || !isSpaceSB(r) {
			continue
		}
		s := "a.)" + string(r) + string(r) + ")B"
		if first, _, _ := uniseg.FirstSentenceInString(s, -1); first != "a.)"+string(r)+string(r) {
			t.Errorf("%U: isSpaceSB, but uniseg gives %q for %q", r, first, s)
		}
	}
}

// TestNestingIsSqueezed checks that deeply nested quotation marks and
// brackets after a terminator are not handed whole to uniseg, which reads
// ahead from each of them to the next letter (time of the square of
// their number, the cube for the whole text).
func TestNestingIsSqueezed(t *testing.T) {
	shapes := map[string]func(n int) string{
		"quotes": func(n int) string {
			return "Inizio. " + strings.Repeat("«“‘", n) + "Ciao. Come stai? Bene." + strings.Repeat("’”»", n) + " Fine."
		},
		"brackets": func(n int) string {
			return "Inizio. " + strings.Repeat("(", n) + "Ciao. Bene." + strings.Repeat(")", n)
		},
		"spaces": func(n int) string {
			return "Inizio." + strings.Repeat(" ", n) + "Fine." + strings.Repeat("\u00a0", n) + "x"
		},
		"mixed": func(n int) string {
			return "Fine?!" + strings.Repeat(")\u0301”", n) + strings.Repeat(" \u2003", n) + "ok."
		},
	}
	for name, shape := range shapes {
		for _, tag := range []language.Tag{language.Italian, language.Und} {
			text := shape(20_000)
			d := newDriver(New(tag))
			var got []Sentence
			for pos := 0; pos < len(text); {
				got, pos = step(d, text[pos:], pos, true, stringOf, got)
			}
			checkSentences(t, text, got)
			if d.sp.longest > 4*keepRun+8 {
				t.Errorf("%s, %v: a run of %d bytes after a terminator went to uniseg, want at most %d", name, tag, d.sp.longest, 4*keepRun+8)
			}
		}
		// Shallow enough for uniseg on the whole text to be quick: the
		// fallback finds its boundaries.
		text := shape(300)
		if diff := cmp.Diff(unisegSpans(text), spans(New(language.Und).Split(text))); diff != "" {
			t.Errorf("%s: (-uniseg +segment):\n%s", name, diff)
		}
	}
}

// TestInvisibleText checks that text of nothing but invisible characters
// (byte order marks, zero-width spaces and joiners) is no sentence, for
// Split and the Scanner alike, and does not count as a paragraph.
func TestInvisibleText(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Sentence
	}{
		{"\uFEFF", nil},
		{"\uFEFF\uFEFF\u200B", nil},
		{"\u200B \u200C\n\u200D\u2060\n\n\uFEFF", nil},
		{"Uno.\n\n\u200B\n\nDue.", []Sentence{{0, 4, 0, "Uno."}, {11, 15, 1, "Due."}}},
		{"\u200BUno.", []Sentence{{0, 7, 0, "\u200BUno."}}},
		{"\u0600", []Sentence{{0, 2, 0, "\u0600"}}},
		{"\xff", []Sentence{{0, 1, 0, "\xff"}}},
	} {
		for _, tag := range []language.Tag{language.Italian, language.English, language.Und} {
			got := New(tag).Split(tc.in)
			checkSentences(t, tc.in, got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q, %v (-want +got):\n%s", tc.in, tag, diff)
			}
			if diff := cmp.Diff(tc.want, scanAll(t, New(tag), strings.NewReader(tc.in))); diff != "" {
				t.Errorf("%q, %v, Scanner (-want +got):\n%s", tc.in, tag, diff)
			}
		}
	}
}
