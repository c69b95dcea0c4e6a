package normalize

import (
	"cmp"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Kind names the kind of a [Change].
type Kind uint8

// The kinds of change String makes.
const (
	// InvalidUTF8 marks bytes that are not valid UTF-8 replaced by U+FFFD
	// with [ReplaceInvalid] (kept bytes are listed in Result.Invalid).
	InvalidUTF8 Kind = iota + 1
	// Invisible is a byte order mark, zero-width space, soft hyphen, word
	// joiner or Mongolian vowel separator, removed.
	Invisible
	// LineEnd is a line end other than "\n" (CRLF, CR, NEL, LINE
	// SEPARATOR, PARAGRAPH SEPARATOR) made "\n" ("\n\n" for a paragraph).
	LineEnd
	// Composition is text brought to Unicode NFC ("e\u0301" to "é").
	Composition
	// Space is a no-break, thin or other special space made plain by
	// [PlainSpaces].
	Space
	// SpaceRun is a run of two or more spaces collapsed into one.
	SpaceRun
	// TrailingSpace is white space removed at the end of a line.
	TrailingSpace
	// Quote is a quotation mark set by the conventions of the language.
	Quote
	// Apostrophe is a straight or look-alike apostrophe made ’.
	Apostrophe
	// Ellipsis is "..." made "…".
	Ellipsis
	// Dash is a hyphen between spaces (an inciso) made a dash.
	Dash
	// Accent is an Italian word typed with an apostrophe for its accent
	// ("perche'", "E'") given its accent ("perché", "È"); in a comparison
	// key, an accent removed by [StripAccents].
	Accent
	// CaseFold is a character case folded in a comparison key (Fold only).
	CaseFold

	numKinds = iota
)

var kindNames = [...]string{
	InvalidUTF8:   "invalid-utf8",
	Invisible:     "invisible",
	LineEnd:       "line-end",
	Composition:   "nfc",
	Space:         "space",
	SpaceRun:      "space-run",
	TrailingSpace: "trailing-space",
	Quote:         "quote",
	Apostrophe:    "apostrophe",
	Ellipsis:      "ellipsis",
	Dash:          "dash",
	Accent:        "accent",
	CaseFold:      "case",
}

// String returns the name of the kind, such as "quote".
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// Change is one change String made.
type Change struct {
	Kind Kind
	// Rule names the rule that made the change, such as "QuoteFlank" or
	// "AccentList"; the package documentation lists them.
	Rule string
	// In is the span of the original input that changed; Out is the span
	// of Result.Text that replaced it (empty for a removal).
	In, Out Span
	// Original is the input text of In and Replacement the output text of
	// Out, both slices of the strings they come from.
	Original, Replacement string
}

// Result is the outcome of String.
type Result struct {
	// Text is the normalized text.
	Text string
	// Map maps Text back to the input and forward again.
	Map *Map
	// Changes lists every change in input order, with [RecordChanges]
	// only. Bytes that are not UTF-8 and kept as they are do not appear
	// here (they are not changed) but in Invalid.
	Changes []Change
	// Invalid lists the spans of the input that are not valid UTF-8: the
	// warning that a report needs. It is always filled: such bytes are kept
	// in Text (or replaced, with [ReplaceInvalid]), never dropped.
	Invalid []Span
}

// Option configures String.
type Option func(*options)

type options struct {
	quotes         *QuotePair
	plainSpaces    bool
	dash           *string
	replaceInvalid bool
	record         bool
}

// PrimaryQuotes sets the marks of primary double quotations, for example
// DoubleCurly in Italian, where guillemets are the default. If the pair is
// one of the language's levels, the levels after it follow; otherwise all of
// them do. For a language without quotation conventions it enables double
// quotation marks, at one level.
func PrimaryQuotes(p QuotePair) Option {
	return func(o *options) {
		o.quotes = &p
	}
}

// PlainSpaces makes no-break, thin and other special spaces plain spaces.
// By default they are kept, since they carry typography (a no-break space
// in "10 km").
func PlainSpaces() Option {
	return func(o *options) {
		o.plainSpaces = true
	}
}

// InciseDash sets what a hyphen (or two) standing between spaces becomes:
// by default "–" in Italian and "—" in English; "" or "-" leaves such
// hyphens alone. A spaced hyphen between two numbers (10 - 20) is a range
// and always becomes "–".
func InciseDash(dash string) Option {
	return func(o *options) {
		o.dash = &dash
	}
}

// ReplaceInvalid replaces each run of bytes that is not valid UTF-8 with
// U+FFFD. By default such bytes are kept as they are. Either way they are
// listed in Result.Invalid.
func ReplaceInvalid() Option {
	return func(o *options) {
		o.replaceInvalid = true
	}
}

// RecordChanges makes String list each change it makes in
// Result.Changes.
func RecordChanges() Option {
	return func(o *options) {
		o.record = true
	}
}

// String normalizes the typography of text, written in the language of
// tag, for display and output. See the package documentation for the
// rules. The result maps every byte of the normalized text back to the
// input.
//
// String is idempotent: normalizing its output again changes nothing. It
// never drops text: invalid UTF-8 is kept (or replaced when asked) and
// reported in Result.Invalid. Cost is linear in the length of text.
func String(text string, tag language.Tag, opts ...Option) Result {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	var res Result
	mid, mapA, chA := clean(text, o, &res)
	conv := conventionsFor(tag)
	out, mapB, chB := typeset(mid, conv, o)
	if mapA == nil {
		res.Map = mapB
	} else {
		m, err := mapA.Compose(mapB)
		if err != nil {
			// The two passes always chain; keep the first map rather than
			// fail if they ever do not.
			m = mapA
		}
		res.Map = m
	}
	res.Text = out
	if o.record {
		for i := range chA {
			// First-pass spans are already in input coordinates; map their
			// output through the second pass.
			c := &chA[i]
			c.Out.Start, c.Out.End = mapB.Output(c.Out.Start, c.Out.End)
		}
		if mapA != nil {
			for i := range chB {
				c := &chB[i]
				c.In.Start, c.In.End = mapA.Input(c.In.Start, c.In.End)
			}
		}
		// Both lists are in order: merge them.
		res.Changes = make([]Change, 0, len(chA)+len(chB))
		for len(chA) > 0 || len(chB) > 0 {
			if len(chB) == 0 || len(chA) > 0 && cmp.Or(cmp.Compare(chA[0].In.Start, chB[0].In.Start), cmp.Compare(chA[0].Out.Start, chB[0].Out.Start)) <= 0 {
				res.Changes = append(res.Changes, chA[0])
				chA = chA[1:]
			} else {
				res.Changes = append(res.Changes, chB[0])
				chB = chB[1:]
			}
		}
		for i := range res.Changes {
			c := &res.Changes[i]
			c.Original = text[c.In.Start:c.In.End]
			c.Replacement = out[c.Out.Start:c.Out.End]
		}
	}
	return res
}

// Bytes is String for a byte slice; it costs one copy of text.
func Bytes(text []byte, tag language.Tag, opts ...Option) Result {
	return String(string(text), tag, opts...)
}

// writer builds the output of one pass: it copies unchanged text lazily and
// records replacements in a map and, when asked, as changes.
type writer struct {
	src     string
	dst     []byte
	b       mapBuilder
	from    int // start of the text not yet copied
	record  bool
	changes []Change
	changed bool
}

// begin allocates the output, if not yet done.
func (w *writer) begin() {
	if w.dst == nil {
		// Typography adds a few bytes (a straight mark is one byte, a curly
		// one three); each change costs a map segment or two.
		w.dst = make([]byte, 0, len(w.src)+len(w.src)/8+8)
		w.b.init(len(w.src)/16 + 16)
	}
}

// unflush takes back the last n bytes copied.
func (w *writer) unflush(n int) {
	w.dst = w.dst[:len(w.dst)-n]
	w.b.retractExact(n)
	w.from -= n
}

func (w *writer) flush(p int) {
	if p > w.from {
		w.dst = append(w.dst, w.src[w.from:p]...)
		w.b.add(p-w.from, p-w.from, true)
		w.from = p
	}
}

// replace replaces src[from:to] with repl. Replacements come in order.
func (w *writer) replace(from, to int, repl string, kind Kind, rule string) {
	if from < w.from {
		return
	}
	if !w.changed {
		w.changed = true
		w.begin()
	}
	w.flush(from)
	start := len(w.dst)
	w.dst = append(w.dst, repl...)
	w.b.add(to-from, len(repl), false)
	w.from = to
	if w.record {
		w.changes = append(w.changes, Change{Kind: kind, Rule: rule, In: Span{from, to}, Out: Span{start, len(w.dst)}})
	}
}

// finish returns the output and its map; a nil map when nothing changed
// (the output is then src itself).
func (w *writer) finish() (string, *Map) {
	if !w.changed {
		return w.src, nil
	}
	w.flush(len(w.src))
	return string(w.dst), w.b.finish()
}

// clean is the first pass: invalid UTF-8, invisible characters, line ends
// and NFC. Its changes are in input coordinates with output spans in its
// own output. The map is nil when nothing changed.
func clean(s string, o options, res *Result) (string, *Map, []Change) {
	w := writer{src: s, record: o.record}
	lastInvalid := -1 // offset just after the last invalid byte kept
	n := len(s)
	for i := 0; i < n; {
		c := s[i]
		if c < 0x80 {
			if c == '\r' {
				if i+1 < n && s[i+1] == '\n' {
					w.replace(i, i+2, "\n", LineEnd, "LineEndCRLF")
					i += 2
				} else {
					w.replace(i, i+1, "\n", LineEnd, "LineEndCR")
					i++
				}
				continue
			}
			i++
			continue
		}
		j := i + 1
		for j < n && s[j] >= 0x80 {
			j++
		}
		start := i
		if i > w.from && !norm.NFC.PropertiesString(s[i:]).BoundaryBefore() {
			// A combining mark after an ASCII letter composes with it.
			start = i - 1
		}
		// Bytes that are not UTF-8 split the run: they are kept or
		// replaced on their own, and the valid stretches between them are
		// brought to NFC on their own.
		for p := start; p < j; {
			q := p
			for q < j {
				r, size := utf8.DecodeRuneInString(s[q:j])
				if r == utf8.RuneError && size == 1 {
					break
				}
				q += size
			}
			if q == p {
				for q < j {
					r, size := utf8.DecodeRuneInString(s[q:j])
					if r != utf8.RuneError || size != 1 {
						break
					}
					q++
				}
				lastInvalid = cleanRunes(&w, s, p, q, o, res, lastInvalid)
			} else {
				lastInvalid = cleanValid(&w, s, p, q, o, res, lastInvalid)
			}
			p = q
		}
		i = j
	}
	out, m := w.finish()
	return out, m, w.changes
}

// cleanValid brings s[start:end], valid UTF-8, to NFC and handles its
// characters, and returns the updated lastInvalid.
func cleanValid(w *writer, s string, start, end int, o options, res *Result, lastInvalid int) int {
	seg := s[start:end]
	if norm.NFC.QuickSpanString(seg) == len(seg) {
		return cleanRunes(w, s, start, end, o, res, lastInvalid)
	}
	var it norm.Iter
	it.InitString(norm.NFC, seg)
	var pending []byte
	for !it.Done() {
		p := start + it.Pos()
		out := it.Next()
		q := start + it.Pos()
		switch {
		case q == p:
			// Part of a decomposition, given before the character it
			// comes from is consumed: it joins the next segment.
			pending = append(pending, out...)
			continue
		case len(pending) > 0:
			out = append(pending, out...)
			pending = nil
		case string(out) == s[p:q]:
			lastInvalid = cleanRunes(w, s, p, q, o, res, lastInvalid)
			continue
		}
		w.replace(p, q, composed(out), Composition, "NFC")
	}
	if len(pending) > 0 {
		w.replace(end, end, composed(pending), Composition, "NFC")
	}
	return lastInvalid
}

// composed returns the NFC text out with the characters the first pass
// removes or rewrites treated as it treats them elsewhere.
func composed(out []byte) string {
	clean := true
	for _, r := range string(out) {
		if classify(r) == classInvisible || isLineBreak(r) {
			clean = false
		}
	}
	if clean {
		return string(out)
	}
	b := make([]byte, 0, len(out))
	for k, r := range string(out) {
		switch {
		case classify(r) == classInvisible && !beforeMark(string(out[k+utf8.RuneLen(r):])):
		case r == 0x2029:
			b = append(b, "\n\n"...)
		case isLineBreak(r) && r != '\v' && r != '\f':
			b = append(b, '\n')
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// beforeMark reports whether s starts with a combining mark (a character
// that NFC would join to the one before it).
func beforeMark(s string) bool {
	return s != "" && !norm.NFC.PropertiesString(s).BoundaryBefore()
}

// invisibleRule names the rule that removes r.
func invisibleRule(r rune) string {
	switch r {
	case 0xFEFF:
		return "ByteOrderMark"
	case 0x200B:
		return "ZeroWidthSpace"
	case 0x00AD:
		return "SoftHyphen"
	case 0x2060:
		return "WordJoiner"
	}
	return "Invisible"
}

// cleanRunes handles s[from:to], NFC text, rune by rune, and returns the
// updated lastInvalid.
func cleanRunes(w *writer, s string, from, to int, o options, res *Result, lastInvalid int) int {
	for p := from; p < to; {
		r, size := utf8.DecodeRuneInString(s[p:to])
		if r == utf8.RuneError && size == 1 {
			q := p + 1
			for q < to {
				r2, size2 := utf8.DecodeRuneInString(s[q:to])
				if r2 != utf8.RuneError || size2 != 1 {
					break
				}
				q++
			}
			res.Invalid = append(res.Invalid, Span{p, q})
			if o.replaceInvalid {
				w.replace(p, q, "\uFFFD", InvalidUTF8, "ReplaceInvalid")
			} else {
				lastInvalid = q
			}
			p = q
			continue
		}
		q := p + size
		switch {
		case classify(r) == classInvisible:
			if lastInvalid == p && q < len(s) && s[q]&0xC0 == 0x80 {
				// Removing it would join two invalid bytes into a
				// valid character: keep it.
				break
			}
			if beforeMark(s[q:]) {
				// Removing it would give its combining mark to the
				// character before it, and the text would no longer be
				// NFC: keep it.
				break
			}
			w.replace(p, q, "", Invisible, invisibleRule(r))
			if lastInvalid == p {
				lastInvalid = q
			}
		case r == 0x2029:
			w.replace(p, q, "\n\n", LineEnd, "LineEndParagraph")
		case r == 0x0085 || r == 0x2028:
			w.replace(p, q, "\n", LineEnd, "LineEndSeparator")
		}
		p = q
	}
	return lastInvalid
}
