package fedele

import "github.com/fedele/fedele/internal/linecol"

// lineIndex turns byte offsets of a text into report spans, with the
// line and column of their start (see internal/linecol).
type lineIndex struct {
	text string
	pos  *linecol.Index
}

func newLineIndex(text string) lineIndex {
	return lineIndex{text: text, pos: linecol.New(text)}
}

// span returns the Span of text[start:end] with the line and column of
// start (both 1-based; the column counts characters, an invalid byte
// counting as one).
func (li lineIndex) span(start, end int) Span {
	start = min(max(start, 0), len(li.text))
	end = min(max(end, start), len(li.text))
	line, col := li.pos.Pos(start)
	return Span{Start: start, End: end, Line: line, Col: col, Text: li.text[start:end]}
}
