package extract

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/linecol"
	"github.com/fedele/fedele/segment"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Just text.", "Just text."},
		{"paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo.\n\n"},
		{"white space collapses", "<p>  One \n\t two  </p>", "One two\n\n"},
		{"inline elements join", "<p>A <b>bold</b><i>italic</i> word</p>", "A bolditalic word\n\n"},
		{"entities", "<p>&lt;a&gt; &amp;amp; &eacute; &#233; &#xE9; &copy</p>", "<a> &amp; é é é ©\n\n"},
		{"not an entity", "<p>AT&T &; &#; &nosuch;</p>", "AT&T &; &#; &nosuch;\n\n"},
		{"br", "<p>a<br>b<br/>c</p>", "a\nb\nc\n\n"},
		{"blocks nest", "<div><div><p>x</p></div></div><div>y</div>", "x\n\ny\n\n"},
		{"head and scripts", "<head><title>T</title><script>s()</script></head><body>B</body>", "B\n\n"},
		{"unclosed head", "<html><head><title>T</title><p>body text", "body text"},
		{"text in head ends it", "<head><meta charset=utf-8>Text", "Text"},
		{"style in body", "<p>a</p><style>p{}</style><p>b</p>", "a\n\nb\n\n"},
		{"comment", "a<!-- <p>b</p> -->c", "ac"},
		{"svg", "<p>a<svg><text>no</text></svg>b</p>", "ab\n\n"},
		{"pre keeps layout", "<pre>a  b\n  c</pre>", "a  b\n  c\n\n"},
		{"pre keeps one blank line at most", "<pre>a\n\n\n\nb&#10;&#10;&#10;c</pre>", "a\n\nb\n\nc\n\n"},
		{"a reference to white space is white space", "a&#10;&#10;&#10;b&#9;&#x20;c", "a b c"},
		{"nbsp is kept", "a&nbsp;&nbsp;b", "a\u00a0\u00a0b"},
		{"byte order mark", "\uFEFF<p>x</p>", "x\n\n"},
		{"unclosed tag", "<p>a <b>b", "a b"},
		{"stray end tags", "</p></div>a</b>", "a"},
		{"attributes are not text", `<p title="no"><img alt="no">yes</p>`, "yes\n\n"},
		{"empty", "", ""},
		{"markup only", "<div></div><p></p>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := HTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if x.Text != tt.want {
				t.Errorf("HTML(%q) = %q, want %q", tt.in, x.Text, tt.want)
			}
			checkMap(t, x)
		})
	}
}

func TestHTMLNotUTF8(t *testing.T) {
	_, err := HTML([]byte("<p>ok</p>\n<p>caf\xe9</p>"))
	if err == nil || !strings.Contains(err.Error(), "line 2, column 7") {
		t.Errorf("error %v, want one at line 2, column 7", err)
	}
}

// checkMap checks the invariants of the map: the text's bytes that were
// copied are the document's bytes at their place, and the offsets grow
// with the text, within the document.
func checkMap(t *testing.T, x *Text) {
	t.Helper()
	prevStart, prevEnd := 0, 0
	for i := 0; i <= len(x.Text); i++ {
		s, e := x.Start(i), x.End(i)
		if s < prevStart || e < prevEnd || s < 0 || e > len(x.doc) {
			t.Fatalf("offset %d maps to start %d, end %d after %d, %d (document of %d bytes)", i, s, e, prevStart, prevEnd, len(x.doc))
		}
		prevStart, prevEnd = s, e
	}
	for k, p := range x.pieces {
		end := len(x.Text)
		if k+1 < len(x.pieces) {
			end = x.pieces[k+1].ext
		}
		if p.copied && x.Text[p.ext:end] != x.doc[p.orig:p.origEnd] {
			t.Errorf("piece %d: text %q copied from %q", k, x.Text[p.ext:end], x.doc[p.orig:p.origEnd])
		}
		if p.orig > p.origEnd || end <= p.ext {
			t.Errorf("piece %d is empty or backwards: %+v", k, p)
		}
	}
}

var (
	lineBreak = regexp.MustCompile(`<br\s*/?>`)
	tag       = regexp.MustCompile(`<[^>]*>`)
)

// shown is what a stretch of a simple document shows: its markup left
// out, its entities decoded, its white space collapsed.
func shown(doc string) string {
	doc = lineBreak.ReplaceAllString(doc, " ")
	return collapse(html.UnescapeString(tag.ReplaceAllString(doc, "")))
}

// collapse collapses runs of HTML's white space (not the no-break
// space) into one space and trims the ends.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < 128 && isSpace(byte(r)) }), " ")
}

// TestHTMLSentences splits the text of a page into sentences and checks
// that each sentence's span, mapped back, is the stretch of the page
// that shows that sentence.
func TestHTMLSentences(t *testing.T) {
	doc, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	x, err := HTML(doc)
	if err != nil {
		t.Fatal(err)
	}
	checkMap(t, x)
	var got []string
	for _, s := range segment.New(language.English).Split(x.Text) {
		start, end := x.Start(s.Start), x.End(s.End)
		if a, b := shown(string(doc[start:end])), collapse(s.Text); a != b {
			t.Errorf("sentence %q maps to %q, which shows %q", s.Text, doc[start:end], a)
		}
		got = append(got, collapse(s.Text))
	}
	want := []string{
		"Home | News",
		"The new ferry reaches Porto\u00a0Vecchio",
		"The ferry Aurora made its first crossing on 3\u00a0May.",
		"It carried 412 passengers & 60 cars.",
		"“We waited ten years,” said the mayor, Ms.\u00a0Rossi.",
		"The crossing took 47 minutes, against 70 for the old boat.",
		"The Aurora at the quay.",
		"Tickets cost €12.",
		"Children travel free!",
		"Monday",
		"Four crossings.",
		"First line second line of the same paragraph.",
		"Departures: 8:00",
		"12:00", // a line break in pre ends a sentence for segment
		"© 2026 The Harbour Gazette",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	// One position checked by hand: the "&amp;" of "412 passengers &amp;".
	i := strings.Index(x.Text, "& 60")
	amp := strings.Index(string(doc), "&amp; 60")
	if x.Start(i) != amp || x.End(i+1) != amp+len("&amp;") {
		t.Errorf("'&' maps to %d:%d, want %d:%d", x.Start(i), x.End(i+1), amp, amp+5)
	}
	line, col := x.Pos(amp)
	if wl, wc := linecol.New(string(doc)).Pos(amp); line != wl || col != wc || line != 14 {
		t.Errorf("Pos = %d:%d, want %d:%d on line 14", line, col, wl, wc)
	}
}

func TestPlain(t *testing.T) {
	x := Plain("héllo\nworld")
	checkMap(t, x)
	for i := 0; i <= len(x.Text); i++ {
		if x.Start(i) != i || x.End(i) != i {
			t.Fatalf("Plain maps %d to %d, %d", i, x.Start(i), x.End(i))
		}
	}
	if l, c := x.Pos(7); l != 2 || c != 1 {
		t.Errorf("Pos(7) = %d:%d", l, c)
	}
	if e := Plain(""); e.Start(3) != 0 || e.End(3) != 0 {
		t.Error("empty Plain text maps somewhere")
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<p>a &amp; b</p>", "<pre> x\n y</pre><br>", "<head><title>t</title>x", "&#x1F600;&#0;&#xD800;",
		"<script>a<b</script>c", "<p>a<svg>b</p>c", "\uFEFF<!--", "<table><td>a<td>b", "a\r\nb\x00c",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		x, err := HTML(doc)
		if err != nil {
			return // not UTF-8
		}
		checkMap(t, x)
		if strings.Contains(x.Text, "\n\n\n") {
			t.Errorf("three line breaks in a row: %q", x.Text)
		}
	})
}
