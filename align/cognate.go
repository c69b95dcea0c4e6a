package align

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// cognateMin is the least word length, in letters, considered for cognates.
const cognateMin = 4

// prefixKey returns the first three letters of a word, the bucket in which
// cognate candidates are looked for.
func prefixKey(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return w[:i]
		}
		n++
	}
	return w
}

// The cognates of a word are looked for among at most cognateWindow
// target words of its bucket, the nearest in alphabetical order (those
// that share its longest prefix), and at most maxCognates of them, the
// most alike, are kept. The largest bucket of the development sets holds
// 168 words (UD PUD, Italian), the most cognates of one word are 14, so
// neither bound changes them; a text of a million codes that share their
// first letters ("ID000001", "ID000002"...) would otherwise compare every
// one with every other.
const (
	cognateWindow = 1024
	maxCognates   = 32
)

// cogEntry is a target word of a bucket: its type, length in runes and
// form.
type cogEntry struct {
	b    int32
	n    int
	form string
}

// nearest returns the words of bucket to compare with w: all of them, or,
// in a bucket larger than cognateWindow (sorted by form), the
// cognateWindow nearest to w in alphabetical order.
func nearest(bucket []cogEntry, w string) []cogEntry {
	if len(bucket) <= cognateWindow {
		return bucket
	}
	x, _ := slices.BinarySearchFunc(bucket, w, func(e cogEntry, w string) int { return strings.Compare(e.form, w) })
	lo := max(0, x-cognateWindow/2)
	hi := min(len(bucket), lo+cognateWindow)
	return bucket[max(0, hi-cognateWindow):hi]
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
