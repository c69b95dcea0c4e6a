package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file decides what a quotation mark does where it stands: open a
// quotation, close one, or serve as an apostrophe or a prime. String and
// Balance share these decisions, so that what String curls is what Balance
// pairs.

// markRole is what a quotation mark does in its context.
type markRole uint8

const (
	roleNone        markRole = iota // leave it alone (ambiguous or stray)
	roleOpen                        // opens a quotation
	roleClose                       // closes the innermost quotation of its kind
	roleApostrophe                  // an apostrophe inside or before a word
	roleFinal                       // an apostrophe ending a word (po', goin')
	rolePrime                       // a prime: 5'10", 45°30'
	roleYear                        // the apostrophe of a shortened year: '90s
	roleLeadElision                 // an apostrophe starting a word: 'ndrangheta, 'em
)

// family identifies a pair of marks for matching.
type family uint8

const (
	famParen        family = iota + 1 // ( )
	famBracket                        // [ ]
	famBrace                          // { }
	famGuillemet                      // « »
	famSingleGuill                    // ‹ ›
	famCurlyDouble                    // “ ” „ ‟
	famStraightDbl                    // "
	famCurlySingle                    // ‘ ’ ‚ ‛
	famStraightSngl                   // ' ` ´ ʼ
)

// open is an entry of the stack of open quotations and brackets.
type open struct {
	mark   rune // the opening mark as found in the text
	fam    family
	double bool   // a double quotation (any family of double marks)
	quote  bool   // a quotation rather than a bracket
	pos    int    // byte offset of the opening mark
	size   int    // its length
	close  string // the closing mark String will write for it
}

// quoteState is the stack of open quotations (and, for Balance, brackets).
type quoteState struct {
	stack []open
	// lowPairs lets “ close a quotation opened by „, as in German. Balance
	// sets it; String does not, since the marks it writes for „ would not
	// be read that way again.
	lowPairs bool
}

// maxOpen bounds the stack, so that text with thousands of opening marks
// costs linear time; deeper nesting does not occur in prose.
const maxOpen = 64

// push opens o. When the stack is full, its oldest entry is dropped and
// returned.
func (q *quoteState) push(o open) (dropped open, ok bool) {
	if len(q.stack) >= maxOpen {
		dropped, ok = q.stack[0], true
		q.stack = append(q.stack[:0], q.stack[1:]...)
	}
	q.stack = append(q.stack, o)
	return dropped, ok
}

// innermost returns the index of the innermost open quotation that is
// double (or single when double is false), or -1.
func (q *quoteState) innermost(double bool) int {
	for k := len(q.stack) - 1; k >= 0; k-- {
		if e := &q.stack[k]; e.quote && e.double == double {
			return k
		}
	}
	return -1
}

// depth is the number of open quotations.
func (q *quoteState) depth() int {
	n := 0
	for _, o := range q.stack {
		if o.quote {
			n++
		}
	}
	return n
}

// lastRune returns the rune that ends b, or -1 if b is empty.
func lastRune(b []byte) rune {
	if len(b) == 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRune(b)
	return r
}

// firstRune returns the rune that starts s, or -1 if s is empty.
func firstRune(s string) rune {
	if s == "" {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// runeBefore returns the rune that ends s[:i], or -1 at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune at s[i], or -1 at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isBlank reports whether r is white space or the edge of the text.
func isBlank(r rune) bool {
	return r < 0 || unicode.IsSpace(r)
}

// isLetter reports whether r is a letter; the modifier letters that look
// like apostrophes (ʼ ʹ ʻ ʽ) are marks here, not letters.
func isLetter(r rune) bool {
	return r >= 0 && unicode.IsLetter(r) && !isApostropheLetter(r)
}

func isApostropheLetter(r rune) bool {
	return r == 'ʼ' || r == 'ʹ' || r == 'ʻ' || r == 'ʽ'
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isWordChar(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) && !isApostropheLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// isOpener reports whether a quotation may open right after r.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '<', '/', '-', '–', '—', '―',
		'«', '‹', '“', '‘', '„', '‚', '‟', '‛':
		return true
	}
	return false
}

// opensBefore reports whether a quotation may open after b, judging by its
// end: white space, the start, an opening bracket or mark, or straight
// marks that themselves follow one of these ("'word). It looks back over a
// few marks at most, so that a long run of them stays linear.
func opensBefore(b []byte) bool {
	for range 8 {
		if len(b) == 0 {
			return true
		}
		r, size := utf8.DecodeLastRune(b)
		if r != '"' && r != '\'' && r != '`' {
			return isBlank(r) || isOpener(r)
		}
		b = b[:len(b)-size]
	}
	return false
}

// isCloserContext reports whether a quotation may close right before r:
// white space, the end, or punctuation.
func isCloserContext(r rune) bool {
	return isBlank(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || isApostropheLetter(r)
}

// doubleRole decides the role of the double mark r, given the text before
// it as written so far (b) and the text after it (ahead). Rule names:
// QuoteTrusted (directional marks « » „ “ ‟), QuoteFlank (a straight or
// right mark by the characters around it), QuoteStack (an ambiguous mark by
// the quotations open), Prime (after a number).
func (q *quoteState) doubleRole(b []byte, ahead string, r rune) (markRole, string) {
	p, nx := lastRune(b), firstRune(ahead)
	if k := q.innermost(true); q.lowPairs && r == '“' && k >= 0 && q.stack[k].mark == '„' && !isBlank(p) {
		// „…“: the German pair, closed by a left mark.
		return roleClose, "QuoteTrusted"
	}
	switch r {
	case '«', '„', '“', '‟', '〝':
		return roleOpen, "QuoteTrusted"
	case '»', '〞', '〟':
		return roleClose, "QuoteTrusted"
	}
	if (r == '"' || r == '＂') && isDigit(p) {
		// 5'10", 45°30'15": a prime, unless it closes a quotation that
		// ends in a number ("nel 2031").
		if isFeetInches(b) || q.innermost(true) < 0 || !isCloserContext(nx) {
			return rolePrime, "Prime"
		}
	}
	if isWordChar(p) && isWordChar(nx) {
		// Inside a word: no telling; leave it.
		return roleNone, ""
	}
	if r == '”' && q.innermost(true) >= 0 && !isBlank(p) {
		// A right mark closes an open quotation, even an empty one.
		return roleClose, "QuoteFlank"
	}
	ob := opensBefore(b)
	left := !isBlank(nx) && ob
	right := !ob && isCloserContext(nx)
	switch {
	case left && !right:
		return roleOpen, "QuoteFlank"
	case right && !left:
		return roleClose, "QuoteFlank"
	}
	if q.innermost(true) >= 0 {
		return roleClose, "QuoteStack"
	}
	return roleOpen, "QuoteStack"
}

// isFeetInches reports whether a double mark after b ends a measure of the
// form 5'10" or 45°30'15".
func isFeetInches(b []byte) bool {
	j := len(b)
	for j > 0 && isDigit(rune(b[j-1])) {
		j--
	}
	if j == len(b) || j == 0 {
		return false
	}
	r := lastRune(b[:j])
	return r == '\'' || r == '′' || r == '’'
}

// singleRole decides the role of the single mark r (a straight or curly
// single quote, an apostrophe or a look-alike), given the text before it as
// written so far (b) and the text after it (ahead). leading and elisions
// are the words that begin or end with an apostrophe.
func (q *quoteState) singleRole(b []byte, ahead string, r rune, leading, elisions map[string]bool) (markRole, string) {
	switch r {
	case '‹':
		return roleOpen, "QuoteTrusted"
	case '›':
		return roleClose, "QuoteTrusted"
	}
	p, nx := lastRune(b), firstRune(ahead)
	straight := r != '‘' && r != '’' && r != '‚' && r != '‛'
	// ApostropheInWord: l'AI, don't, dell'8.
	if isLetter(p) && isWordChar(nx) {
		return roleApostrophe, "ApostropheInWord"
	}
	if isDigit(p) && nx == 's' && !isLetter(firstRune(ahead[1:])) && !afterDegrees(b) {
		// ApostropheInWord: the 1990's, a 747's wing (but 45°30'S is a
		// latitude).
		return roleApostrophe, "ApostropheInWord"
	}
	if straight && isDigit(p) {
		// Prime: 5'10", 45°52'N; unless it closes a quotation that ends
		// in a number.
		if isDigit(nx) || q.innermost(false) < 0 || !isCloserContext(nx) {
			return rolePrime, "Prime"
		}
		return roleClose, "QuoteStack"
	}
	// ApostropheYear: '90s, ’90, ‘80s typed with the wrong curl.
	ob := opensBefore(b)
	if ob && isYear(ahead) {
		return roleYear, "ApostropheYear"
	}
	if r == '‘' || r == '‚' || r == '‛' {
		// Left marks open, unless they start a word that begins with an
		// apostrophe (‘n’ typed with the wrong curl).
		if isListed(wordAfter(ahead), leading) {
			return roleLeadElision, "ApostropheLeading"
		}
		return roleOpen, "QuoteTrusted"
	}
	left := !isBlank(nx) && ob
	right := !ob && isCloserContext(nx)
	if right && !left {
		w := wordBefore(b)
		if isListed(w, elisions) {
			return roleFinal, "ApostropheElision"
		}
		if q.innermost(false) >= 0 {
			return roleClose, "QuoteFlank"
		}
		if len(w) > 0 {
			return roleFinal, "ApostropheFinal"
		}
		return roleNone, ""
	}
	if left && !right {
		if r == '’' && q.innermost(false) >= 0 && !isBlank(p) {
			// A right mark closes an open quotation, even an empty one.
			return roleClose, "QuoteFlank"
		}
		if isListed(wordAfter(ahead), leading) {
			return roleLeadElision, "ApostropheLeading"
		}
		if r == '’' && q.innermost(false) >= 0 {
			// ’ before a word inside an open single quotation: an
			// apostrophe written where a word starts, not a new quote.
			return roleNone, ""
		}
		return roleOpen, "QuoteFlank"
	}
	if q.innermost(false) >= 0 {
		return roleClose, "QuoteStack"
	}
	return roleNone, ""
}

// afterDegrees reports whether the number that ends b follows a degree
// sign: minutes of arc, not a year.
func afterDegrees(b []byte) bool {
	j := len(b)
	for j > 0 {
		c := b[j-1]
		if isDigit(rune(c)) || (c == '.' || c == ',') && j < len(b) && j > 1 && isDigit(rune(b[j-2])) {
			j--
			continue
		}
		break
	}
	return lastRune(b[:j]) == '°'
}

// isListed reports whether the word w, in lower case, is in the list.
func isListed[W []byte | string](w W, list map[string]bool) bool {
	if len(w) == 0 || len(w) > 32 {
		return false
	}
	var buf [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return list[strings.ToLower(string(w))]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return list[string(buf[:len(w)])]
}

// isYear reports whether ahead starts with two digits not followed by a
// third: the rest of a shortened year.
func isYear(ahead string) bool {
	return len(ahead) >= 2 && isDigit(rune(ahead[0])) && isDigit(rune(ahead[1])) &&
		(len(ahead) == 2 || !isDigit(rune(ahead[2])))
}

// wordBefore returns the letters that end b.
func wordBefore(b []byte) []byte {
	j := len(b)
	for j > 0 {
		r, size := utf8.DecodeLastRune(b[:j])
		if !isLetter(r) {
			break
		}
		j -= size
	}
	return b[j:]
}

// wordAfter returns the letters that start ahead.
func wordAfter(ahead string) string {
	j := 0
	for j < len(ahead) {
		r, size := utf8.DecodeRuneInString(ahead[j:])
		if !isLetter(r) {
			break
		}
		j += size
	}
	return ahead[:j]
}
