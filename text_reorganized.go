package fedele

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/fedele/fedele/internal/termsafe"
)

// uncoveredShown is the number of uncovered source passages the text
// report lists (the JSON report has them all).
const uncoveredShown = 8

// writeReorganized writes the sections of a reorganized translation:
// each target sentence with the source it draws on, each quotation with
// its source words and verdict, and the coverage of the source.
func writeReorganized(bw *bufio.Writer, r *Report, paint func(code, s string) string) {
	fmt.Fprintf(bw, "\n%s\n", paint(ansiBold, "PROVENANCE"))
	for _, p := range r.Provenance {
		fmt.Fprintf(bw, "\n  %s %s  %s\n", paint(ansiCyan, string(p.Grade)), paint(ansiDim, fmt.Sprintf("%.2f", p.Score)),
			paint(ansiDim, location("tgt", []Span{p.Target})))
		fmt.Fprintf(bw, "    tgt: %s\n", excerptText(p.Target.Text))
		writeSources(bw, paint, "src: ", p.Sources)
	}
	if len(r.Quotations) > 0 {
		fmt.Fprintf(bw, "\n%s\n", paint(ansiBold, "QUOTATIONS"))
		for _, q := range r.Quotations {
			colour := ansiCyan
			switch q.Verdict {
			case QuoteAltered, QuoteUnsupported:
				colour = ansiRed
			case QuoteIntensified, QuoteWeakened, QuoteSpliced:
				colour = ansiYellow
			}
			fmt.Fprintf(bw, "\n  %s %s  %s\n", paint(colour, string(q.Verdict)), paint(ansiDim, fmt.Sprintf("%.2f", q.Score)),
				paint(ansiDim, location("tgt", []Span{q.Target})))
			fmt.Fprintf(bw, "    «%s»\n", excerptText(q.Target.Text))
			writeSources(bw, paint, "src: ", q.Source)
			if len(q.Notes) > 0 {
				fmt.Fprintf(bw, "    %s\n", termsafe.String(strings.Join(q.Notes, "; ")))
			}
		}
	}
	if c := r.Coverage; c != nil {
		fmt.Fprintf(bw, "\n%s\n", paint(ansiBold, "COVERAGE"))
		pct := func(a, b int) float64 {
			if b == 0 {
				return 0
			}
			return 100 * float64(a) / float64(b)
		}
		fmt.Fprintf(bw, "  %d of %d source sentences used (%.1f%%), %.1f%% of source characters; order %.2f\n",
			c.UsedSentences, c.SourceSentences, pct(c.UsedSentences, c.SourceSentences), pct(c.UsedChars, c.SourceChars), c.Order)
		if n := len(c.Uncovered); n > 0 {
			fmt.Fprintf(bw, "  largest passages not used (%d in all):\n", n)
			writeSources(bw, paint, "", c.Uncovered[:min(n, uncoveredShown)])
		}
	}
}

// writeSources writes one line per span: the label, its line and column,
// and its text on one line, cut in the middle when long, with what a
// terminal would obey shown.
func writeSources(bw *bufio.Writer, paint func(code, s string) string, label string, spans []Span) {
	for _, s := range spans {
		fmt.Fprintf(bw, "    %s%s %s\n", label, paint(ansiDim, fmt.Sprintf("%d:%d", s.Line, s.Col)), excerptText(s.Text))
	}
}
