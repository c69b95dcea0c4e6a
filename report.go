package fedele

import (
	"fmt"
	"math"
	"slices"
)

// Report is the result of [Check]: the findings and a summary of how
// much of the source the translation covers. Its JSON encoding (see the
// package documentation) is stable for tools.
type Report struct {
	// Mode is how the two texts were related: as a translation, sentence
	// after sentence, or as a reorganized translation whose sentences
	// draw on the source anywhere. ModeReason says why, when the mode was
	// chosen from the evidence ([ModeAuto]).
	Mode       Mode     `json:"mode"`
	ModeReason string   `json:"mode_reason,omitempty"`
	Source     Document `json:"source"`
	Target     Document `json:"target"`
	// Summary counts the findings and gives the verdict.
	Summary Summary `json:"summary"`
	// Findings are in the order of the target text, then of the source
	// text for findings with no target side; document-wide findings
	// come first.
	Findings []Finding `json:"findings"`
	// Alignment lists every bead of the sentence alignment in document
	// order; every sentence of both texts is in exactly one bead. In
	// reorganized mode, where Provenance relates the texts, every
	// sentence stands alone: the source's, then the target's.
	Alignment []Pair `json:"alignment"`
	// Provenance, Quotations and Coverage are set in reorganized mode:
	// where every target sentence comes from, what every quotation
	// really said, and how much of the source the target uses.
	Provenance []Provenance     `json:"provenance,omitempty"`
	Quotations []QuotationCheck `json:"quotations,omitempty"`
	Coverage   *Coverage        `json:"coverage,omitempty"`
}

// Mode is how a check relates the two texts.
type Mode string

// Modes.
const (
	// ModeAuto chooses ModeReorganized when the evidence says the order
	// of the source is broken or the target covers only part of it, and
	// ModeTranslation otherwise.
	ModeAuto Mode = "auto"
	// ModeTranslation aligns the texts sentence after sentence: each
	// target sentence translates the next source sentences.
	ModeTranslation Mode = "translation"
	// ModeReorganized matches each target sentence to the source
	// passages it draws on, anywhere: an article written from an
	// interview, a summary, a press review.
	ModeReorganized Mode = "reorganized"
)

// ParseMode returns the mode named s ("auto", "translation" or
// "reorganized").
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case ModeAuto, ModeTranslation, ModeReorganized:
		return m, nil
	}
	return "", fmt.Errorf("fedele: unknown mode %q (want auto, translation or reorganized)", s)
}

// Provenance is where one target sentence of a reorganized translation
// comes from.
type Provenance struct {
	Target Span `json:"target"`
	// Sources are the source sentences it draws on, the strongest
	// first; none for editorial text and boilerplate.
	Sources []Span `json:"sources"`
	Grade   Origin `json:"grade"`
	// Score is the share of the sentence's content that its sources
	// match, in [0, 1].
	Score float64 `json:"score"`
}

// Origin grades what a target sentence of a reorganized translation is
// with respect to the source.
type Origin string

// Origins.
const (
	// OriginTranslation renders specific source sentences closely.
	OriginTranslation Origin = "translation"
	// OriginSummary condenses or paraphrases source content.
	OriginSummary Origin = "summary"
	// OriginEditorial has no source: the editor's own framing, context,
	// headings.
	OriginEditorial Origin = "editorial"
	// OriginBoilerplate is web boilerplate: disclaimers, teasers,
	// publication metadata.
	OriginBoilerplate Origin = "boilerplate"
)

// QuotationCheck is a quoted passage of the target, located in the
// source down to the words and judged.
type QuotationCheck struct {
	// Target is the quoted words, inside the marks.
	Target Span `json:"target"`
	// Source is the source words they render (one span per source
	// stretch), empty when none.
	Source  []Span       `json:"source"`
	Verdict QuoteVerdict `json:"verdict"`
	// Score is how much of the quotation its source words render, in
	// [0, 1].
	Score float64 `json:"score"`
	// Notes name the words behind the verdict.
	Notes []string `json:"notes"`
}

// QuoteVerdict is the judgement of a quotation.
type QuoteVerdict string

// Verdicts of a quotation, from the best to the worst.
const (
	// QuoteFaithful renders the speaker's words.
	QuoteFaithful QuoteVerdict = "faithful"
	// QuoteLoose keeps the meaning in free wording.
	QuoteLoose QuoteVerdict = "loose"
	// QuoteIntensified makes an adverb, quantifier or judgement stronger
	// than the speaker's (quite good: ottimo; some of them: tutti).
	QuoteIntensified QuoteVerdict = "intensified"
	// QuoteWeakened makes one weaker (a clear risk: un rischio; we will:
	// potremmo).
	QuoteWeakened QuoteVerdict = "weakened"
	// QuoteAltered changes what is said: a number or name, a negation, a
	// word in another sense.
	QuoteAltered QuoteVerdict = "altered"
	// QuoteSpliced stitches together words said in separate places.
	QuoteSpliced QuoteVerdict = "spliced"
	// QuoteUnsupported has no source: words the speaker never said.
	QuoteUnsupported QuoteVerdict = "unsupported"
)

// Coverage is how much of the source a reorganized translation uses.
type Coverage struct {
	SourceSentences int `json:"source_sentences"`
	UsedSentences   int `json:"used_sentences"`
	SourceChars     int `json:"source_chars"`
	UsedChars       int `json:"used_chars"`
	// Order is Kendall's tau of the source positions along the target:
	// 1 when the target follows the source's order, near 0 when it is
	// shuffled, -1 when reversed.
	Order float64 `json:"order"`
	// Uncovered are the source passages no target sentence uses
	// (consecutive unused sentences of a paragraph merged), the largest
	// first.
	Uncovered []Span `json:"uncovered"`
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
	// Cut lists the sentences longer than align.MaxScoredWords words,
	// compared by their first words only (a page with no sentence
	// punctuation read as one sentence): what the report says of them
	// rests on less than the whole sentence.
	Cut []Span `json:"cut,omitempty"`
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
