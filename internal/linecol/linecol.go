// Package linecol turns byte offsets of a text into line and column
// numbers, counted as the reports of package fedele count them: lines
// end at "\n", "\r\n" or a lone "\r"; both numbers start at 1, and the
// column counts characters (a byte that is not UTF-8 counts as one).
package linecol

import (
	"sort"
	"unicode/utf8"
)

// markStride is the distance in bytes between two of the index's marks
// of character counts: a column is counted from the nearest mark before
// it, so that finding many positions on one enormous line (a page with no
// line breaks) costs at most this many bytes each, not the length of the
// line.
const markStride = 256

// Index locates offsets of one text. Its zero value, and a nil *Index,
// are an index of the empty text. It is safe for concurrent use.
type Index struct {
	text   string
	starts []int // the offset of the first byte of each line
	// marks are the first character start at or after every markStride
	// bytes, with the number of characters before it, on lines longer
	// than markStride only.
	marks []mark
}

type mark struct{ off, chars int }

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
	x := &Index{text: text, starts: starts}
	long := false
	for l := range starts {
		end := len(text)
		if l+1 < len(starts) {
			end = starts[l+1]
		}
		if end-starts[l] > markStride {
			long = true
			break
		}
	}
	if long {
		// Decoding from the start of the text agrees with decoding from
		// the start of any line: a line starts after an ASCII byte, which
		// no encoded character contains.
		next, chars := 0, 0
		for i := 0; i < len(text); chars++ {
			if i >= next {
				x.marks = append(x.marks, mark{i, chars})
				next = i + markStride
			}
			if text[i] < utf8.RuneSelf {
				i++
				continue
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
		}
	}
	return x
}

// Pos returns the line and column of byte off, clamped to the text.
func (x *Index) Pos(off int) (line, col int) {
	if x == nil || len(x.starts) == 0 {
		return 1, 1
	}
	off = min(max(off, 0), len(x.text))
	l := sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return l + 1, x.chars(x.starts[l], off) + 1
}

// chars counts the characters of text[from:to], from the start of a line.
func (x *Index) chars(from, to int) int {
	if to-from <= markStride || len(x.marks) == 0 {
		return utf8.RuneCountInString(x.text[from:to])
	}
	// The last mark at or before to, and the last at or before from.
	k := sort.Search(len(x.marks), func(i int) bool { return x.marks[i].off > to }) - 1
	j := sort.Search(len(x.marks), func(i int) bool { return x.marks[i].off > from }) - 1
	if k < 0 || x.marks[k].off <= from {
		return utf8.RuneCountInString(x.text[from:to])
	}
	before := x.marks[j].chars + utf8.RuneCountInString(x.text[x.marks[j].off:from])
	return x.marks[k].chars - before + utf8.RuneCountInString(x.text[x.marks[k].off:to])
}
