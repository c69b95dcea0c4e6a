package fedele

import (
	"encoding/json"
	"io"
	"math"
	"slices"
)

// Report is the result of [Check]: the findings and a summary of how
// much of the source the translation covers. Its JSON encoding (see the
// package documentation) is stable for tools.
type Report struct {
	Source Document `json:"source"`
	Target Document `json:"target"`
	// Summary counts the findings and gives the verdict.
	Summary Summary `json:"summary"`
	// Findings are in the order of the target text, then of the source
	// text for findings with no target side; document-wide findings
	// come first.
	Findings []Finding `json:"findings"`
	// Alignment lists every bead of the sentence alignment in document
	// order; every sentence of both texts is in exactly one bead.
	Alignment []Pair `json:"alignment"`
}

// Document describes one side of the check.
type Document struct {
	// Name is the file name given with [WithNames], or "".
	Name string `json:"name,omitempty"`
	// Lang is the BCP 47 tag the text was read as.
	Lang string `json:"lang"`
	// Detected is the language the text looks like, when it could tell
	// ("" for short texts or languages it does not know).
	Detected string `json:"detected,omitempty"`
	// Bytes and Sentences measure the text.
	Bytes     int `json:"bytes"`
	Sentences int `json:"sentences"`
}

// Pair is one bead of the alignment: source sentences and the target
// sentences that translate them. One side is empty for an omission or an
// addition.
type Pair struct {
	Source []Span `json:"source"`
	Target []Span `json:"target"`
	// Score is the aligner's confidence in the bead, in [0, 1].
	Score float64 `json:"score"`
	// Similarity is the share of the pair's content that found a
	// counterpart on the other side, in [0, 1] (0 for one-sided beads).
	Similarity float64 `json:"similarity"`
}

// Summary is the report at a glance.
type Summary struct {
	// SentenceCoverage is the share of source sentences that have a
	// counterpart in the target; CharCoverage the same share counted in
	// characters of source text.
	SentenceCoverage float64 `json:"sentence_coverage"`
	CharCoverage     float64 `json:"char_coverage"`
	// Errors, Warnings and Infos count the findings by severity.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Counts maps each kind found to the number of its findings (in JSON,
	// by the kind's name).
	Counts map[Kind]int `json:"counts"`
	// Verdict is the overall judgement.
	Verdict Verdict `json:"verdict"`
}

// Verdict is the overall judgement of a report.
type Verdict string

// Verdicts. A translation is faithful when no finding reaches a
// warning, needs review when warnings do but no error does, and is
// unfaithful when at least one finding is an error.
const (
	VerdictFaithful    Verdict = "faithful"
	VerdictNeedsReview Verdict = "needs-review"
	VerdictUnfaithful  Verdict = "unfaithful"
)

// Worst returns the highest severity among the findings, or 0 when there
// are none.
func (r *Report) Worst() Severity {
	var w Severity
	for _, f := range r.Findings {
		w = max(w, f.Severity)
	}
	return w
}

// Count returns the number of findings of kind k.
func (r *Report) Count(k Kind) int {
	n := 0
	for _, f := range r.Findings {
		if f.Kind == k {
			n++
		}
	}
	return n
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// summarize fills r.Summary from the findings and the alignment.
func (r *Report) summarize() {
	s := Summary{Counts: map[Kind]int{}}
	for _, f := range r.Findings {
		s.Counts[f.Kind]++
		switch f.Severity {
		case SeverityError:
			s.Errors++
		case SeverityWarning:
			s.Warnings++
		case SeverityInfo:
			s.Infos++
		}
	}
	var sents, covered, chars, coveredChars int
	for _, p := range r.Alignment {
		for _, sp := range p.Source {
			n := len([]rune(sp.Text))
			sents++
			chars += n
			if len(p.Target) > 0 {
				covered++
				coveredChars += n
			}
		}
	}
	if sents > 0 {
		s.SentenceCoverage = float64(covered) / float64(sents)
	}
	if chars > 0 {
		s.CharCoverage = float64(coveredChars) / float64(chars)
	}
	switch {
	case s.Errors > 0:
		s.Verdict = VerdictUnfaithful
	case s.Warnings > 0:
		s.Verdict = VerdictNeedsReview
	default:
		s.Verdict = VerdictFaithful
	}
	r.Summary = s
}

// sortFindings puts document-wide findings first, then the others in
// the order of the alignment beads they come from (so an omission sits
// between the target sentences around it), then by kind.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.bead != b.bead {
			return a.bead - b.bead
		}
		return int(a.Kind) - int(b.Kind)
	})
}

// WriteJSON writes the report as one indented JSON document.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
