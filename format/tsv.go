package format

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/fedele/fedele"
)

// WriteTSV writes the alignment of r as hunalign and LF Aligner users
// read it: one bead a line, "score<TAB>source<TAB>target", the score
// the aligner's confidence with three decimals, each side the texts of
// its sentences joined by a space (empty for a sentence left without
// counterpart). There is no header line.
//
// A line holds one bead, so every run of white space in a text that
// holds a tab, a line break (LF, CR, VT, FF, NEL, U+2028, U+2029) is
// collapsed into one space; nothing else is changed. [MinScore] leaves
// out the beads below a score.
func WriteTSV(w io.Writer, r *fedele.Report, opts ...Option) error {
	o := newOptions(opts)
	bw := bufio.NewWriter(w)
	var line []byte
	for _, p := range r.Alignment {
		if p.Score < o.minScore {
			continue
		}
		line = strconv.AppendFloat(line[:0], p.Score, 'f', 3, 64)
		line = append(line, '\t')
		line = appendTSVSide(line, p.Source)
		line = append(line, '\t')
		line = appendTSVSide(line, p.Target)
		line = append(line, '\n')
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// appendTSVSide appends the texts of spans, joined by a space, with
// the white space that would break the line collapsed.
func appendTSVSide(dst []byte, spans []fedele.Span) []byte {
	for i, sp := range spans {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = appendOneLine(dst, sp.Text)
	}
	return dst
}

// appendOneLine appends s with every run of white space that holds a
// tab or a line break replaced by one space.
func appendOneLine(dst []byte, s string) []byte {
	for len(s) > 0 {
		i := strings.IndexFunc(s, breaksLine)
		if i < 0 {
			return append(dst, s...)
		}
		// The run of white space around s[i].
		start := len(strings.TrimRightFunc(s[:i], isSpace))
		end := len(s) - len(strings.TrimLeftFunc(s[i:], isSpace))
		dst = append(dst, s[:start]...)
		dst = append(dst, ' ')
		s = s[end:]
	}
	return dst
}

// breaksLine reports whether r would break a TSV line or cell.
func breaksLine(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isSpace is white space for collapsing: the Unicode white space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}
