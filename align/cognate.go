package align

import "unicode/utf8"

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

func runeLen(s string) int { return utf8.RuneCountInString(s) }
