package normalize

import "unicode"

// charClass groups the characters that typography treats alike.
type charClass uint8

const (
	classOther       charClass = iota
	classSpace                 // any white space, line ends included
	classInvisible             // format characters removed from text
	classDoubleQuote           // double quotes and guillemets, straight or curly
	classSingleQuote           // single quotes, apostrophes and their look-alikes
	classDash                  // hyphens, dashes and minus signs
	classEllipsis              // the ellipsis character
)

// classify returns the class of r. It is the one place that lists the
// variants of each mark; Fold and String both use it.
func classify(r rune) charClass {
	if r < 0x80 {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return classSpace
		case '"':
			return classDoubleQuote
		case '\'', '`':
			return classSingleQuote
		case '-':
			return classDash
		}
		return classOther
	}
	switch r {
	case 0x00AD, // SOFT HYPHEN
		0x180E, // MONGOLIAN VOWEL SEPARATOR
		0x200B, // ZERO WIDTH SPACE
		0x2060, // WORD JOINER
		0xFEFF: // ZERO WIDTH NO-BREAK SPACE (byte order mark)
		return classInvisible
	case 0x00AB, 0x00BB, // « »
		0x201C, 0x201D, 0x201E, 0x201F, // “ ” „ ‟
		0x2033,                 // ″ DOUBLE PRIME
		0x301D, 0x301E, 0x301F, // 〝 〞 〟
		0xFF02: // ＂
		return classDoubleQuote
	case 0x00B4, // ´ ACUTE ACCENT, typed for an apostrophe
		0x02B9, 0x02BB, 0x02BC, 0x02BD, // ʹ ʻ ʼ ʽ modifier letters
		0x2018, 0x2019, 0x201A, 0x201B, // ‘ ’ ‚ ‛
		0x2032,         // ′ PRIME
		0x2039, 0x203A, // ‹ ›
		0xFF07: // ＇
		return classSingleQuote
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, // ‐ ‑ ‒ – — ―
		0x2043,         // ⁃ HYPHEN BULLET
		0x2212,         // − MINUS SIGN
		0x2E3A, 0x2E3B, // ⸺ ⸻
		0xFE58, 0xFE63, 0xFF0D: // ﹘ ﹣ －
		return classDash
	case 0x2026: // …
		return classEllipsis
	}
	if unicode.IsSpace(r) {
		return classSpace
	}
	return classOther
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', 0x0085, 0x2028, 0x2029:
		return true
	}
	return false
}
