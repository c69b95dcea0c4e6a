package format_test

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/format"
	"github.com/fedele/fedele/segment"
)

// sentencesOf cuts text at every '|' into sentences with their offsets.
func sentencesOf(text string) []segment.Sentence {
	var out []segment.Sentence
	start := 0
	for _, s := range strings.SplitAfter(text, "|") {
		t := strings.TrimSuffix(s, "|")
		out = append(out, segment.Sentence{Start: start, End: start + len(t), Text: t})
		start += len(s)
	}
	return out
}

// FuzzWriters renders reports of arbitrary texts, with a finding at an
// arbitrary span, through every writer: no error, an HTML page with its
// one script and every row, well-formed XML, one TSV line a bead.
func FuzzWriters(f *testing.F) {
	f.Add("One.|Two.", "Uno.|Due.", 0, 3)
	f.Add("<script>x</script>|a", "\x00|&amp;|\t\n", 5, 2)
	f.Add("", "only target", 0, 0)
	f.Add("é\xffx|y", "\ufffe", 1, 1)
	f.Fuzz(func(t *testing.T, src, tgt string, start, n int) {
		ss, ts := sentencesOf(src), sentencesOf(tgt)
		var beads []align.Bead
		for i := 0; i < max(len(ss), len(ts)); i++ {
			var b align.Bead
			if i < len(ss) {
				b.Src = []int{i}
			}
			if i < len(ts) && i%3 != 2 {
				b.Tgt = []int{i}
			}
			beads = append(beads, b)
		}
		for i := len(ss); i < len(ts); i++ {
			if i%3 == 2 {
				beads = append(beads, align.Bead{Tgt: []int{i}})
			}
		}
		r := format.AlignmentReport(format.Text{Lang: "en", Text: src, Sentences: ss}, format.Text{Lang: "it", Text: tgt, Sentences: ts}, beads)
		r.Summary.Verdict = fedele.VerdictNeedsReview
		end := start + n
		r.Findings = append(r.Findings, fedele.Finding{
			Kind: fedele.Paraphrase, Severity: fedele.SeverityWarning, Message: src,
			Source:   []fedele.Span{{Start: start, End: end, Text: src[min(max(start, 0), len(src)):min(max(end, start, 0), len(src))]}},
			Evidence: fedele.Evidence{SourceItems: []string{tgt}},
		})
		var b bytes.Buffer
		if err := format.WriteHTML(&b, r); err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(&b)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(elements(doc, atom.Script)); n != 1 {
			t.Errorf("%d scripts", n)
		}
		if n := len(withClass(doc, "row")); n != len(r.Alignment) {
			t.Errorf("%d rows, want %d", n, len(r.Alignment))
		}
		for _, w := range []func(*bytes.Buffer) error{
			func(b *bytes.Buffer) error { return format.WriteTMX(b, r) },
			func(b *bytes.Buffer) error { return format.WriteXLIFF(b, r) },
		} {
			b.Reset()
			if err := w(&b); err != nil {
				t.Fatal(err)
			}
			if _, err := xmlTexts(b.Bytes()); err != nil {
				t.Fatalf("not well-formed: %v\n%s", err, b.String())
			}
		}
		b.Reset()
		if err := format.WriteTSV(&b, r); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(b.String(), "\n")
		if len(lines) != len(r.Alignment)+1 {
			t.Fatalf("%d TSV lines, want %d", len(lines)-1, len(r.Alignment))
		}
		for _, l := range lines[:len(lines)-1] {
			if strings.Count(l, "\t") != 2 {
				t.Errorf("TSV line %q", l)
			}
		}
	})
}
