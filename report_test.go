package fedele

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/fedele/fedele/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// readExample returns the bundled example pair.
func readExample(tb testing.TB) (src, tgt string) {
	tb.Helper()
	s, err := os.ReadFile(filepath.Join("testdata", "example", "en.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	t, err := os.ReadFile(filepath.Join("testdata", "example", "it.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(s), string(t)
}

// checkExample checks the bundled example pair.
func checkExample(t testing.TB) *Report {
	t.Helper()
	src, tgt := readExample(t)
	r, err := Check(src, tgt, WithNames("en.txt", "it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestReportTextGolden(t *testing.T) {
	r := checkExample(t)
	var b bytes.Buffer
	if err := r.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte("\x1b[")) {
		t.Error("text report without colour contains an escape sequence")
	}
	golden.Check(t, filepath.Join("testdata", "golden", "example.txt"), b.Bytes())
}

func TestReportTextColour(t *testing.T) {
	r := checkExample(t)
	var b bytes.Buffer
	if err := r.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), ansiRed+ansiBold+"ERRORS") {
		t.Errorf("coloured report has no red ERRORS heading:\n%.300s", b.String())
	}
}

func TestReportJSONGolden(t *testing.T) {
	r := checkExample(t)
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "golden", "example.json"), b.Bytes())

	// The JSON is the documented shape: decode it back and check the
	// fields tools rely on.
	var doc struct {
		Source, Target struct {
			Lang      string `json:"lang"`
			Sentences int    `json:"sentences"`
		}
		Summary struct {
			Verdict string         `json:"verdict"`
			Counts  map[string]int `json:"counts"`
		}
		Findings []struct {
			Kind     string `json:"kind"`
			Severity string `json:"severity"`
			MQM      string `json:"mqm"`
			ITS      string `json:"its"`
			Source   []Span `json:"source"`
			Target   []Span `json:"target"`
		}
		Alignment []Pair `json:"alignment"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Source.Lang != "en" || doc.Target.Lang != "it" || doc.Summary.Verdict != string(r.Summary.Verdict) {
		t.Errorf("decoded header = %+v %+v %+v", doc.Source, doc.Target, doc.Summary)
	}
	if len(doc.Findings) != len(r.Findings) {
		t.Fatalf("decoded %d findings, report has %d", len(doc.Findings), len(r.Findings))
	}
	for i, f := range doc.Findings {
		k, err := ParseKind(f.Kind)
		if err != nil || f.MQM != k.MQM() || f.ITS != k.ITS() {
			t.Errorf("finding %d: kind %q mqm %q its %q", i, f.Kind, f.MQM, f.ITS)
		}
	}
}

// TestReportSpans checks that every span of the report points into the
// original texts: Text is the input between Start and End, and line and
// column locate Start.
func TestReportSpans(t *testing.T) {
	src := "Title of the piece\r\n\r\nFirst sentence here. Second one, with 40% growth.\r\nThird line."
	tgt := "\uFEFFTitolo del pezzo\r\n\r\nPrima frase qui. La seconda, con una crescita del 4%.\r\nTerza riga."
	r, err := Check(src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	check := func(side, text string, sp Span) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text {
			t.Errorf("%s span %+v does not slice the input", side, sp)
		}
		want := newLineIndex(text).span(sp.Start, sp.End)
		if want.Line != sp.Line || want.Col != sp.Col {
			t.Errorf("%s span %+v: line:col %d:%d, want %d:%d", side, sp, sp.Line, sp.Col, want.Line, want.Col)
		}
	}
	for _, f := range r.Findings {
		for _, sp := range f.Source {
			check("source", src, sp)
		}
		for _, sp := range f.Target {
			check("target", tgt, sp)
		}
	}
	if r.Count(NumberMismatch) != 1 {
		t.Errorf("number mismatches = %d, want 1 (40%% against 4%%): %+v", r.Count(NumberMismatch), r.Findings)
	}
}

// Check may run from several goroutines at once (the built-in lexicon is
// shared), each with the report it would give alone. (Run with -race.)
func TestConcurrentCheck(t *testing.T) {
	src, tgt := readExample(t)
	var want bytes.Buffer
	if err := checkExample(t).WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Go(func() {
			r, err := Check(src, tgt, WithNames("en.txt", "it.txt"))
			if err != nil {
				errs <- err.Error()
				return
			}
			var got bytes.Buffer
			if err := r.WriteJSON(&got); err != nil {
				errs <- err.Error()
				return
			}
			if diff := cmp.Diff(want.String(), got.String()); diff != "" {
				errs <- "JSON report (-alone +concurrent):\n" + diff
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
