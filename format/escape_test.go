package format_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
)

// hostile are pieces of text that would execute or break a page or an
// XML file if a writer let them through unescaped.
var hostile = []string{
	`<script>alert(1)</script>`,
	`</td></tr></table><div>`,
	`" onmouseover="alert(2)`,
	`' onfocus='alert(3)' x='`,
	`<a href="javascript:alert(4)">click</a>`,
	`javascript:alert(5)`,
	`<img src=x onerror=alert(6)>`,
	"NUL \x00 byte",
	`]]><!-- {{.}} &amp; &#0; </style></script>`,
}

// hostileText is one sentence a line, each carrying the pieces.
func hostileText(lang string) string {
	var b strings.Builder
	for i, h := range hostile {
		b.WriteString(lang + " sentence " + string(rune('A'+i)) + " says " + h + " here.\n")
	}
	return b.String()
}

// hostileReport is a real check of hostile texts, with findings whose
// every field also carries the pieces.
func hostileReport(t testing.TB) *fedele.Report {
	t.Helper()
	r, err := fedele.Check(hostileText("The"), hostileText("La"),
		fedele.Presegmented(),
		fedele.WithLanguages(language.English, language.Italian),
		fedele.WithNames(`src<script>alert(7)</script>.txt`, `tgt" onload="alert(8).txt`))
	if err != nil {
		t.Fatal(err)
	}
	r.Source.Lang = `en" onclick="alert(9)`
	r.Source.Detected = `<b>it</b>`
	all := strings.Join(hostile, " ")
	for i, h := range hostile {
		p := r.Alignment[i%len(r.Alignment)]
		f := fedele.Finding{
			Kind:     fedele.Kinds()[i%len(fedele.Kinds())],
			Severity: fedele.Severity(1 + i%3),
			Message:  "message " + h,
			Evidence: fedele.Evidence{
				Grade:       fedele.Grade(h),
				Unmatched:   []string{h, all},
				SourceItems: []string{h},
				TargetItems: []string{h},
				Note:        h,
			},
		}
		if len(p.Source) > 0 {
			sp := p.Source[0]
			// The span of the hostile piece itself.
			if k := strings.Index(sp.Text, h); k >= 0 {
				sp = fedele.Span{Start: sp.Start + k, End: sp.Start + k + len(h), Line: sp.Line, Col: sp.Col + k, Text: h}
			}
			f.Source = []fedele.Span{sp}
		}
		if len(p.Target) > 0 {
			f.Target = p.Target[:1]
		}
		r.Findings = append(r.Findings, f)
	}
	r.Findings = append(r.Findings, fedele.Finding{Kind: fedele.WrongLanguage, Severity: fedele.SeverityError, Message: all})
	return r
}

// hostileReorganized is a check of the hostile texts in reorganized
// mode, its quotations' notes carrying the pieces too.
func hostileReorganized(t testing.TB) *fedele.Report {
	t.Helper()
	r, err := fedele.Check(hostileText("The"), hostileText("La"),
		fedele.Presegmented(),
		fedele.WithLanguages(language.English, language.Italian),
		fedele.WithMode(fedele.ModeReorganized))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Provenance) == 0 {
		t.Fatal("no provenance in reorganized mode")
	}
	for i, p := range r.Provenance {
		r.Quotations = append(r.Quotations, fedele.QuotationCheck{
			Target: p.Target, Source: p.Sources, Verdict: fedele.QuoteVerdict(hostile[i%len(hostile)]),
			Notes: hostile,
		})
	}
	return r
}

func TestHTMLEscapingReorganized(t *testing.T) {
	r := hostileReorganized(t)
	var b bytes.Buffer
	if err := format.WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	p := checkPage(t, r, b.Bytes())
	var notes strings.Builder
	for _, dd := range elements(p.root, atom.Dd) {
		notes.WriteString(text(dd))
	}
	for _, h := range hostile {
		if want := strings.ReplaceAll(h, "\x00", "\uFFFD"); !strings.Contains(notes.String(), want) {
			t.Errorf("the note %q is not shown as text", want)
		}
	}
}

func TestHTMLEscaping(t *testing.T) {
	r := hostileReport(t)
	var b bytes.Buffer
	if err := format.WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	p := checkPage(t, r, b.Bytes())
	// The names and the language are shown as text, not markup.
	h1 := text(elements(p.root, atom.H1)[0])
	for _, want := range []string{r.Source.Name, r.Target.Name} {
		if !strings.Contains(h1, want) {
			t.Errorf("the name %q is not shown as text", want)
		}
	}
	for _, td := range withClass(p.root, "src") {
		if lang, _ := attr(td, "lang"); lang != r.Source.Lang {
			t.Fatalf("lang attribute %q, want %q", lang, r.Source.Lang)
		}
	}
	// The evidence is shown as text too.
	var dds strings.Builder
	for _, dd := range elements(p.root, atom.Dd) {
		dds.WriteString(text(dd))
	}
	for _, h := range hostile {
		if want := strings.ReplaceAll(h, "\x00", "\uFFFD"); !strings.Contains(dds.String(), want) {
			t.Errorf("the evidence %q is not shown as text", want)
		}
	}
}

// TestXMLEscaping checks that the hostile pieces come out of TMX and
// XLIFF as the same text, in well-formed XML.
func TestXMLEscaping(t *testing.T) {
	r := hostileReport(t)
	for _, w := range []struct {
		name  string
		write func(io.Writer, *fedele.Report, ...format.Option) error
	}{{"tmx", format.WriteTMX}, {"xliff", format.WriteXLIFF}} {
		var b bytes.Buffer
		if err := w.write(&b, r); err != nil {
			t.Fatal(err)
		}
		texts, err := xmlTexts(b.Bytes())
		if err != nil {
			t.Fatalf("%s: not well-formed: %v", w.name, err)
		}
		all := strings.Join(texts, "\n")
		for _, h := range hostile {
			want := h
			if w.name == "tmx" {
				want = strings.ReplaceAll(h, "\x00", "\uFFFD")
			}
			if !strings.Contains(all, want) {
				t.Errorf("%s: the text %q did not come through", w.name, want)
			}
		}
	}
}

// xmlTexts parses an XML document and returns its character data, one
// string per element, with XLIFF's <cp hex="…"/> turned back into the
// character.
func xmlTexts(b []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var out []string
	var cur strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.CharData:
			cur.Write(tok)
		case xml.StartElement:
			if tok.Name.Local == "cp" {
				for _, a := range tok.Attr {
					if a.Name.Local == "hex" {
						cur.WriteRune(rune(parseHex(a.Value)))
					}
				}
				continue
			}
			out = append(out, cur.String())
			cur.Reset()
		case xml.EndElement:
			if tok.Name.Local == "cp" {
				continue
			}
			out = append(out, cur.String())
			cur.Reset()
		}
	}
}

func parseHex(s string) int {
	n := 0
	for _, c := range s {
		n *= 16
		switch {
		case '0' <= c && c <= '9':
			n += int(c - '0')
		case 'A' <= c && c <= 'F':
			n += int(c-'A') + 10
		case 'a' <= c && c <= 'f':
			n += int(c-'a') + 10
		}
	}
	return n
}

func TestTSVEscaping(t *testing.T) {
	r := hostileReport(t)
	r.Alignment = append(r.Alignment, fedele.Pair{
		Source: []fedele.Span{{Text: "a\tb \n\n c\r\nd"}},
		Target: []fedele.Span{{Text: "e\u2028f"}, {Text: "g"}},
		Score:  0.5,
	})
	var b bytes.Buffer
	if err := format.WriteTSV(&b, r); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(r.Alignment) {
		t.Fatalf("%d lines, want one per bead (%d)", len(lines), len(r.Alignment))
	}
	for i, l := range lines {
		if n := strings.Count(l, "\t"); n != 2 {
			t.Errorf("line %d has %d tabs, want 2: %q", i+1, n, l)
		}
	}
	if got, want := lines[len(lines)-1], "0.500\ta b c d\te f g"; got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
	for _, h := range hostile {
		if !strings.Contains(b.String(), h) {
			t.Errorf("the text %q did not come through", h)
		}
	}
}
