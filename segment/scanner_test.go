package segment

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// scanAll reads all the sentences of r with a Scanner.
func scanAll(t testing.TB, seg *Segmenter, r io.Reader) []Sentence {
	t.Helper()
	sc := seg.NewScanner(r)
	var out []Sentence
	for sc.Scan() {
		out = append(out, sc.Sentence())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("Scanner: %v", err)
	}
	return out
}

// chunkReader returns at most n bytes a read.
type chunkReader struct {
	r io.Reader
	n int
}

func (c chunkReader) Read(p []byte) (int, error) {
	return c.r.Read(p[:min(len(p), c.n)])
}

// readers returns readers of s that deliver it in different ways.
func readers(s string) map[string]io.Reader {
	return map[string]io.Reader{
		"whole":   strings.NewReader(s),
		"one":     iotest.OneByteReader(strings.NewReader(s)),
		"half":    iotest.HalfReader(strings.NewReader(s)),
		"dataerr": iotest.DataErrReader(strings.NewReader(s)),
		"chunk7":  chunkReader{strings.NewReader(s), 7},
		"chunk4k": chunkReader{strings.NewReader(s), 4093},
	}
}

func scannerInputs(t *testing.T) map[string]string {
	in := map[string]string{}
	for _, doc := range goldenDocs {
		in[doc.name] = readTestdata(t, doc.name)
		in[doc.name+" crlf"] = strings.ReplaceAll(in[doc.name], "\n", "\r\n")
		in[doc.name+" one paragraph"] = strings.ReplaceAll(in[doc.name], "\n\n", "\n")
	}
	var all []string
	for _, tc := range ruleTests {
		all = append(all, tc.in)
	}
	in["rule cases, lines"] = strings.Join(all, "\n")
	in["rule cases, paragraphs"] = strings.Join(all, "\n\n")
	in["rule cases, one line"] = strings.Join(all, " ")
	in["long sentence"] = "Inizio. " + strings.Repeat("parola ", 3000) + "fine. Dopo."
	in["bom"] = "\uFEFF \n\nUno. Due."
	in["spaces between"] = "Uno." + strings.Repeat(" ", 500) + "Due." + strings.Repeat("\n", 300) + "Tre."
	return in
}

// TestScannerMatchesSplit checks that a Scanner finds the same sentences
// as Split, whatever the window and however the reader delivers the text.
func TestScannerMatchesSplit(t *testing.T) {
	for name, text := range scannerInputs(t) {
		for _, tag := range []language.Tag{language.Italian, language.English, language.Und} {
			for _, w := range []int{64, 100, 257, 4096, DefaultWindow} {
				seg := New(tag, WithWindow(w))
				want := seg.Split(text)
				checkSentences(t, text, want)
				for rname, r := range readers(text) {
					got := scanAll(t, seg, r)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("%s, %v, window %d, reader %s (-Split +Scanner):\n%s", name, tag, w, rname, diff)
					}
				}
			}
		}
	}
}

// TestWindowDoesNotMatterForShortParagraphs checks that paragraphs shorter
// than the window are split the same whatever the window.
func TestWindowDoesNotMatterForShortParagraphs(t *testing.T) {
	for _, doc := range goldenDocs {
		text := readTestdata(t, doc.name)
		want := New(doc.tag).Split(text)
		got := New(doc.tag, WithWindow(2000)).Split(text)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-default window +2000):\n%s", doc.name, diff)
		}
	}
}

// TestScannerLongSentence reads a sentence much longer than the window.
func TestScannerLongSentence(t *testing.T) {
	long := "Poi " + strings.Repeat("senza punto ", 100_000)
	text := "Prima. " + long + "\n\nDopo."
	got := scanAll(t, New(language.Italian, WithWindow(64)), strings.NewReader(text))
	want := []string{"Prima.", strings.TrimSpace(long), "Dopo."}
	if diff := cmp.Diff(want, texts(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff[:min(len(diff), 500)])
	}
}

// TestScannerMemory checks that the buffer of a Scanner stays within a
// bound that does not depend on the length of the input.
func TestScannerMemory(t *testing.T) {
	para := "Il Sig. Rossi è arrivato alle 9. Poi è ripartito… Forse domani tornerà.\n"
	for name, sep := range map[string]string{"paragraphs": "\n", "one paragraph": ""} {
		text := strings.Repeat(para+sep, 40_000) // about 3 MB
		for _, w := range []int{1 << 10, DefaultWindow} {
			sc := New(language.Italian, WithWindow(w)).NewScanner(strings.NewReader(text))
			n, most := 0, 0
			for sc.Scan() {
				n++
				most = max(most, cap(sc.buf))
			}
			if sc.Err() != nil {
				t.Fatal(sc.Err())
			}
			if n != 3*40_000 {
				t.Errorf("%s, window %d: %d sentences, want %d", name, w, n, 3*40_000)
			}
			if bound := 4 * (w + readSize); most > bound {
				t.Errorf("%s, window %d: buffer grew to %d bytes, want at most %d", name, w, most, bound)
			}
			t.Logf("%s, window %d: %d bytes of input, buffer at most %d bytes", name, w, len(text), most)
		}
	}
}

func TestScannerReadError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("Uno. Due.\n\nTre. "), iotest.ErrReader(boom))
	sc := New(language.Italian).NewScanner(r)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Sentence().Text)
	}
	if !errors.Is(sc.Err(), boom) {
		t.Errorf("Err() = %v, want %v", sc.Err(), boom)
	}
	if sc.Scan() {
		t.Error("Scan after an error returned true")
	}
	// The first paragraph was read in full; "Tre." may go on.
	if diff := cmp.Diff([]string{"Uno.", "Due."}, got); diff != "" {
		t.Errorf("sentences before the error (-want +got):\n%s", diff)
	}
}

type badReader struct{}

func (badReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

func TestScannerBadReader(t *testing.T) {
	sc := New(language.Italian).NewScanner(badReader{})
	if sc.Scan() {
		t.Error("Scan returned true on a reader with an invalid count")
	}
	if sc.Err() == nil {
		t.Error("no error for a reader with an invalid count")
	}
}

func TestScannerEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\n", "\uFEFF", "\uFEFF\n"} {
		if got := scanAll(t, New(language.English), strings.NewReader(in)); len(got) != 0 {
			t.Errorf("%q: %d sentences, want none", in, len(got))
		}
	}
}

// scannerEdge is a text of 142 bytes that a Scanner with a window of 142
// bytes once split otherwise than Split: it did not know that the input
// ended with the window.
var scannerEdge = strings.Repeat("0", 45) + "\n" + strings.Repeat("0", 39) + "\n" + strings.Repeat("0", 54) + "\n0"

// TestScannerInputEndsWithWindow checks a Scanner on texts exactly as long
// as the window, and one byte longer or shorter, for every size of reads.
func TestScannerInputEndsWithWindow(t *testing.T) {
	texts := []string{scannerEdge}
	for _, doc := range goldenDocs {
		texts = append(texts, readTestdata(t, doc.name)[:3000])
	}
	for _, text := range texts {
		for _, w := range []int{len(text) - 1, len(text), len(text) + 1} {
			for _, tag := range []language.Tag{language.Italian, language.English, language.Und} {
				seg := New(tag, WithWindow(w))
				want := seg.Split(text)
				for _, n := range []int{1, 7, 64, 141, 142, 143, 4096} {
					got := scanAll(t, seg, chunkReader{strings.NewReader(text), n})
					if diff := cmp.Diff(want, got); diff != "" {
						t.Fatalf("%q, %v, window %d, reads of %d (-Split +Scanner):\n%s", text[:20], tag, w, n, diff)
					}
				}
			}
		}
	}
}
