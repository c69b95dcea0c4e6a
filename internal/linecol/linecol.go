// Package linecol turns byte offsets of a text into line and column
// numbers, counted as the reports of package fedele count them: lines
// end at "\n", "\r\n" or a lone "\r"; both numbers start at 1, and the
// column counts characters (a byte that is not UTF-8 counts as one).
package linecol

import (
	"sort"
	"unicode/utf8"
)

// Index locates offsets of one text. Its zero value, and a nil *Index,
// are an index of the empty text. It is safe for concurrent use.
type Index struct {
	text   string
	starts []int // the offset of the first byte of each line
}

// New indexes text, in time linear in its length.
func New(text string) *Index {
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
	return &Index{text: text, starts: starts}
}

// Pos returns the line and column of byte off, clamped to the text.
func (x *Index) Pos(off int) (line, col int) {
	if x == nil || len(x.starts) == 0 {
		return 1, 1
	}
	off = min(max(off, 0), len(x.text))
	l := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return l + 1, utf8.RuneCountInString(x.text[x.starts[l]:off]) + 1
}
