package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunFormats writes the bundled example's report in each format.
func TestRunFormats(t *testing.T) {
	tests := []struct {
		args []string
		want []string // substrings of the output
	}{
		{[]string{"-format", "html"}, []string{"<!DOCTYPE html>", `http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`, `class="verdict verdict-unfaithful"`}},
		{[]string{"-format", "tmx"}, []string{`<tmx version="1.4">`, `srclang="en"`, `<tuv xml:lang="it">`}},
		{[]string{"-format", "xliff"}, []string{`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="it">`, `category="omission"`}},
		{[]string{"-format", "tsv"}, []string{"\tVoltaris chief Daniela Ortiz"}},
	}
	for _, tt := range tests {
		t.Run(tt.args[1], func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if status := run(tt.args, nil, &stdout, &stderr); status != 1 {
				t.Fatalf("status %d; stderr: %s", status, stderr.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("output lacks %q", w)
				}
			}
		})
	}
	// With a minimum score, TMX and TSV keep fewer beads.
	count := func(args ...string) int {
		var stdout, stderr bytes.Buffer
		run(args, nil, &stdout, &stderr)
		return strings.Count(stdout.String(), "\n")
	}
	if all, some := count("-format", "tsv"), count("-format", "tsv", "-min-score", "0.99"); some >= all || some == 0 {
		t.Errorf("TSV: %d lines, %d with -min-score 0.99", all, some)
	}
	if all, some := count("-format", "tmx"), count("-format", "tmx", "-min-score", "0.99"); some >= all {
		t.Errorf("TMX: %d lines, %d with -min-score 0.99", all, some)
	}
	var stdout, stderr bytes.Buffer
	if status := run([]string{"-format", "tmx", "-min-score", "2"}, nil, &stdout, &stderr); status != 2 || !strings.Contains(stderr.String(), "between 0 and 1") {
		t.Errorf("-min-score 2: status %d, stderr %s", status, stderr.String())
	}
}

// TestRunHTMLInput checks an HTML page against a text: the JSON
// report's positions are the page's.
func TestRunHTMLInput(t *testing.T) {
	dir := t.TempDir()
	page := "<!DOCTYPE html>\n<html><head><title>Plant</title></head>\n<body>\n<h1>The new plant</h1>\n<p>The plant opens in <b>March</b>. It will employ 400&nbsp;people &amp; robots.</p>\n</body></html>\n"
	text := "Il nuovo impianto\n\nL'impianto apre a marzo. Impiegherà 40 persone e robot.\n"
	src, tgt := filepath.Join(dir, "en.html"), filepath.Join(dir, "it.txt")
	if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(tgt, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if status := run([]string{"-src", src, "-tgt", tgt, "-format", "json"}, nil, &stdout, &stderr); status != 1 {
		t.Fatalf("status %d; stderr: %s", status, stderr.String())
	}
	var r struct {
		Source    struct{ Bytes int }
		Alignment []struct {
			Source []struct {
				Start, End, Line int
				Text             string
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Source.Bytes != len(page) {
		t.Errorf("source bytes %d, want the page's %d", r.Source.Bytes, len(page))
	}
	var sents []string
	for _, p := range r.Alignment {
		for _, sp := range p.Source {
			sents = append(sents, sp.Text)
			if !strings.HasPrefix(page[sp.Start:sp.End], sp.Text[:3]) {
				t.Errorf("%q is at %d:%d, where the page has %q", sp.Text, sp.Start, sp.End, page[sp.Start:sp.End])
			}
			if want := strings.Count(page[:sp.Start], "\n") + 1; sp.Line != want {
				t.Errorf("%q on line %d, want %d", sp.Text, sp.Line, want)
			}
		}
	}
	if len(sents) != 3 || sents[2] != "It will employ 400\u00a0people & robots." {
		t.Errorf("sentences %q", sents)
	}
	if !strings.Contains(page, "400&nbsp;people &amp; robots.</p>") {
		t.Fatal("the test page changed")
	}
	last := r.Alignment[len(r.Alignment)-1].Source
	if len(last) == 1 && !strings.HasSuffix(page[:last[0].End], "&amp; robots.") {
		t.Errorf("the last sentence ends at %d, not after the page's \"robots.\"", last[0].End)
	}

	// A page that is not UTF-8 is refused, saying where.
	bad := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(bad, []byte("<p>caf\xe9</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if status := run([]string{"-src", bad, "-tgt", tgt}, nil, &stdout, &stderr); status != 2 || !strings.Contains(stderr.String(), "line 1, column 7") {
		t.Errorf("status %d, stderr %s", status, stderr.String())
	}
}
