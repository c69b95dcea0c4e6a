package fedele

import (
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets of a text into line and column numbers.
// "\n", "\r\n" and a lone "\r" each end a line.
type lineIndex struct {
	text   string
	starts []int // byte offset of the first byte of each line
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text: text, starts: starts}
}

// span returns the Span of text[start:end] with the line and column of
// start (both 1-based; the column counts characters, an invalid byte
// counting as one).
func (li lineIndex) span(start, end int) Span {
	start = min(max(start, 0), len(li.text))
	end = min(max(end, start), len(li.text))
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > start }) - 1
	col := utf8.RuneCountInString(li.text[li.starts[line]:start]) + 1
	return Span{Start: start, End: end, Line: line + 1, Col: col, Text: li.text[start:end]}
}

// invalidUTF8 returns the offset of the first byte of text that is not
// valid UTF-8, or -1.
func invalidUTF8(text string) int {
	if utf8.ValidString(text) {
		return -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
