package extract_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/extract"
	"github.com/fedele/fedele/internal/linecol"
)

var (
	lineBreak = regexp.MustCompile(`<br\s*/?>`)
	tag       = regexp.MustCompile(`<[^>]*>`)
)

// shown is what a stretch of a simple page shows, white space collapsed.
func shown(doc string) string {
	doc = lineBreak.ReplaceAllString(doc, " ")
	return collapse(html.UnescapeString(tag.ReplaceAllString(doc, "")))
}

func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" \t\n\r\f", r) }), " ")
}

// TestRemap checks a page against a plain-text translation and remaps
// the report: every span of the alignment and of the findings points to
// the stretch of the page (or of the text) that shows its text, with
// that stretch's line and column.
func TestRemap(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	src, err := extract.HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	const translation = "Il nuovo traghetto arriva a Porto Vecchio.\n\nIl traghetto Aurora ha fatto la prima traversata il 3 maggio. Ha portato 412 passeggeri e 60 auto.\n\n«Abbiamo aspettato dieci anni», ha detto la sindaca Rossi. La traversata è durata 47 minuti.\n\nI biglietti costano 12 euro.\n"
	tgt := extract.Plain(translation)
	for _, mode := range []fedele.Mode{fedele.ModeTranslation, fedele.ModeReorganized} {
		t.Run(string(mode), func(t *testing.T) {
			r, err := fedele.Check(src.Text, tgt.Text, fedele.WithLanguages(language.English, language.Italian), fedele.WithMode(mode))
			if err != nil {
				t.Fatal(err)
			}
			checkRemap(t, page, translation, r, extract.Remap(r, src, tgt))
		})
	}
}

func checkRemap(t *testing.T, page []byte, translation string, r, m *fedele.Report) {
	if m.Source.Bytes != len(page) || r.Source.Bytes == len(page) {
		t.Errorf("source bytes %d (before %d), want the page's %d", m.Source.Bytes, r.Source.Bytes, len(page))
	}
	if len(m.Alignment) != len(r.Alignment) || len(m.Findings) != len(r.Findings) {
		t.Fatal("Remap changed the number of pairs or findings")
	}
	lines := map[bool]*linecol.Index{true: linecol.New(string(page)), false: linecol.New(translation)}
	checkSpans := func(what string, before, after []fedele.Span, isSrc bool) {
		doc := translation
		if isSrc {
			doc = string(page)
		}
		for i, sp := range after {
			if sp.Start < 0 || sp.End < sp.Start || sp.End > len(doc) {
				t.Errorf("%s: span %d:%d outside the document", what, sp.Start, sp.End)
				continue
			}
			if got, want := shown(doc[sp.Start:sp.End]), collapse(before[i].Text); got != want {
				t.Errorf("%s: %q maps to %q, which shows %q", what, before[i].Text, doc[sp.Start:sp.End], got)
			}
			if sp.Text != before[i].Text {
				t.Errorf("%s: the text changed", what)
			}
			if l, c := lines[isSrc].Pos(sp.Start); l != sp.Line || c != sp.Col {
				t.Errorf("%s: line %d col %d, want %d:%d", what, sp.Line, sp.Col, l, c)
			}
		}
	}
	srcSpans := 0
	for i := range m.Alignment {
		checkSpans("alignment source", r.Alignment[i].Source, m.Alignment[i].Source, true)
		checkSpans("alignment target", r.Alignment[i].Target, m.Alignment[i].Target, false)
		srcSpans += len(m.Alignment[i].Source)
	}
	for i := range m.Findings {
		checkSpans("finding source", r.Findings[i].Source, m.Findings[i].Source, true)
		checkSpans("finding target", r.Findings[i].Target, m.Findings[i].Target, false)
	}
	if len(r.Provenance) != len(m.Provenance) || len(r.Quotations) != len(m.Quotations) || (r.Coverage == nil) != (m.Coverage == nil) {
		t.Fatal("Remap changed the reorganized mode's parts")
	}
	for i := range m.Provenance {
		checkSpans("provenance target", []fedele.Span{r.Provenance[i].Target}, []fedele.Span{m.Provenance[i].Target}, false)
		checkSpans("provenance sources", r.Provenance[i].Sources, m.Provenance[i].Sources, true)
	}
	if m.Coverage != nil {
		srcSpans += m.Coverage.SourceSentences
	}
	for i := range m.Quotations {
		checkSpans("quotation target", []fedele.Span{r.Quotations[i].Target}, []fedele.Span{m.Quotations[i].Target}, false)
		checkSpans("quotation source", r.Quotations[i].Source, m.Quotations[i].Source, true)
	}
	if m.Coverage != nil {
		checkSpans("uncovered", r.Coverage.Uncovered, m.Coverage.Uncovered, true)
	}
	if r.Mode == fedele.ModeReorganized && (len(m.Provenance) == 0 || len(m.Quotations) == 0 || len(m.Coverage.Uncovered) == 0) {
		t.Errorf("reorganized: %d provenances, %d quotations, uncovered %v: the test checks too little", len(m.Provenance), len(m.Quotations), m.Coverage)
	}
	if srcSpans < 10 || len(m.Findings) == 0 && r.Mode == fedele.ModeTranslation {
		t.Errorf("%d source sentences and %d findings: the test checks too little", srcSpans, len(m.Findings))
	}
	// The report given is left as it was.
	if r.Mode == fedele.ModeTranslation && r.Alignment[1].Source[0].Start == m.Alignment[1].Source[0].Start {
		t.Error("the second sentence has the same offset in both reports")
	}
}
