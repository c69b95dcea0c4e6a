package fedele

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/golden"
)

// checkInterview checks the bundled interview pair.
func checkInterview(t testing.TB) *Report {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "interview", "en.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tgt, err := os.ReadFile(filepath.Join("testdata", "interview", "it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Check(string(src), string(tgt), WithNames("en.txt", "it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReportReorganizedGolden(t *testing.T) {
	r := checkInterview(t)
	var text, js bytes.Buffer
	if err := r.WriteText(&text, false); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "golden", "interview.txt"), text.Bytes())
	golden.Check(t, filepath.Join("testdata", "golden", "interview.json"), js.Bytes())
}

// The JSON report of reorganized mode is a contract: its fields, their
// types, their ranges, and the spans that point into the texts.
func TestReorganizedJSONContract(t *testing.T) {
	r := checkInterview(t)
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	type span struct {
		Start, End, Line, Col *int
		Text                  *string
	}
	var got struct {
		Mode       string `json:"mode"`
		Provenance []struct {
			Target  *span   `json:"target"`
			Sources []*span `json:"sources"`
			Grade   string  `json:"grade"`
			Score   float64 `json:"score"`
		} `json:"provenance"`
		Quotations []struct {
			Target  *span    `json:"target"`
			Source  []*span  `json:"source"`
			Verdict string   `json:"verdict"`
			Score   float64  `json:"score"`
			Notes   []string `json:"notes"`
		} `json:"quotations"`
		Coverage *struct {
			SourceSentences *int    `json:"source_sentences"`
			UsedSentences   *int    `json:"used_sentences"`
			SourceChars     *int    `json:"source_chars"`
			UsedChars       *int    `json:"used_chars"`
			Order           float64 `json:"order"`
			Uncovered       []*span `json:"uncovered"`
		} `json:"coverage"`
	}
	raw := b.Bytes()
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	src, tgt := mustRead(t, "en.txt"), mustRead(t, "it.txt")
	checkSpan := func(what string, sp *span, text string) {
		t.Helper()
		if sp == nil || sp.Start == nil || sp.End == nil || sp.Line == nil || sp.Col == nil || sp.Text == nil {
			t.Fatalf("%s: a span without all its fields: %+v", what, sp)
		}
		if *sp.Start < 0 || *sp.End > len(text) || text[*sp.Start:*sp.End] != *sp.Text {
			t.Errorf("%s: span %d:%d does not cut its text %q from the input", what, *sp.Start, *sp.End, *sp.Text)
		}
	}
	if got.Mode != "reorganized" {
		t.Fatalf("mode %q", got.Mode)
	}
	if len(got.Provenance) != r.Target.Sentences {
		t.Errorf("%d provenance entries for %d target sentences", len(got.Provenance), r.Target.Sentences)
	}
	last := -1
	for k, p := range got.Provenance {
		checkSpan("provenance target", p.Target, tgt)
		if *p.Target.Start <= last {
			t.Errorf("provenance %d out of target order", k)
		}
		last = *p.Target.Start
		if p.Sources == nil {
			t.Errorf("provenance %d: sources is null, want a list", k)
		}
		for _, s := range p.Sources {
			checkSpan("provenance source", s, src)
		}
		if !slices.Contains([]string{"translation", "summary", "editorial", "boilerplate"}, p.Grade) {
			t.Errorf("provenance %d: grade %q", k, p.Grade)
		}
		if p.Score < 0 || p.Score > 1 {
			t.Errorf("provenance %d: score %v", k, p.Score)
		}
		if (p.Grade == "editorial" || p.Grade == "boilerplate") != (len(p.Sources) == 0) {
			t.Errorf("provenance %d: grade %s with %d sources", k, p.Grade, len(p.Sources))
		}
	}
	if len(got.Quotations) == 0 {
		t.Fatal("no quotations")
	}
	for k, q := range got.Quotations {
		checkSpan("quotation target", q.Target, tgt)
		if q.Source == nil || q.Notes == nil {
			t.Errorf("quotation %d: source or notes null, want lists", k)
		}
		for _, s := range q.Source {
			checkSpan("quotation source", s, src)
		}
		if !slices.Contains([]string{"faithful", "loose", "intensified", "weakened", "altered", "spliced", "unsupported"}, q.Verdict) {
			t.Errorf("quotation %d: verdict %q", k, q.Verdict)
		}
		if q.Score < 0 || q.Score > 1 {
			t.Errorf("quotation %d: score %v", k, q.Score)
		}
	}
	c := got.Coverage
	if c == nil || c.SourceSentences == nil || c.UsedSentences == nil || c.SourceChars == nil || c.UsedChars == nil || c.Uncovered == nil {
		t.Fatalf("coverage incomplete: %+v", c)
	}
	if *c.UsedSentences > *c.SourceSentences || *c.UsedChars > *c.SourceChars || c.Order < -1 || c.Order > 1 {
		t.Errorf("coverage out of range: %+v", c)
	}
	for _, s := range c.Uncovered {
		checkSpan("uncovered", s, src)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "interview", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// A sentence whose own words find no source draws on the source of a
// quotation of it that renders its words closely.
func TestSentenceDrawsOnItsQuotation(t *testing.T) {
	src := "Host: What do people complain about?\n\nGuest: The breakfast is the biggest source of complaints. More than the delays, more than the beds.\n\n" +
		"Host: How did you learn that?\n\nGuest: I worked a night shift in the kitchen car. That's how I found out about the jam.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	tgt := "Così è nata la storia della «marmellata»."
	r, err := Check(src, tgt, WithMode(ModeReorganized))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Quotations) != 1 || r.Quotations[0].Verdict != QuoteFaithful {
		t.Fatalf("quotations %+v, want one faithful", r.Quotations)
	}
	p := r.Provenance[0]
	if p.Grade == OriginEditorial || len(p.Sources) != 1 || !strings.Contains(p.Sources[0].Text, "jam") {
		t.Errorf("provenance %s %q, want the sentence of the jam", p.Grade, spanTexts(p.Sources))
	}
}
