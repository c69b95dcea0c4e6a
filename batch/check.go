package batch

import (
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/textfile"
)

// Checker checks one pair at a time. Its zero value reads files from
// the local file system (relative paths from the working directory) and
// takes pairs without languages for English into Italian. A Checker is
// safe for concurrent use if its ReadFile is.
type Checker struct {
	// ReadFile reads a file a pair names; nil means [os.ReadFile]. A
	// pipeline whose files live elsewhere sets its own.
	ReadFile func(name string) ([]byte, error)
	// SourceLang and TargetLang are the languages of pairs that give
	// none; the zero Tag means English and Italian.
	SourceLang, TargetLang language.Tag
	// Options are given to every [fedele.Check], before the pair's own
	// languages, names and mode, which take precedence.
	Options []fedele.Option
	// Lexicons are the lexicons learned from a corpus, by [LanguageKey]
	// (see [Checker.Learn]): a pair of those languages is aligned with
	// its lexicon's word pairs too.
	Lexicons map[string]*align.CorpusLexicon
}

// Check checks the pair p and returns its output record. Every failure
// is in the record's Error, never a panic: a pair that cannot be read
// or checked yields an error record.
func (c *Checker) Check(p Pair) (res Result) {
	res.ID = p.ID
	defer func() {
		// One faulty pair must not end a run of thousands: a panic in
		// the checker is a bug, reported in the record.
		if v := recover(); v != nil {
			res.Report, res.Error = nil, fmt.Sprintf("internal error checking this pair: %v", v)
		}
	}()
	report, err := c.check(p)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	res.Report = report
	return res
}

func (c *Checker) check(p Pair) (*fedele.Report, error) {
	var mode []fedele.Option
	if p.Mode != "" {
		m, err := fedele.ParseMode(p.Mode)
		if err != nil {
			return nil, err
		}
		mode = append(mode, fedele.WithMode(m))
	}
	sl, err := c.lang(p.SourceLang, c.SourceLang, language.English)
	if err != nil {
		return nil, fmt.Errorf("bad source_lang: %w", err)
	}
	tl, err := c.lang(p.TargetLang, c.TargetLang, language.Italian)
	if err != nil {
		return nil, fmt.Errorf("bad target_lang: %w", err)
	}
	src, srcName, err := c.text("source", p.Source, p.SourceText)
	if err != nil {
		return nil, err
	}
	tgt, tgtName, err := c.text("target", p.Target, p.TargetText)
	if err != nil {
		return nil, err
	}
	opts := append([]fedele.Option(nil), c.Options...)
	opts = append(opts, fedele.WithLanguages(sl, tl), fedele.WithNames(srcName, tgtName))
	opts = append(opts, mode...)
	if lex := c.Lexicons[LanguageKey(sl, tl)]; lex != nil {
		opts = append(opts, fedele.WithAlignOptions(align.WithCorpusLexicon(lex)))
	}
	if p.Presegmented {
		opts = append(opts, fedele.Presegmented())
	}
	return fedele.Check(src, tgt, opts...)
}

// Texts returns the source and target texts of p, read from its files
// or given inline, or, for a pair whose texts cannot be checked (a file
// missing or unreadable, a text not UTF-8 or empty), the error that
// [Checker.Check] puts in its record when the pair has no other fault.
// A pipeline that needs the texts before the check (to learn from the
// whole corpus, say) reads them once with Texts and checks with a
// ReadFile that returns what it read.
func (c *Checker) Texts(p Pair) (src, tgt string, err error) {
	if src, _, err = c.text("source", p.Source, p.SourceText); err != nil {
		return "", "", err
	}
	if tgt, _, err = c.text("target", p.Target, p.TargetText); err != nil {
		return "", "", err
	}
	return src, tgt, nil
}

// lang parses a pair's language, or gives the default.
func (c *Checker) lang(s string, def, fallback language.Tag) (language.Tag, error) {
	if s != "" {
		return language.Parse(s)
	}
	if def != language.Und {
		return def, nil
	}
	return fallback, nil
}

// text returns one side of a pair, read from path or given inline, and
// its name for the report; it fails as the programs do on a text that
// cannot be checked.
func (c *Checker) text(side, path, inline string) (string, string, error) {
	if path != "" && inline != "" {
		return "", "", fmt.Errorf(`give %s or %s_text, not both`, side, side)
	}
	if path == "" {
		return inline, "", textfile.Validate(side, "", []byte(inline), fedele.ErrInput)
	}
	read := c.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	b, err := read(path)
	if err != nil {
		return "", "", fmt.Errorf("reading the %s: %w", side, err)
	}
	if err := textfile.Validate(side, path, b, fedele.ErrInput); err != nil {
		return "", "", err
	}
	return string(b), path, nil
}
