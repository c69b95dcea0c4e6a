package evalkit

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// QuoteCase is one case of testdata/quotes/cases.tsv: an English passage
// of interview speech, an Italian sentence quoting it, and the verdict a
// careful editor gives the quotation (see testdata/quotes/README.md).
type QuoteCase struct {
	ID      string // q001, q002, …
	Verdict string // faithful, loose, intensified, weakened, altered, spliced or unsupported
	Source  string // the English passage
	Target  string // the Italian sentence, holding one quotation
	Note    string // what was changed, for a distortion; may be empty for a faithful quotation
	// SourceWords are the words of Source the quotation renders, each
	// copied verbatim: one piece, two for a spliced quotation, none for
	// an unsupported one.
	SourceWords []string
}

// HeldOut reports whether the case belongs to the held-out half of the
// set: the cases with an even number (q002, q004, …). The cases with an
// odd number are the development half.
func (c QuoteCase) HeldOut() bool {
	n, err := strconv.Atoi(strings.TrimPrefix(c.ID, "q"))
	return err == nil && n%2 == 0
}

// quoteHeader is the header line of a file of quotation cases.
const quoteHeader = "id\tverdict\tsource\ttarget\tsource_words\tnote"

// quoteSep separates the pieces of source_words.
const quoteSep = " | "

// LoadQuoteCases reads a file of quotation cases: a header line
// "id<TAB>verdict<TAB>source<TAB>target<TAB>source_words<TAB>note", then
// one case a line with those six fields. The file has no comments and no
// blank lines, so the case at index i is on line i+2. A missing header,
// a line without exactly six fields or with an empty id, verdict,
// source or target is an error naming the line; the content of the
// cases (known verdicts, pieces found in the source, one quotation a
// target) is checked by the package's tests, not here.
func LoadQuoteCases(path string) ([]QuoteCase, error) {
	return parseFile(path, parseQuoteCases)
}

func parseQuoteCases(r io.Reader) ([]QuoteCase, error) {
	var out []QuoteCase
	names := []string{"id", "verdict", "source", "target", "source_words", "note"}
	err := scanTSV(r, quoteHeader, names, false, func(n int, fields []string) error {
		for i, name := range names[:4] {
			if strings.TrimSpace(fields[i]) == "" {
				return fmt.Errorf("empty %s", name)
			}
		}
		c := QuoteCase{ID: fields[0], Verdict: fields[1], Source: fields[2], Target: fields[3], Note: fields[5]}
		if fields[4] != "" {
			c.SourceWords = strings.Split(fields[4], quoteSep)
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// QuotesPath returns the path of the project's set of quotation cases,
// testdata/quotes/cases.tsv in the module root: the first folder holding
// a go.mod found walking up from the working directory.
func QuotesPath() (string, error) {
	return moduleFile("testdata", "quotes", "cases.tsv")
}
