package fedele

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/linecol"
	"github.com/fedele/fedele/internal/textfile"
)

// ErrInput is wrapped by the errors [Check] returns for input it cannot
// check: text that is not UTF-8, or a side with no text at all.
var ErrInput = errors.New("fedele: bad input")

// Option configures [Check].
type Option func(*options)

type options struct {
	srcLang, tgtLang language.Tag
	srcName, tgtName string
	presegmented     bool
	thresholds       Thresholds
	alignOpts        []align.Option
	mode             Mode
}

func defaultOptions() options {
	return options{
		srcLang:    language.English,
		tgtLang:    language.Italian,
		thresholds: DefaultThresholds(),
		mode:       ModeAuto,
	}
}

// WithLanguages sets the languages of the source and of the target
// (default English and Italian). Languages other than English and
// Italian are split by plain Unicode sentence rules and aligned without
// a built-in dictionary.
func WithLanguages(src, tgt language.Tag) Option {
	return func(o *options) { o.srcLang, o.tgtLang = src, tgt }
}

// WithNames names the two texts (usually their file names) for the
// report.
func WithNames(src, tgt string) Option {
	return func(o *options) { o.srcName, o.tgtName = src, tgt }
}

// Presegmented reads each text as one sentence a line, as hunalign and
// vecalign take their input; blank lines separate paragraphs and are not
// sentences.
func Presegmented() Option {
	return func(o *options) { o.presegmented = true }
}

// WithThresholds replaces the thresholds of the finding rules; see
// [DefaultThresholds] for the calibrated values.
func WithThresholds(t Thresholds) Option {
	return func(o *options) { o.thresholds = t }
}

// WithAlignOptions passes options to the aligner, such as a user
// dictionary ([align.WithDictionary]). The languages are set by
// [WithLanguages] and the sentences left out of the alignment by the
// check itself.
func WithAlignOptions(opts ...align.Option) Option {
	return func(o *options) { o.alignOpts = append(o.alignOpts, opts...) }
}

// Check compares the translation target with its source and reports what
// the translation leaves out, adds, or says differently. The texts are
// split into sentences (or read one sentence a line, with
// [Presegmented]), aligned, and every bead of the alignment is examined.
// Every position in the report is a byte offset into the texts given.
//
// Check returns an error wrapping [ErrInput] when a text is not valid
// UTF-8 or has no text at all. It is safe for concurrent use.
func Check(source, target string, opts ...Option) (*Report, error) {
	o := defaultOptions()
	for _, f := range opts {
		f(&o)
	}
	if err := validate("source", source); err != nil {
		return nil, err
	}
	if err := validate("target", target); err != nil {
		return nil, err
	}

	// 1. Each side: sentences (spans into the text) and what each
	// sentence is, article text or web boilerplate.
	c := &check{
		o:   &o,
		src: newSide(source, o.srcLang, o.presegmented),
		tgt: newSide(target, o.tgtLang, o.presegmented),
	}

	// 2. The alignment of the article's sentences; boilerplate comes back
	// as beads of its own, in its place.
	alignOpts := append([]align.Option{
		align.WithLanguages(o.srcLang, o.tgtLang),
		align.WithExcluded(c.src.boilerplate(), c.tgt.boilerplate()),
		align.WithoutMatches(),
	}, o.alignOpts...)
	c.scorer = align.NewScorer(c.src.texts(), c.tgt.texts(), alignOpts...)
	c.beads = c.scorer.Align()
	c.length = c.scorer.LengthModel(c.beads)
	c.tables = tablesOf(c.src.code, c.tgt.code)

	// 3. The mode: a translation follows its source; a reorganized
	// translation draws on it anywhere.
	c.mode, c.modeReason = o.mode, ""
	if o.mode == ModeAuto {
		c.mode, c.modeReason = c.chooseMode()
	}
	var prov []align.Provenance
	if c.mode == ModeReorganized {
		prov = c.scorer.Provenance()
	}

	// 4. The rules: in translation mode on the whole documents and on
	// every bead; in reorganized mode on every target sentence and its
	// sources.
	if c.mode == ModeReorganized {
		c.runDocumentRules()
		c.reorganize(prov)
	} else {
		c.runRules()
	}

	// 5. The report.
	return c.report(), nil
}

// check is one check in progress: the two sides, their alignment and
// the findings so far.
type check struct {
	o        *options
	src, tgt *side
	scorer   *align.Scorer
	beads    []align.Bead
	// length is the document pair's length model, from its alignment.
	length align.LengthModel
	// tables are the built-in word tables of the language pair.
	tables   *pairTables
	findings []Finding
	// detected is the language each side reads as (see the
	// wrong-language rule).
	srcDetected, tgtDetected string
	// mode is the mode of the check, and modeReason why it was chosen.
	mode       Mode
	modeReason string
	// Reorganized mode: the provenance of every target sentence, the
	// quotations and the coverage of the source.
	provenance []Provenance
	quotations []quoteResult
	coverage   *Coverage
}

// report builds the report of the check.
func (c *check) report() *Report {
	r := &Report{
		Mode:       c.mode,
		ModeReason: c.modeReason,
		Source:     c.src.document(c.o.srcName, c.srcDetected),
		Target:     c.tgt.document(c.o.tgtName, c.tgtDetected),
		Findings:   c.findings,
		Provenance: c.provenance,
		Coverage:   c.coverage,
	}
	for _, q := range c.quotations {
		r.Quotations = append(r.Quotations, q.QuotationCheck)
	}
	srcCut, tgtCut := c.scorer.Cut()
	r.Source.Cut, r.Target.Cut = c.src.spans(srcCut), c.tgt.spans(tgtCut)
	r.Alignment = []Pair{}
	switch c.mode {
	case ModeReorganized:
		// The provenance relates the texts: every sentence stands alone.
		for i := range c.src.sents {
			r.Alignment = append(r.Alignment, Pair{Source: c.src.spans([]int{i})})
		}
		for j := range c.tgt.sents {
			r.Alignment = append(r.Alignment, Pair{Target: c.tgt.spans([]int{j})})
		}
	default:
		for _, b := range c.beads {
			r.Alignment = append(r.Alignment, Pair{
				Source:     c.src.spans(b.Src),
				Target:     c.tgt.spans(b.Tgt),
				Score:      round3(b.Score),
				Similarity: round3(b.Evidence.Coverage),
			})
		}
	}
	sortFindings(r.Findings)
	r.summarize()
	if r.Coverage != nil {
		r.Summary.SentenceCoverage, r.Summary.CharCoverage = 0, 0
		if n := r.Coverage.SourceSentences; n > 0 {
			r.Summary.SentenceCoverage = float64(r.Coverage.UsedSentences) / float64(n)
		}
		if n := r.Coverage.SourceChars; n > 0 {
			r.Summary.CharCoverage = float64(r.Coverage.UsedChars) / float64(n)
		}
	}
	return r
}

// validate rejects text that is not UTF-8 or has nothing but white space
// and invisible characters, saying where the first bad byte is.
func validate(side, text string) error {
	if i := textfile.FirstInvalid(text); i >= 0 {
		line, col := linecol.New(text).Pos(i)
		return fmt.Errorf("%w: the %s is not valid UTF-8 (byte 0x%02x at line %d, column %d; convert it, for example with iconv -f latin1 -t utf-8)",
			ErrInput, side, text[i], line, col)
	}
	if !textfile.HasText(text) {
		return fmt.Errorf("%w: the %s has no text (only white space or invisible characters)", ErrInput, side)
	}
	return nil
}
