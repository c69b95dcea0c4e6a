package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// typesetSpecial marks the bytes at which the second pass stops to look.
var typesetSpecial = func() (t [256]bool) {
	for _, c := range []byte{' ', '\n', '\v', '\f', '"', '\'', '`', '.'} {
		t[c] = true
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = true
	}
	return t
}()

// typesetSpace marks the ASCII bytes after a space that need a closer
// look: more space, a line end, or a hyphen that may be an inciso.
var typesetSpace = [128]bool{' ': true, '\n': true, '\v': true, '\f': true, '-': true}

// typesetter is the state of the second pass: spaces, quotation marks,
// apostrophes, ellipses, dashes and Italian accents, on text that is NFC
// with "\n" line ends.
type typesetter struct {
	w         writer
	s         string
	conv      *conventions
	levels    []QuotePair
	plain     bool
	dash      string
	q         quoteState
	lineStart int
}

// typeset is the second pass. Its changes are in the coordinates of its
// input s. The map is nil when nothing changed.
func typeset(s string, conv *conventions, o options) (string, *Map, []Change) {
	t := typesetter{
		w:      writer{src: s, record: o.record},
		s:      s,
		conv:   conv,
		levels: conv.quotes,
		plain:  o.plainSpaces,
		dash:   conv.dash,
	}
	if o.quotes != nil {
		// The chosen pair, then the levels that follow it by default (all
		// of them if it is not one of the defaults).
		k := slices.Index(conv.quotes, *o.quotes)
		if k >= 0 {
			t.levels = conv.quotes[k:]
		} else {
			t.levels = append([]QuotePair{*o.quotes}, conv.quotes...)
		}
	}
	if o.dash != nil {
		t.dash = *o.dash
		if t.dash == "-" {
			t.dash = ""
		}
	}
	if t.levels != nil || conv.apostrophe != "" {
		// Quotation marks are read against the text as written so far.
		t.w.begin()
	}
	t.run()
	out, m := t.w.finish()
	if m == nil {
		m = IdentityMap(len(s))
	}
	return out, m, t.w.changes
}

func (t *typesetter) run() {
	s := t.s
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if !typesetSpecial[c] {
			i++
			continue
		}
		switch c {
		case ' ':
			if i+1 < n && s[i+1] < 0x80 && !typesetSpace[s[i+1]] {
				// One plain space between words: nothing to do.
				i++
				continue
			}
			i = t.spaces(i)
			continue
		case '\n', '\v', '\f':
			t.lineEnd(i)
			i++
			t.lineStart = i
			continue
		case '"':
			i = t.double(i, 1, '"')
			continue
		case '\'', '`':
			i = t.single(i, 1, rune(c))
			continue
		case '.':
			i = t.dots(i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
		case isHorizontalSpace(r):
			i = t.spaces(i)
			continue
		case r == 0x2028 || r == 0x2029 || r == 0x0085:
			t.lineEnd(i)
			t.lineStart = i + size
		default:
			switch classify(r) {
			case classDoubleQuote:
				if r != '″' { // a double prime is never a quotation mark
					i = t.double(i, size, r)
					continue
				}
			case classSingleQuote:
				if r != '′' && r != 'ʹ' && r != 'ʻ' && r != 'ʽ' && r != '＇' {
					i = t.single(i, size, r)
					continue
				}
			}
		}
		i += size
	}
}

// replace replaces s[from:to] with repl.
func (t *typesetter) replace(from, to int, repl string, kind Kind, rule string) {
	t.w.replace(from, to, repl, kind, rule)
}

// written returns the output up to the source offset i: the text before a
// mark as a second pass over the output would see it.
func (t *typesetter) written(i int) []byte {
	t.w.flush(i)
	return t.w.dst
}

// lineEnd ends the quotations left open at the line end at s[i] when a
// paragraph ends there: at a blank line, or after a line that ends a
// sentence. A line broken inside a sentence (hard-wrapped text) keeps them
// open.
func (t *typesetter) lineEnd(i int) {
	if len(t.q.stack) == 0 {
		return
	}
	s := t.s
	// A blank line before or after (spaces only count as blank: they are
	// removed), the end of the text, or a line end other than "\n".
	if s[i] != '\n' || blank(s[t.lineStart:i]) || blank(restOfLine(s, i+1)) {
		t.q.stack = t.q.stack[:0]
		return
	}
	// The last character of the line as written (after trailing spaces
	// were removed and marks replaced).
	switch lastRune(t.written(i)) {
	case '.', '!', '?', '…', ':', ';', '»', '”', '"', '\'', '’':
		t.q.stack = t.q.stack[:0]
	}
}

// blank reports whether s holds only horizontal spaces.
func blank(s string) bool {
	return strings.TrimLeftFunc(s, isHorizontalSpace) == ""
}

// restOfLine returns s[i:] up to its first "\n".
func restOfLine(s string, i int) string {
	s = s[i:]
	if j := strings.IndexByte(s, '\n'); j >= 0 {
		return s[:j]
	}
	return s
}

// isHorizontalSpace reports whether r is a space within a line: ' ' or a
// Unicode space separator (no-break, thin, em space...). Tabs are not.
func isHorizontalSpace(r rune) bool {
	return r == ' ' || r >= 0x80 && unicode.Is(unicode.Zs, r)
}

// spaces handles the run of spaces at s[i] and returns its end. Rules:
// SpaceTrailing, SpaceRun, SpacePlain, DashIncise, DashRange.
func (t *typesetter) spaces(i int) int {
	s := t.s
	n := len(s)
	j := i
	count := 0
	special := ""
	for j < n {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isHorizontalSpace(r) {
			break
		}
		if r != ' ' && special == "" {
			special = s[j : j+size]
		}
		j += size
		count++
	}
	if j == n || s[j] == '\n' || s[j] == '\v' || s[j] == '\f' {
		t.replace(i, j, "", TrailingSpace, "SpaceTrailing")
		return j
	}
	// A hyphen (or two) between spaces, not at the start of a line.
	dashEnd := -1
	if t.dash != "" && i > t.lineStart && s[j] == '-' {
		k := j + 1
		if k < n && s[k] == '-' {
			k++
		}
		if k < n && isHorizontalSpace(runeAt(s, k)) {
			dashEnd = k
		}
	}
	switch {
	case count >= 2:
		repl := " "
		if !t.plain && special != "" {
			repl = special
		}
		t.replace(i, j, repl, SpaceRun, "SpaceRun")
	case t.plain && special != "":
		t.replace(i, j, " ", Space, "SpacePlain")
	}
	if dashEnd < 0 {
		return j
	}
	dash, rule := t.dash, "DashIncise"
	if isDigit(runeBefore(s, i)) && isDigit(runeAt(s, dashEnd+spaceLen(s, dashEnd))) {
		dash, rule = "–", "DashRange"
	}
	t.replace(j, dashEnd, dash, Dash, rule)
	return dashEnd
}

// spaceLen returns the length of the run of spaces at s[i].
func spaceLen(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isHorizontalSpace(r) {
			break
		}
		j += size
	}
	return j - i
}

// dots handles the run of full stops at s[i]: exactly three become an
// ellipsis (rule Ellipsis); other runs are left alone.
func (t *typesetter) dots(i int) int {
	j := i
	for j < len(t.s) && t.s[j] == '.' {
		j++
	}
	if j-i == 3 {
		t.replace(i, j, "…", Ellipsis, "Ellipsis")
	}
	return j
}

// double handles the double quotation mark r of size bytes at s[i].
func (t *typesetter) double(i, size int, r rune) int {
	end := i + size
	if t.levels == nil {
		return end
	}
	role, rule := t.q.doubleRole(t.written(i), t.s[end:], r)
	switch role {
	case roleOpen:
		p := t.levels[min(t.q.depth(), len(t.levels)-1)]
		cl := p.Close
		if !t.write(p.Open, i, end, roleOpen, Quote, rule) {
			cl = closerOf(r)
		}
		t.q.push(open{mark: r, fam: famCurlyDouble, double: true, quote: true, pos: i, size: size, close: cl})
	case roleClose:
		k := t.q.innermost(true)
		if k < 0 {
			return end
		}
		t.write(t.q.stack[k].close, i, end, roleClose, Quote, rule)
		t.q.stack = t.q.stack[:k]
	}
	return end
}

// write writes the mark g in place of the mark at s[i:end], provided that
// g, read where it stands with the quotations open now, has the role that
// was decided for the mark. Otherwise the mark is left as written (no
// change is recorded), and normalizing again reads it the same way. It
// reports whether g is there.
func (t *typesetter) write(g string, i, end int, role markRole, kind Kind, rule string) bool {
	if g == "" {
		return false
	}
	if t.s[i:end] == g {
		return true
	}
	r, _ := utf8.DecodeRuneInString(g)
	var got markRole
	switch classify(r) {
	case classDoubleQuote:
		got, _ = t.q.doubleRole(t.written(i), t.s[end:], r)
	case classSingleQuote:
		got, _ = t.q.singleRole(t.written(i), t.s[end:], r, t.conv.leading, t.conv.elisions)
	}
	if got != role {
		return false
	}
	t.replace(i, end, g, kind, rule)
	return true
}

// closerOf returns the closing mark that matches the opening double mark r.
func closerOf(r rune) string {
	switch r {
	case '«':
		return "»"
	case '“', '‟':
		return "”"
	case '„':
		return "“"
	case '〝':
		return "〞"
	}
	return string(r)
}

// single handles the single mark r of size bytes at s[i]: apostrophes,
// single quotation marks and, in Italian, apostrophes typed for accents.
func (t *typesetter) single(i, size int, r rune) int {
	end := i + size
	if t.levels == nil && t.conv.apostrophe == "" {
		return end
	}
	if r == '\'' && t.conv.apostrophe != "" && i > 0 && end < len(t.s) && isASCIILetter(t.s[i-1]) && isASCIIAlnum(t.s[end]) {
		// The common case, l'AI or don't: what singleRole decides for an
		// apostrophe between letters, without writing the text out first.
		t.replace(i, end, t.conv.apostrophe, Apostrophe, "ApostropheInWord")
		return end
	}
	role, rule := t.q.singleRole(t.written(i), t.s[end:], r, t.conv.leading, t.conv.elisions)
	switch role {
	case roleApostrophe, roleYear, roleLeadElision:
		t.write(t.conv.apostrophe, i, end, role, Apostrophe, rule)
	case roleFinal:
		if t.conv.accents && rule == "ApostropheFinal" && t.accentContext(end) {
			w := wordBefore(t.written(i))
			if fixed, arule, ok := fixAccent(string(w)); ok {
				// The last letter is written already: take it back.
				_, lastSize := utf8.DecodeLastRune(w)
				_, fixedSize := utf8.DecodeLastRuneInString(fixed)
				t.w.unflush(lastSize)
				t.replace(i-lastSize, end, fixed[len(fixed)-fixedSize:], Accent, arule)
				return end
			}
		}
		t.write(t.conv.apostrophe, i, end, role, Apostrophe, rule)
	case roleOpen:
		if t.levels == nil {
			return end
		}
		cl := t.conv.single.Close
		if r == '‹' {
			cl = "›"
		} else if !t.write(t.conv.single.Open, i, end, roleOpen, Quote, rule) {
			cl = ""
		}
		t.q.push(open{mark: r, fam: famCurlySingle, quote: true, pos: i, size: size, close: cl})
	case roleClose:
		k := t.q.innermost(false)
		if k < 0 {
			return end
		}
		t.write(t.q.stack[k].close, i, end, roleClose, Quote, rule)
		t.q.stack = t.q.stack[:k]
	}
	return end
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }

// accentContext reports whether the apostrophe that ends at s[end] may be
// read as an accent, judging by what follows: not another single mark (an
// apostrophe followed by another is too ambiguous), nor a double mark glued
// to a word.
func (t *typesetter) accentContext(end int) bool {
	nx := runeAt(t.s, end)
	if nx < 0 {
		return true
	}
	if unicode.Is(unicode.Mn, nx) {
		// A combining mark would sit on the accented vowel.
		return false
	}
	switch classify(nx) {
	case classSingleQuote:
		return false
	case classDoubleQuote:
		return !isWordChar(runeAt(t.s, end+utf8.RuneLen(nx)))
	}
	return true
}
