package segment

import (
	"unicode"
	"unicode/utf8"
)

// spaceLen returns the length of the white-space character at s[i], or 0.
// White space is what unicode.IsSpace reports, line breaks included.
func spaceLen[T text](s T, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < 0xC2:
		return 0
	case c == 0xC2: // U+0085, U+00A0
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
			return 2
		}
	case c == 0xE1: // U+1680
		if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
			return 3
		}
	case c == 0xE2: // U+2000..U+200A, U+2028, U+2029, U+202F, U+205F
		if i+2 < len(s) {
			if s[i+1] == 0x80 && (s[i+2] <= 0x8A && s[i+2] >= 0x80 || s[i+2] == 0xA8 || s[i+2] == 0xA9 || s[i+2] == 0xAF) ||
				s[i+1] == 0x81 && s[i+2] == 0x9F {
				return 3
			}
		}
	case c == 0xE3: // U+3000
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	}
	return 0
}

// lineBreakLen returns the length of the line break at s[i], or 0. Line
// breaks are LF, CR, CR LF, U+0085 NEXT LINE, U+2028 LINE SEPARATOR and
// U+2029 PARAGRAPH SEPARATOR: the paragraph separators of UAX #29.
func lineBreakLen[T text](s T, i int) int {
	switch s[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// isTerminator reports whether r is a sentence terminator of UAX #29
// (STerm or ATerm): the characters after which a sentence may end.
// TestTerminatorsMatchUniseg checks the set against uniseg.
func isTerminator(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '.' || r == '!' || r == '?'
	}
	return r == 0x2024 || r == 0xFE52 || r == 0xFF0E || unicode.Is(unicode.Sentence_Terminal, r)
}

// isLetter reports whether r is a letter that stops the look-ahead of
// UAX #29 rule SB8 (OLetter, Upper or Lower). Every rune for which it
// reports true is one (TestLettersMatchUniseg).
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	// U+FF9E and U+FF9F are letters (Lm) that UAX #29 treats as Extend.
	return unicode.IsLetter(r) && r != 0xFF9E && r != 0xFF9F
}

// isUpper reports whether r is an upper-case or title-case letter.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isLower reports whether r is a lower-case letter.
func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

// isCloser reports whether r closes a quotation or a parenthesis: such
// characters after a sentence's final punctuation stay with the sentence.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '»', '”', '’', '›', '“', '」', '』', '）', '］', '｝', '〉', '》', '〕', '】':
		return true
	}
	return false
}

// isOpener reports whether r opens a quotation or a parenthesis.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '«', '“', '„', '‘', '‹', '「', '『', '（', '［', '｛', '〈', '《', '〔', '【', '¿', '¡':
		return true
	}
	return false
}

// isDash reports whether r is a dash that may introduce dialogue or an
// aside ("— chiese lei").
func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '―' || r == '-'
}

// isInlineBullet reports whether r is a bullet character that starts a new
// segment even in the middle of a line ("• one • two").
func isInlineBullet(r rune) bool {
	switch r {
	case '•', '‣', '⁃', '◦', '▪', '▫', '●', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '✗', '✘':
		return true
	}
	return false
}

// isLineBullet reports whether r, first on a line and followed by white
// space, marks a list item ("· item", "- item", "— dialogue").
func isLineBullet(r rune) bool {
	switch r {
	case '·', '-', '*', '+', '–', '—', '―', '○', '→', '⇒', '❖', '◆', '◇':
		return true
	}
	return isInlineBullet(r)
}

// isElision reports whether r is an apostrophe.
func isElision(r rune) bool {
	return r == '\'' || r == '’'
}

// event classes of bytes for the scan of a line.
const (
	evNone  = iota
	evLF    // '\n'
	evCR    // '\r'
	evTerm  // '.', '!', '?'
	evParen // ')'
	evLead  // lead byte of a non-ASCII rune that may matter
)

// events maps each byte to its event class. Non-ASCII lead bytes are
// events when some rune they start is a line break, a terminator, an
// ellipsis or a bullet; Latin letters with diacritics (0xC3...) are not.
var events = makeEvents()

func makeEvents() (t [256]uint8) {
	t['\n'] = evLF
	t['\r'] = evCR
	t['.'], t['!'], t['?'] = evTerm, evTerm, evTerm
	t[')'] = evParen
	var buf [utf8.UTFMax]byte
	mark := func(r rune) {
		utf8.EncodeRune(buf[:], r)
		t[buf[0]] = evLead
	}
	mark(0x85)
	mark(0x2028)
	mark('…')
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if isTerminator(r) || isInlineBullet(r) {
			mark(r)
		}
		if r == 0xFFFF {
			// Supplementary planes: all start with 0xF0..0xF4; mark the
			// lead byte only if some terminator lives there.
			for _, rg := range unicode.Sentence_Terminal.R32 {
				if rg.Lo > 0xFFFF {
					mark(rune(rg.Lo))
				}
			}
			break
		}
	}
	return t
}
