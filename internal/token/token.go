package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/normalize"
)

// Word is a span of a word in the text it was cut from.
type Word struct {
	Start, End int // byte offsets: text[Start:End] is the word
}

// Text returns the word as a slice of s, the string it was cut from.
func (w Word) Text(s string) string { return s[w.Start:w.End] }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r < firstMark {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// firstMark is the first nonspacing or spacing combining mark (U+0300
// COMBINING GRAVE ACCENT): below it only letters and digits are word
// runes.
const firstMark = 0x300

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// Words returns the words of s in order. Invalid UTF-8 bytes are treated
// as separators.
func Words(s string) []Word {
	// About one word in five bytes of running text: one allocation for
	// most sentences.
	return AppendWords(make([]Word, 0, len(s)/5+2), s)
}

// AppendWords appends the words of s to dst and returns the result.
func AppendWords(dst []Word, s string) []Word {
	i := 0
	for i < len(s) {
		if n := urlLen(s[i:]); n > 0 && (i == 0 || !isWordRuneBefore(s, i)) {
			dst = append(dst, Word{i, i + n})
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !isWordRune(r) {
			i += size
			continue
		}
		start := i
		i += size
		mail := false // an @ joined: the dots that follow are a domain's
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError && isWordRune(r) {
				i += size
				continue
			}
			// Joiners: keep when a word character follows.
			if r == '.' || r == ',' || isHyphen(r) || r == '@' {
				prev, _ := utf8.DecodeLastRuneInString(s[start:i])
				next, nsize := utf8.DecodeRuneInString(s[i+size:])
				if next == utf8.RuneError || !isWordRune(next) {
					break
				}
				switch {
				case r == '.' && mail:
					// inside an e-mail domain
				case r == '.' || r == ',':
					if !unicode.IsDigit(prev) || !unicode.IsDigit(next) {
						goto done
					}
				case r == '@':
					// The word so far, letters, digits and joiners, is
					// the local part of an address.
					mail = true
				}
				i += size + nsize
				continue
			}
			break
		}
	done:
		dst = append(dst, Word{start, i})
	}
	return dst
}

func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r != utf8.RuneError && isWordRune(r)
}

// urlLen returns the length of the web address at the start of s, or 0.
func urlLen(s string) int {
	if s == "" {
		return 0
	}
	if c := s[0] | 0x20; c != 'h' && c != 'w' {
		return 0 // neither http(s):// nor www.
	}
	var rest string
	switch {
	case hasPrefixFold(s, "https://"):
		rest = s[8:]
	case hasPrefixFold(s, "http://"):
		rest = s[7:]
	case hasPrefixFold(s, "www."):
		rest = s[4:]
	default:
		return 0
	}
	if rest == "" {
		return 0
	}
	n := len(s) - len(rest)
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r == utf8.RuneError || unicode.IsSpace(r) || strings.ContainsRune("\"'<>()[]{}«»“”‘’", r) {
			break
		}
		n += size
	}
	// Trailing sentence punctuation is not part of the address.
	for n > 0 && strings.ContainsRune(".,;:!?", rune(s[n-1])) {
		n--
	}
	if n <= len(s)-len(rest) {
		return 0
	}
	return n
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// folder builds the comparison keys of words; it holds no state.
var folder = normalize.NewFolder(normalize.StripAccents())

// Fold returns the comparison key of a word, as normalize.Fold makes it
// with accents stripped: Unicode case folding (so "ß" is "ss"), accents
// removed, typographic apostrophes, quotes and dashes mapped to their
// ASCII forms.
func Fold(w string) string {
	return folder.Key(w)
}

// IsCapitalized reports whether the word starts with an upper-case letter.
func IsCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// IsUpper reports whether the word has at least two letters and all of
// its letters are upper case (an acronym such as "NATO" or "GPT-5").
func IsUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// HasDigit reports whether the word contains a decimal digit.
func HasDigit(w string) bool {
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// IsURL reports whether the word is a web or e-mail address.
func IsURL(w string) bool {
	return urlLen(w) == len(w) && w != "" || (strings.Contains(w, "@") && strings.Contains(w, "."))
}
