package fedele

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/segment"
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
}

func defaultOptions() options {
	return options{
		srcLang:    language.English,
		tgtLang:    language.Italian,
		thresholds: DefaultThresholds(),
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
// [WithLanguages].
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
	c := newChecker(source, target, &o)
	if err := c.run(); err != nil {
		return nil, err
	}
	return c.report, nil
}

// validate rejects text that is not UTF-8 or has nothing but white
// space, saying where the first bad byte is.
func validate(side, text string) error {
	if !utf8.ValidString(text) {
		i := 0
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		sp := newLineIndex(text).span(i, i)
		return fmt.Errorf("%w: the %s is not valid UTF-8 (byte 0x%02x at line %d, column %d; convert it, for example with iconv -f latin1 -t utf-8)",
			ErrInput, side, text[i], sp.Line, sp.Col)
	}
	if strings.TrimSpace(strings.TrimPrefix(text, "\uFEFF")) == "" {
		return fmt.Errorf("%w: the %s has no text", ErrInput, side)
	}
	return nil
}

// split cuts text into sentences by the options.
func split(text string, tag language.Tag, presegmented bool) []segment.Sentence {
	if !presegmented {
		return segment.New(tag).Split(text)
	}
	var out []segment.Sentence
	para, blank := 0, false
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := len(text)
		if end < 0 {
			end = len(text)
		} else {
			end += start
			next = end + 1
		}
		line := text[start:end]
		trimmed := strings.TrimSpace(strings.TrimPrefix(line, "\uFEFF"))
		if trimmed == "" {
			blank = len(out) > 0
		} else {
			if blank {
				para++
				blank = false
			}
			off := start + strings.Index(line, trimmed)
			out = append(out, segment.Sentence{Start: off, End: off + len(trimmed), Para: para, Text: trimmed})
		}
		start = next
	}
	return out
}
