package segment

import (
	"unicode"
	"unicode/utf8"
)

// SplitLines reads text that holds one sentence a line, as aligned
// corpora and translation memories keep it, and returns its sentences.
//
// Each line is a sentence, its span trimmed of white space and of
// invisible characters (see below). Lines end with LF, CR LF or a lone
// CR, and with NEL, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH
// SEPARATOR. A blank line separates paragraphs (Para), as does U+2029. A
// line that holds only white space and invisible characters (a byte
// order mark, zero-width spaces and joiners, other format characters)
// is blank: it is never a sentence. Bytes that are not valid UTF-8 are
// text like any other.
//
// The Text of each sentence is a slice of text. The time taken is linear
// in the length of text.
func SplitLines(text string) []Sentence {
	var out []Sentence
	para, blank := 0, false
	for i := 0; i < len(text); {
		// The line is text[i:j]; the next starts at k.
		j, k, ps := i, len(text), false
		for j < len(text) {
			if n := lineBreakLen(text, j); n > 0 {
				k, ps = j+n, n == 3 && text[j+2] == 0xA9
				break
			}
			j++
		}
		if j == len(text) {
			k = j
		}
		s, e := trimInvisible(text, i, j)
		if s < e {
			if blank && len(out) > 0 {
				para++
			}
			out = append(out, Sentence{Start: s, End: e, Para: para, Text: text[s:e]})
			blank = false
		} else {
			blank = true
		}
		if ps {
			blank = true
		}
		i = k
	}
	return out
}

// SplitLinesBytes is like [SplitLines] for a byte slice. The input is
// copied once into a string that the sentences' Text fields share.
func SplitLinesBytes(text []byte) []Sentence {
	return SplitLines(string(text))
}

// trimInvisible returns the span of text[i:j] without the white space and
// invisible characters at both ends.
func trimInvisible(text string, i, j int) (int, int) {
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:j])
		if !isInvisible(r, n) {
			break
		}
		i += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if !isInvisible(r, n) {
			break
		}
		j -= n
	}
	return i, j
}

// isInvisible reports whether the rune r of n bytes is white space or a
// character that is not shown: a byte order mark, a zero-width space or
// joiner, a format character, a variation selector or another default
// ignorable code point of Unicode. Format characters that show a sign
// (the Arabic number sign U+0600 and the like) are visible, and so are
// bytes that are not valid UTF-8.
func isInvisible(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return false
	case r < utf8.RuneSelf:
		return r == ' ' || '\t' <= r && r <= '\r'
	case unicode.IsSpace(r):
		return true
	case unicode.Is(unicode.Prepended_Concatenation_Mark, r):
		return false
	}
	return unicode.In(r, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// visible reports whether s holds a character that is shown.
func visible(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isInvisible(r, n) {
			return true
		}
		i += n
	}
	return false
}
