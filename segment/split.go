package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// How the splitter works
//
// A chunk (a paragraph, or one window of a long paragraph) is read line
// by line in one pass. Candidate boundaries come from three sources:
//
//   - UAX #29, computed by uniseg. Inside a line, a UAX #29 boundary can
//     only follow a terminator (rule SB11), and the state of the UAX #29
//     machine right after a white-space or letter character does not
//     depend on what came before. So uniseg runs only on a short region
//     around each terminator: from the start of the word before it to the
//     first letter after it, which covers the look-ahead of rule SB8.
//     The boundaries are those uniseg finds on the whole line
//     (FuzzUAX29Regions checks it).
//   - the language rules, which add candidates UAX #29 does not have:
//     after an ellipsis "…", at a period glued to the next sentence, before
//     a number or a dash that follows terminal punctuation and white space,
//     before an inline bullet, before the next item of an inline list;
//   - the end of each line.
//
// Each candidate is judged by the rules in rules.go, in text order.

// Candidate kinds.
const (
	candUAX      uint8 = 1 << iota // a UAX #29 boundary
	candGlued                      // terminal punctuation glued to a capitalized word
	candEllipsis                   // after "…" and white space
	candBullet                     // before an inline bullet
	candList                       // before the next item of an inline list
	candAfter                      // before a number or a dash after terminal punctuation
	candNote                       // after a footnote mark after terminal punctuation
)

type candidate struct {
	pos  int // start of the next sentence if the candidate is a boundary
	kind uint8
}

// listMarker is the marker of a numbered or lettered list item.
type listMarker struct {
	value int   // 1 for "1." or "a."
	style uint8 // kind and punctuation, see parseMarker
	ok    bool
}

// follows reports whether m is the marker after l ("2." after "1.").
func (l listMarker) follows(m listMarker) bool {
	return l.ok && m.ok && m.style == l.style && m.value == l.value+1
}

// maxToken bounds how far back the splitter looks for the start of the
// word before a terminator.
const maxToken = 256

// splitter segments one chunk. A driver reuses it from chunk to chunk.
type splitter struct {
	seg *Segmenter
	r   *rules // nil: plain UAX #29

	p    string // the chunk
	base int    // input offset of p
	para int
	out  []Sentence

	start     int        // start of the current sentence
	list      listMarker // list marker that opens the current sentence
	lineStart int        // start of the current line
	pending   []candidate

	regionEnd int // end of the last UAX #29 region
	floor     int // a region may start no earlier than this

	// The last quotation checked by embeddedQuote.
	qOpen, qClose int
	qEmbedded     bool
	// For each kind of quotation mark, the last closing mark found and
	// how far the search for closing marks has read.
	closers, closeSeen, closeFrom [quoteKinds]int

	wrapDone  bool
	wrapWidth int  // line width of a hard-wrapped chunk, 0 if not wrapped
	paraLines bool // the lines of the chunk are paragraphs (see scanLines)

	// cutAt is where the current sentence may be cut if it grows too
	// long (see maxSentence): the end of its last rejected candidate
	// boundary, line end or terminator; 0 for none.
	cutAt int
	// quiet reports that the chunk so far is one line in which nothing
	// happened: no terminator, no candidate, no decision. The state of
	// the splitter at the end of such a chunk is its state at the start.
	quiet bool

	widths   []int  // scratch for wrappedLine
	squeezed []byte // scratch for region
	// longest is the length of the longest run of closing punctuation
	// and spaces after a terminator handed to uniseg, for the tests.
	longest int
}

// maxSentence is the length in bytes beyond which a sentence is cut where
// it might have ended: at its last rejected candidate boundary, line end
// or terminator (ruleLongSentence). Only a sentence without any of them
// (no terminal punctuation, one line) grows longer. Ordinary sentences
// are far shorter: the longest gold sentence of the UD ISDT, VIT, EWT,
// GUM and PUD sets (tuning and held-out alike) has under 1,500 bytes.
const maxSentence = 4096

// split appends the sentences of chunk p, at input offset base, to out.
// p starts with a non-space character and holds no blank line. The scan
// of its first line starts at byte from: the caller passes 0, or the end
// of an earlier, shorter chunk with the same start that was quiet.
func (sp *splitter) split(out []Sentence, p string, base, para, from int) []Sentence {
	sp.p, sp.base, sp.para, sp.out = p, base, para, out
	sp.cutAt, sp.quiet = 0, true
	sp.pending = sp.pending[:0]
	sp.qOpen, sp.qClose = -1, -1
	for k := range sp.closers {
		sp.closers[k], sp.closeSeen[k], sp.closeFrom[k] = -1, 0, 0
	}
	sp.wrapDone = false
	sp.start = 0
	sp.beginSentence(0)
	ls := 0
	for {
		le, nx := sp.scanLine(ls, from)
		from = 0
		sp.flush(len(p))
		sp.guard(le)
		if nx >= len(p) {
			break
		}
		sp.quiet = false
		sp.lineBreak(ls, le, nx)
		ls = nx
	}
	if end := trimRight(p, len(p), sp.start); end > sp.start {
		sp.emit(end)
	}
	out = sp.out
	sp.out, sp.p = nil, ""
	return out
}

// scanLine reads the line that starts at ls, handling the events in it
// from byte from on. It returns the end of the line's content and the
// start of the next line.
func (sp *splitter) scanLine(ls, from int) (int, int) {
	p := sp.p
	sp.lineStart, sp.floor, sp.regionEnd = ls, ls, ls
	for i := max(ls, from); i < len(p); {
		switch events[p[i]] {
		case evNone:
			i++
		case evLF:
			return i, i + 1
		case evCR:
			if i+1 < len(p) && p[i+1] == '\n' {
				return i, i + 2
			}
			return i, i + 1
		case evTerm:
			sp.onTerminator(i, 1)
			i++
		case evParen:
			if sp.r != nil && sp.list.ok {
				sp.flush(i)
				sp.onMarkerEnd(i)
			}
			i++
		case evLead:
			r, n := utf8.DecodeRuneInString(p[i:])
			switch {
			case r == 0x85 || r == 0x2028 || r == 0x2029:
				return i, i + n
			case isTerminator(r):
				sp.onTerminator(i, n)
			case sp.r == nil:
			case r == '…':
				sp.onEllipsis(i, n)
			case isInlineBullet(r):
				sp.onBullet(i)
			}
			i += n
		}
	}
	return len(p), len(p)
}

// onTerminator handles the terminator of n bytes at t.
func (sp *splitter) onTerminator(t, n int) {
	sp.quiet = false
	sp.flush(t)
	sp.guard(t)
	sp.cutAt = t + n
	if sp.r != nil && sp.p[t] == '.' && sp.list.ok {
		sp.onMarkerEnd(t)
	}
	if t >= sp.regionEnd && sp.region(t, n) {
		return
	}
	if sp.r != nil {
		if n == 1 {
			if g := sp.glued(t); g > 0 {
				sp.push(g, candGlued)
			}
		}
		if b := sp.afterTerminal(t + n); b > 0 {
			sp.push(b, candAfter)
		}
	}
}

// afterTerminal returns the position of a number, a currency sign, a
// dash or a lower-case word that follows the terminal punctuation ending
// at i and white space, or 0. UAX #29 does not break before a dash (rule
// SB8a: "Dove vai? — Al mare."), nor before a lower-case word after a
// period, nor before a number when a lower-case word comes next (rule SB8:
// "dump. 1987 was", "it. $5,000 per person", "vendetta. messo in").
func (sp *splitter) afterTerminal(i int) int {
	p := sp.p
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if isTerminator(r) {
			return 0 // not the last terminator of the run
		}
		if !isCloser(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(p) && spaceLen(p, j) > 0 && lineBreakLen(p, j) == 0 {
		j += spaceLen(p, j)
	}
	if j == i || j >= len(p) {
		return 0
	}
	r, n := utf8.DecodeRuneInString(p[j:])
	switch {
	case isDigit(r) || unicode.Is(unicode.Sc, r) || isLower(r):
		return j
	case isDash(r):
		// A dash, or a run of them ("--"), then white space.
		k := j + n
		for k < len(p) && k-j < 8 && isDash(rune(p[k])) {
			k++
		}
		if k < len(p) && spaceLen(p, k) > 0 {
			return j
		}
	}
	// A lower-case word after opening marks: ". \"essere", ". (applausi".
	for k := j; k < len(p) && k-j < 8; {
		r, n := utf8.DecodeRuneInString(p[k:])
		if isLower(r) {
			return j
		}
		if !isOpener(r) {
			break
		}
		k += n
	}
	return 0
}

// region runs uniseg around the terminator of n bytes at t and queues the
// UAX #29 boundaries it finds. It reports whether it has also queued the
// candidates of the language rules after t (afterTerminal, glued).
func (sp *splitter) region(t, n int) bool {
	p := sp.p
	if n == 1 {
		// The common case, without uniseg: ".", "?" or "!", spaces and
		// an ASCII letter. UAX #29 breaks before the letter (SB11),
		// unless a period comes before a lower-case one (SB8); the
		// language rules judge the lower-case word all the same
		// (afterTerminal).
		j := t + 1
		for j < len(p) && (p[j] == ' ' || p[j] == '\t') {
			j++
		}
		if j > t+1 && j < len(p) && ('a' <= p[j] && p[j] <= 'z' || 'A' <= p[j] && p[j] <= 'Z') {
			sp.floor, sp.regionEnd = j, j+1
			switch {
			case p[t] != '.' || p[j] < 'a':
				sp.push(j, candUAX)
			case sp.r != nil:
				sp.push(j, candAfter)
			}
			return true
		}
	}
	// Start after the last white space before t (the UAX #29 state there
	// is the initial one), or at the letter that ended the previous region
	// (the state after a letter depends on the letter only).
	rs := t
	lim := max(sp.floor, t-maxToken)
	for rs > lim {
		r, m := utf8.DecodeLastRuneInString(p[lim:rs])
		if unicode.IsSpace(r) {
			break
		}
		rs -= m
	}
	if rs == lim && lim > sp.floor {
		// A very long word: start at the character before t, skipping
		// back over the marks that UAX #29 ignores.
		rs = t
		for rs > lim {
			r, m := utf8.DecodeLastRuneInString(p[lim:rs])
			rs -= m
			if !unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc, unicode.Cf) {
				break
			}
		}
	}
	// End after the first letter after t, where the look-ahead of SB8
	// stops, or at the end of the line.
	re := len(p)
	for j := t + n; j < len(p); {
		if lineBreakLen(p, j) > 0 {
			re = j
			break
		}
		r, m := utf8.DecodeRuneInString(p[j:])
		if isLetter(r) {
			re = j + m
			sp.floor = j
			break
		}
		j += m
	}
	sp.regionEnd = re
	cuts := sp.squeeze(t+n, re)
	if cuts[0].n == 0 && cuts[1].n == 0 {
		s, off, state := p[rs:re], rs, -1
		for len(s) > 0 {
			var sent string
			sent, s, state = uniseg.FirstSentenceInString(s, state)
			off += len(sent)
			if len(s) > 0 {
				sp.push(off, candUAX)
			}
		}
		return false
	}
	// Hand uniseg the region without the middle of its long runs.
	b := append(sp.squeezed[:0], p[rs:cuts[0].at]...)
	b = append(b, p[cuts[0].at+cuts[0].n:cuts[1].at]...)
	b = append(b, p[cuts[1].at+cuts[1].n:re]...)
	sp.squeezed = b
	// Where the cuts are in b. No boundary lies inside a run, so none
	// is at a cut.
	c0, c1 := cuts[0].at-rs, cuts[1].at-rs-cuts[0].n
	off, state := 0, -1
	for len(b) > 0 {
		var sent []byte
		sent, b, state = uniseg.FirstSentence(b, state)
		off += len(sent)
		if len(b) > 0 {
			at := rs + off
			if off > c0 {
				at += cuts[0].n
			}
			if off > c1 {
				at += cuts[1].n
			}
			sp.push(at, candUAX)
		}
	}
	return false
}

// A cut is a piece of a region that uniseg need not see.
type cut struct{ at, n int }

// keepRun is the number of bytes kept at each end of a long run of
// closing punctuation or of spaces after a terminator.
const keepRun = 8

// squeeze finds the run of closing punctuation and the run of spaces that
// follow the terminators at i (end of region re), with the marks and
// format characters among them, and returns the middle of each when it is
// long. UAX #29 never breaks inside such a run and
// reads all its characters alike (rules SB8 to SB11: ATerm Close* Sp*),
// so uniseg finds the same boundaries without them; but it reads ahead to
// the next letter from every character of the runs, which would take time
// of the square of their length ("Bene.’”»’”»…", "Ciao.))))…").
func (sp *splitter) squeeze(i, re int) [2]cut {
	p := sp.p
	var cuts [2]cut
	for i < re {
		r, n := utf8.DecodeRuneInString(p[i:re])
		if !isTerminator(r) {
			break
		}
		i += n
	}
	start := i
	for k, in := range [2]func(rune) bool{isCloseSB, isSpaceSB} {
		j := i
		for j < re {
			r, n := utf8.DecodeRuneInString(p[j:re])
			if !in(r) && !isIgnoredSB(r) {
				break
			}
			j += n
		}
		if j-i > 4*keepRun {
			a := i + keepRun
			for !utf8.RuneStart(p[a]) {
				a++
			}
			b := j - keepRun
			for !utf8.RuneStart(p[b]) {
				b--
			}
			cuts[k] = cut{at: a, n: b - a}
		} else {
			cuts[k] = cut{at: j}
		}
		i = j
	}
	sp.longest = max(sp.longest, i-start-cuts[0].n-cuts[1].n)
	return cuts
}

// isCloseSB reports whether r is of class Close for UAX #29: opening and
// closing punctuation and quotation marks (TestCloseMatchesUniseg).
func isCloseSB(r rune) bool {
	switch r {
	case '«', '»', '“', '”', '‘', '’', '„', '‹', '›':
		return true
	}
	if r < utf8.RuneSelf {
		return r == '"' || r == '\'' || r == '(' || r == ')' || r == '[' || r == ']' || r == '{' || r == '}'
	}
	return unicode.In(r, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf)
}

// isIgnoredSB reports whether r is of class Extend or Format for UAX #29:
// such characters take the class of the character before them (rule SB5).
// TestCloseMatchesUniseg checks them.
func isIgnoredSB(r rune) bool {
	if r < utf8.RuneSelf {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || unicode.Is(unicode.Cf, r) && r != 0x200B
}

// isSpaceSB reports whether r is of class Sp for UAX #29: white space
// that does not end a line.
func isSpaceSB(r rune) bool {
	return unicode.IsSpace(r) && r != '\n' && r != '\r' && r != 0x85 && r != 0x2028 && r != 0x2029
}

// glued returns the position of a capitalized word glued to the
// terminator at t ("world.Today", "1,000.That"), or 0. Addresses and file
// names ("Jane.Doe@example.com", "http://x.it/a.Html") are left alone.
func (sp *splitter) glued(t int) int {
	p := sp.p
	j := t + 1
	r, n := utf8.DecodeRuneInString(p[j:])
	if !isUpper(r) {
		return 0
	}
	if r2, _ := utf8.DecodeRuneInString(p[j+n:]); !isLower(r2) {
		return 0
	}
	k := j
	for k < len(p) {
		r, m := utf8.DecodeRuneInString(p[k:])
		if !isLetter(r) {
			break
		}
		k += m
	}
	if isGenericTLD(p[j:k]) && (k == len(p) || !isDigit(rune(p[k]))) {
		return 0 // "Newsfeed.Com", "Example.Org"
	}
	if k < len(p) {
		switch p[k] {
		case '@', '/', '\\', '_', '=', '&', '#', '%', '~', '+':
			return 0
		case '.', ':':
			if k+1 < len(p) {
				if r, _ := utf8.DecodeRuneInString(p[k+1:]); isLetter(r) || isDigit(r) {
					return 0
				}
			}
		}
	}
	l := t
	for l > sp.lineStart && t-l < 64 {
		r, m := utf8.DecodeLastRuneInString(p[sp.lineStart:l])
		if !isLetter(r) && !isDigit(r) && r != ',' {
			break
		}
		l -= m
	}
	if l == t {
		return 0
	}
	if l > sp.lineStart {
		if r, _ := utf8.DecodeLastRuneInString(p[sp.lineStart:l]); !unicode.IsSpace(r) && !isOpener(r) {
			return 0
		}
	}
	return j
}

// isGenericTLD reports whether w is a generic top-level domain of the
// Internet, in any case ("com", "Net", "ORG"): "Newsfeed.Com" is a name.
// Country codes are left out: "It", "De", "Is" are words too.
func isGenericTLD(w string) bool {
	switch strings.ToLower(w) {
	case "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz":
		return true
	}
	return false
}

// onEllipsis handles the "…" of n bytes at i: a candidate boundary when
// white space follows (UAX #29 does not treat "…" as a terminator).
func (sp *splitter) onEllipsis(i, n int) {
	sp.quiet = false
	sp.flush(i)
	sp.guard(i)
	sp.cutAt = i + n
	p := sp.p
	j := i + n
	for j < len(p) {
		r, m := utf8.DecodeRuneInString(p[j:])
		if r == '…' || r == '.' || isTerminator(r) {
			return // the terminator that follows has its own candidate
		}
		if !isCloser(r) {
			break
		}
		j += m
	}
	if j >= len(p) || spaceLen(p, j) == 0 || lineBreakLen(p, j) > 0 {
		return
	}
	for j < len(p) && spaceLen(p, j) > 0 && lineBreakLen(p, j) == 0 {
		j += spaceLen(p, j)
	}
	if j >= len(p) || lineBreakLen(p, j) > 0 {
		return // the end of the line decides
	}
	sp.push(j, candEllipsis)
}

// onBullet handles an inline bullet at i.
func (sp *splitter) onBullet(i int) {
	sp.flush(i)
	if i <= sp.start {
		return
	}
	if r, _ := utf8.DecodeLastRuneInString(sp.p[:i]); !unicode.IsSpace(r) {
		return
	}
	sp.push(i, candBullet)
	sp.flush(i)
}

// onMarkerEnd checks whether the '.' or ')' at i ends the marker of the
// next item of the inline list that opened the current sentence
// ("1. one 2. two").
func (sp *splitter) onMarkerEnd(i int) {
	p := sp.p
	ts := i
	for ts > sp.start && i-ts < 5 {
		c := p[ts-1]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || c == '(' || c == '.') {
			break
		}
		ts--
	}
	if ts <= sp.start || (p[ts-1] != ' ' && p[ts-1] != '\t') {
		return
	}
	m, e, ok := parseMarker(p, ts)
	if !ok || e <= i || e > i+2 || e < len(p) && spaceLen(p, e) == 0 {
		return
	}
	if !sp.list.follows(m) {
		return
	}
	sp.push(ts, candList)
	sp.flush(ts)
}

// push queues a candidate, in position order.
func (sp *splitter) push(pos int, kind uint8) {
	sp.quiet = false
	q := sp.pending
	i := len(q)
	for i > 0 && q[i-1].pos > pos {
		i--
	}
	if i > 0 && q[i-1].pos == pos {
		q[i-1].kind |= kind
		return
	}
	q = append(q, candidate{})
	copy(q[i+1:], q[i:])
	q[i] = candidate{pos: pos, kind: kind}
	sp.pending = q
}

// flush judges the queued candidates up to position upto.
func (sp *splitter) flush(upto int) {
	n := 0
	for n < len(sp.pending) && sp.pending[n].pos <= upto {
		c := sp.pending[n]
		n++
		if c.pos <= sp.start {
			continue
		}
		end := trimRight(sp.p, c.pos, sp.start)
		if end <= sp.start {
			continue
		}
		split, r, cut := sp.decide(c, end, sp.cluster(end))
		sp.traceRule(c.pos, r, split)
		if split {
			sp.emit(cut)
		} else {
			sp.cutAt = max(sp.cutAt, end)
		}
	}
	if n > 0 {
		m := copy(sp.pending, sp.pending[n:])
		sp.pending = sp.pending[:m]
	}
}

// lineBreak judges the end of the line [ls, le) whose next line starts at
// nx.
func (sp *splitter) lineBreak(ls, le, nx int) {
	next := skipSpace(sp.p, nx)
	if next >= len(sp.p) {
		return
	}
	end := trimRight(sp.p, le, sp.start)
	if end <= sp.start {
		return
	}
	split, r, cut := sp.decideLine(ls, end, next)
	sp.traceRule(next, r, split)
	if split {
		sp.emit(cut)
	} else {
		sp.cutAt = max(sp.cutAt, end)
		sp.guard(next)
	}
}

func (sp *splitter) traceRule(pos int, r rule, split bool) {
	if sp.seg.trace != nil {
		sp.seg.trace(sp.base+pos, r, split)
	}
}

// emit ends the current sentence at end; the next one starts at the
// first non-space character after it.
func (sp *splitter) emit(end int) {
	if end > sp.start {
		sp.out = append(sp.out, Sentence{
			Start: sp.base + sp.start,
			End:   sp.base + end,
			Para:  sp.para,
			Text:  sp.p[sp.start:end],
		})
	}
	sp.start = skipSpace(sp.p, end)
	sp.beginSentence(sp.start)
}

// beginSentence notes whether the sentence at i opens with a list marker.
func (sp *splitter) beginSentence(i int) {
	sp.list = listMarker{}
	if sp.r == nil || i >= len(sp.p) {
		return
	}
	p := sp.p
	if r, n := utf8.DecodeRuneInString(p[i:]); isInlineBullet(r) || isLineBullet(r) && i+n < len(p) && spaceLen(p, i+n) > 0 {
		i += n
		for i < len(p) && spaceLen(p, i) > 0 && lineBreakLen(p, i) == 0 {
			i += spaceLen(p, i)
		}
	}
	if m, e, ok := parseMarker(p, i); ok && e < len(p) && spaceLen(p, e) > 0 {
		sp.list = m
	}
}

// Marker styles: kind | punctuation.
const (
	markDigit  = 1 << 4
	markLetter = 2 << 4
	markDot    = 1 // "1."
	markParen  = 2 // "1)"
	markDotPar = 3 // "1.)"
	markBoth   = 4 // "(1)"
)

// parseMarker parses a list marker at i: one to three digits or one
// lower-case letter, followed by ".", ")" or ".)", or enclosed in
// parentheses. It returns the marker and its end.
func parseMarker(p string, i int) (listMarker, int, bool) {
	var m listMarker
	j := i
	paren := j < len(p) && p[j] == '('
	if paren {
		j++
	}
	k := j
	for k < len(p) && k-j < 3 && '0' <= p[k] && p[k] <= '9' {
		m.value = 10*m.value + int(p[k]-'0')
		k++
	}
	switch {
	case k > j:
		m.style = markDigit
	case j < len(p) && 'a' <= p[j] && p[j] <= 'z':
		m.value, m.style = int(p[j]-'a')+1, markLetter
		k = j + 1
	default:
		return m, 0, false
	}
	if k >= len(p) {
		return m, 0, false
	}
	switch {
	case paren:
		if p[k] != ')' {
			return m, 0, false
		}
		m.style |= markBoth
		k++
	case p[k] == '.' && k+1 < len(p) && p[k+1] == ')':
		m.style |= markDotPar
		k += 2
	case p[k] == '.':
		m.style |= markDot
		k++
	case p[k] == ')':
		m.style |= markParen
		k++
	default:
		return m, 0, false
	}
	m.ok = true
	return m, k, true
}

// parseLineMarker is parseMarker plus the markers only seen at the start
// of a line: "A)" and lower-case Roman numerals ("iv.", "ii)").
func parseLineMarker(p string, i int) (int, bool) {
	if _, e, ok := parseMarker(p, i); ok {
		return e, true
	}
	if i+1 < len(p) && 'A' <= p[i] && p[i] <= 'Z' && p[i+1] == ')' {
		return i + 2, true
	}
	k := i
	for k < len(p) && k-i < 4 && (p[k] == 'i' || p[k] == 'v' || p[k] == 'x') {
		k++
	}
	if k > i && k < len(p) && (p[k] == '.' || p[k] == ')') {
		return k + 1, true
	}
	return 0, false
}

// trimRight returns the end of p[lo:i] without its trailing white space.
func trimRight(p string, i, lo int) int {
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// skipSpace returns the position of the first non-space character of p at
// or after i, or len(p).
func skipSpace(p string, i int) int {
	for i < len(p) {
		n := spaceLen(p, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}
