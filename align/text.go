package align

import (
	"fmt"

	"github.com/fedele/fedele/internal/linecol"
	"github.com/fedele/fedele/internal/textfile"
	"github.com/fedele/fedele/segment"
)

// TextAlignment is the alignment of two raw texts: the sentences that
// segment found in each (spans into the texts) and the beads, whose
// indices refer to those sentence lists.
type TextAlignment struct {
	Src, Tgt []segment.Sentence
	Beads    []Bead
}

// AlignText splits the raw texts src and tgt into sentences with package
// segment (in the languages given by WithLanguages; other languages get
// the plain Unicode sentence boundaries) and aligns them. Texts that are
// not valid UTF-8 give an error wrapping ErrInput; empty texts are fine.
func AlignText(src, tgt string, opts ...Option) (*TextAlignment, error) {
	for _, t := range []struct{ side, text string }{{"source", src}, {"target", tgt}} {
		if i := textfile.FirstInvalid(t.text); i >= 0 {
			line, col := linecol.New(t.text).Pos(i)
			return nil, fmt.Errorf("%w: the %s text is not valid UTF-8 (byte 0x%02x at line %d, column %d)", ErrInput, t.side, t.text[i], line, col)
		}
	}
	o := defaultOptions()
	for _, f := range opts {
		f(&o)
	}
	ta := &TextAlignment{
		Src: segment.New(o.srcTag).Split(src),
		Tgt: segment.New(o.tgtTag).Split(tgt),
	}
	texts := func(ss []segment.Sentence) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Text
		}
		return out
	}
	ta.Beads = Align(texts(ta.Src), texts(ta.Tgt), opts...)
	return ta, nil
}
