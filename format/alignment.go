package format

import (
	"math"
	"unicode/utf8"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/linecol"
	"github.com/fedele/fedele/segment"
)

// Text is one side of a sentence alignment: the text and the sentences
// found in it, as spans into it.
type Text struct {
	// Name is the file name, or "".
	Name string
	// Lang is the BCP 47 tag of the text's language, or "".
	Lang string
	// Text is the whole text the sentences' offsets refer to.
	Text string
	// Sentences are the spans the beads' indices refer to, in order.
	Sentences []segment.Sentence
}

// AlignmentReport returns the report of a sentence alignment alone, as
// [align.Align] or [align.AlignText] produce it, so that the writers of
// this package can render it. Its alignment has one pair per bead, with
// the spans of the sentences; its summary has the coverage and no
// verdict ("": nothing was checked), and it has no findings.
//
// A bead index outside its sentence list is skipped, never a panic.
func AlignmentReport(src, tgt Text, beads []align.Bead) *fedele.Report {
	r := &fedele.Report{
		Source:    document(src),
		Target:    document(tgt),
		Findings:  []fedele.Finding{},
		Alignment: make([]fedele.Pair, 0, len(beads)),
		Summary:   fedele.Summary{Counts: map[fedele.Kind]int{}},
	}
	srcLines, tgtLines := linecol.New(src.Text), linecol.New(tgt.Text)
	var sents, covered, chars, coveredChars int
	for _, b := range beads {
		p := fedele.Pair{
			Source:     spans(src, srcLines, b.Src),
			Target:     spans(tgt, tgtLines, b.Tgt),
			Score:      round3(b.Score),
			Similarity: round3(b.Evidence.Coverage),
		}
		for _, sp := range p.Source {
			n := utf8.RuneCountInString(sp.Text)
			sents++
			chars += n
			if len(p.Target) > 0 {
				covered++
				coveredChars += n
			}
		}
		r.Alignment = append(r.Alignment, p)
	}
	if sents > 0 {
		r.Summary.SentenceCoverage = round3(float64(covered) / float64(sents))
	}
	if chars > 0 {
		r.Summary.CharCoverage = round3(float64(coveredChars) / float64(chars))
	}
	return r
}

func document(t Text) fedele.Document {
	return fedele.Document{Name: t.Name, Lang: t.Lang, Bytes: len(t.Text), Sentences: len(t.Sentences)}
}

// spans returns the spans of the sentences idx of t.
func spans(t Text, li *linecol.Index, idx []int) []fedele.Span {
	out := make([]fedele.Span, 0, len(idx))
	for _, i := range idx {
		if i < 0 || i >= len(t.Sentences) {
			continue
		}
		s := t.Sentences[i]
		sp := fedele.Span{Start: s.Start, End: s.End, Text: s.Text}
		if 0 <= s.Start && s.Start <= s.End && s.End <= len(t.Text) && t.Text[s.Start:s.End] == s.Text {
			sp.Line, sp.Col = li.Pos(s.Start)
		}
		// Otherwise the sentence does not point into the text
		// (sentences given without it): no line and column.
		out = append(out, sp)
	}
	return out
}

func round3(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return math.Round(x*1000) / 1000
}
