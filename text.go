package fedele

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/termsafe"
)

// ANSI colours of the text report.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// excerptRunes bounds the length of an excerpt in the text report.
const excerptRunes = 220

// WriteText writes the report for people: a header with coverage and
// verdict, then the findings grouped by severity (errors first), each
// with its location and both excerpts. With color set it marks the
// severities with ANSI colours; callers should set it only when writing
// to a terminal and NO_COLOR is not set.
//
// The report is for people, often read on a terminal: every character
// of the texts, names and messages that a terminal would obey rather
// than print (control characters, which start escape sequences, and
// bidirectional overrides) is shown by a visible stand-in, such as "␛"
// for ESC or "<U+202E>". The JSON report keeps the texts exact.
func (r *Report) WriteText(w io.Writer, color bool) error {
	bw := bufio.NewWriter(w)
	paint := func(code, s string) string {
		if !color {
			return s
		}
		return code + s + ansiReset
	}
	name := func(d Document, fallback string) string {
		if d.Name != "" {
			return termsafe.String(d.Name)
		}
		return fallback
	}
	srcName, tgtName := name(r.Source, "source"), name(r.Target, "target")

	fmt.Fprintf(bw, "%s %s (%s, %d sentences) -> %s (%s, %d sentences)\n",
		paint(ansiBold, "fedele:"), srcName, r.Source.Lang, r.Source.Sentences,
		tgtName, r.Target.Lang, r.Target.Sentences)
	s := r.Summary
	covered := int(s.SentenceCoverage*float64(r.Source.Sentences) + 0.5)
	fmt.Fprintf(bw, "coverage: %d of %d source sentences (%.1f%%), %.1f%% of source characters\n",
		covered, r.Source.Sentences, 100*s.SentenceCoverage, 100*s.CharCoverage)
	verdictColour := ansiBold
	switch s.Verdict {
	case VerdictUnfaithful:
		verdictColour = ansiRed + ansiBold
	case VerdictNeedsReview:
		verdictColour = ansiYellow + ansiBold
	}
	for _, d := range []Document{r.Source, r.Target} {
		if len(d.Cut) > 0 {
			fmt.Fprintf(bw, "note: %d sentences of %s compared by their first words only (over %d words each)\n", len(d.Cut), name(d, "a text"), align.MaxScoredWords)
		}
	}
	if r.ModeReason != "" {
		fmt.Fprintf(bw, "mode: %s (%s)\n", r.Mode, r.ModeReason)
	} else {
		fmt.Fprintf(bw, "mode: %s\n", r.Mode)
	}
	fmt.Fprintf(bw, "verdict: %s (%s, %s, %s)\n",
		paint(verdictColour, string(s.Verdict)),
		plural(s.Errors, "error"), plural(s.Warnings, "warning"), fmt.Sprintf("%d info", s.Infos))
	if len(r.Findings) > 0 {
		var parts []string
		for _, k := range Kinds() {
			if n := s.Counts[k]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", k, n))
			}
		}
		fmt.Fprintf(bw, "findings: %s\n", strings.Join(parts, ", "))
	}

	for _, sev := range []Severity{SeverityError, SeverityWarning, SeverityInfo} {
		var group []Finding
		for _, f := range r.Findings {
			if f.Severity == sev {
				group = append(group, f)
			}
		}
		if len(group) == 0 {
			continue
		}
		colour := map[Severity]string{SeverityError: ansiRed, SeverityWarning: ansiYellow, SeverityInfo: ansiCyan}[sev]
		heading := map[Severity]string{SeverityError: "ERRORS", SeverityWarning: "WARNINGS", SeverityInfo: "INFO"}[sev]
		fmt.Fprintf(bw, "\n%s\n", paint(colour+ansiBold, fmt.Sprintf("%s (%d)", heading, len(group))))
		for _, f := range group {
			loc := location(srcName, f.Source)
			if t := location(tgtName, f.Target); t != "" {
				if loc != "" {
					loc += " -> "
				}
				loc += t
			}
			fmt.Fprintf(bw, "\n  %s  %s\n", paint(colour, f.Kind.String()), paint(ansiDim, loc))
			fmt.Fprintf(bw, "    %s\n", termsafe.String(f.Message))
			if e := excerpt(f.Source); e != "" {
				fmt.Fprintf(bw, "    src: %s\n", e)
			}
			if e := excerpt(f.Target); e != "" {
				fmt.Fprintf(bw, "    tgt: %s\n", e)
			}
		}
	}
	if r.Mode == ModeReorganized {
		writeReorganized(bw, r, paint)
	}
	return bw.Flush()
}

// plural writes n and the noun, with an "s" when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// location is "name:line:col" of the first span, with the count of
// further spans.
func location(name string, spans []Span) string {
	if len(spans) == 0 {
		return ""
	}
	loc := fmt.Sprintf("%s:%d:%d", name, spans[0].Line, spans[0].Col)
	if len(spans) > 1 {
		loc += fmt.Sprintf(" (+%d)", len(spans)-1)
	}
	return loc
}

// excerpt joins the spans' texts on one line, white space collapsed,
// cut in the middle when long.
func excerpt(spans []Span) string {
	if len(spans) == 0 {
		return ""
	}
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(sp.Text)
	}
	return excerptText(b.String())
}

// excerptText shows s on one line of the text report: white space
// collapsed, cut in the middle when long, and every character a
// terminal would obey shown by a stand-in.
func excerptText(s string) string {
	return termsafe.String(shorten(collapseSpace(s), excerptRunes))
}

// collapseSpace replaces every run of white space by one space and
// trims the ends.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shorten cuts s to at most n runes, keeping both ends around "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	head := n * 2 / 3
	tail := n - head - 1
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}
