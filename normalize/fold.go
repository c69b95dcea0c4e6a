package normalize

import (
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run gen_fold.go

// foldDirect bounds the runes looked up in foldLow instead of by binary
// search in foldTable; gen_fold.go has the same constant.
const foldDirect = 0x800

// foldEntry is the comparison key of one rune: its full case folding, and
// the same without combining diacritical marks.
type foldEntry struct {
	r           rune
	fold, strip string
}

// lookupFold returns the table entry of r, if any.
func lookupFold(r rune) (*foldEntry, bool) {
	if r < foldDirect {
		if k := foldLow[r]; k != 0 {
			return &foldTable[k-1], true
		}
		return nil, false
	}
	i := sort.Search(len(foldTable), func(i int) bool { return foldTable[i].r >= r })
	if i < len(foldTable) && foldTable[i].r == r {
		return &foldTable[i], true
	}
	return nil, false
}

// FoldOption configures a [Folder].
type FoldOption func(*foldOptions)

type foldOptions struct {
	stripAccents bool
}

// StripAccents makes Fold remove accents: the combining diacritical marks
// (U+0300 to U+036F) of the canonical decomposition, so that "perché",
// "perche" and "PERCHÈ" share a key. Letters without a decomposition (ø, ł,
// æ) are kept, and so are the marks of other scripts (Devanagari vowel
// signs, Hebrew points), which carry meaning.
func StripAccents() FoldOption {
	return func(o *foldOptions) { o.stripAccents = true }
}

// A Folder builds comparison keys. Its zero value keeps accents. A Folder
// holds no state between calls and is safe for concurrent use.
type Folder struct {
	strip bool
}

// NewFolder returns a Folder configured by opts. Build it once and reuse it
// on hot paths: its methods take no options.
func NewFolder(opts ...FoldOption) Folder {
	var o foldOptions
	for _, opt := range opts {
		opt(&o)
	}
	return Folder{strip: o.stripAccents}
}

// Fold returns the comparison key of text and the map from the key back to
// text. See [Fold].
func (f Folder) Fold(text string) (string, *Map) {
	var b mapBuilder
	b.init(4)
	out := f.run(make([]byte, 0, len(text)), text, &b)
	return string(out), b.finish()
}

// Key returns the comparison key of text without a map.
func (f Folder) Key(text string) string {
	if isFoldedASCII(text) {
		return text
	}
	return string(f.run(make([]byte, 0, len(text)), text, nil))
}

// Explain folds text and lists each change the key makes to it, with the
// rule that made it: FoldQuote, FoldApostrophe, FoldDash, FoldEllipsis,
// FoldSpace, FoldInvisible, FoldCase, FoldAccent or FoldNFC; bytes that are
// not UTF-8 are listed as KeepInvalid, with the key keeping them. It is for
// reports and debugging; it costs far more than Fold.
func (f Folder) Explain(text string) (string, *Map, []Change) {
	key, m := f.Fold(text)
	var out []Change
	add := func(kind Kind, rule string, in, o Span) {
		out = append(out, Change{Kind: kind, Rule: rule, In: in, Out: o,
			Original: text[in.Start:in.End], Replacement: key[o.Start:o.End]})
	}
	for s := range m.Segments() {
		orig := text[s.In.Start:s.In.End]
		if s.Exact {
			// Same-length case changes inside copied text, rune by rune,
			// and bytes that are not UTF-8, kept.
			for p := 0; p < len(orig); {
				r, size := utf8.DecodeRuneInString(orig[p:])
				if r == utf8.RuneError && size == 1 {
					add(InvalidUTF8, "KeepInvalid", Span{s.In.Start + p, s.In.Start + p + 1}, Span{s.Out.Start + p, s.Out.Start + p + 1})
				} else if orig[p:p+size] != key[s.Out.Start+p:s.Out.Start+p+size] {
					add(CaseFold, "FoldCase", Span{s.In.Start + p, s.In.Start + p + size}, Span{s.Out.Start + p, s.Out.Start + p + size})
				}
				p += size
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(orig)
		kind, rule := Composition, "FoldNFC"
		switch classify(r) {
		case classSpace:
			kind, rule = SpaceRun, "FoldSpace"
		case classInvisible:
			kind, rule = Invisible, "FoldInvisible"
			if strings.TrimFunc(orig, func(r rune) bool { return classify(r) == classInvisible }) != "" {
				kind, rule = SpaceRun, "FoldSpace"
			}
		case classDoubleQuote:
			kind, rule = Quote, "FoldQuote"
		case classSingleQuote:
			kind, rule = Apostrophe, "FoldApostrophe"
		case classDash:
			kind, rule = Dash, "FoldDash"
		case classEllipsis:
			kind, rule = Ellipsis, "FoldEllipsis"
		default:
			if e, ok := lookupFold(r); ok && utf8.RuneLen(r) == len(orig) {
				if key[s.Out.Start:s.Out.End] == e.fold {
					kind, rule = CaseFold, "FoldCase"
				} else {
					kind, rule = Accent, "FoldAccent"
				}
			}
		}
		add(kind, rule, s.In, s.Out)
	}
	return key, m, out
}

// AppendFold appends the comparison key of src to dst and returns the
// extended buffer. It allocates only to grow dst.
func (f Folder) AppendFold(dst []byte, src string) []byte {
	return f.run(dst, src, nil)
}

// Fold returns a canonical comparison key for text, and the map from the
// bytes of the key back to the bytes of text.
//
// In the key, text is in Unicode NFC and case folded (full Unicode case
// folding, as golang.org/x/text/cases.Fold does it), and:
//   - every double quote and guillemet (“ ” „ « » and the like) is U+0022
//     QUOTATION MARK;
//   - every single quote, apostrophe and prime (’ ‘ ‚ ‹ › ′ ʼ ´ `) is
//     U+0027 APOSTROPHE;
//   - every hyphen, dash and minus sign (‐ – — ― −) is U+002D HYPHEN-MINUS;
//   - the ellipsis character is "...";
//   - every run of white space (no-break, thin and other spaces, tabs, line
//     ends) is one U+0020 SPACE, and white space at the ends is removed;
//   - invisible format characters (byte order mark, zero-width space, soft
//     hyphen, word joiner) are removed (a combining mark after one then
//     composes with the character before it);
//   - accents are kept, unless [StripAccents] is given;
//   - bytes that are not valid UTF-8 are kept as they are (an invisible
//     character between two of them is kept too, so that they never join
//     into a valid character).
//
// Fold is idempotent: the key of a key is the key itself. For many short
// keys use a [Folder]: its AppendFold method does not allocate, and its Key
// method returns text that is already a key without copying it.
//
// Cost is linear in the length of text; ASCII runs are copied in bulk.
func Fold(text string, opts ...FoldOption) (string, *Map) {
	return NewFolder(opts...).Fold(text)
}

// Classes of bytes for Fold's ASCII path.
const (
	fcCopy    = 0 // copied unchanged
	fcSpace   = 1 // white space
	fcRewrite = 2 // rewritten: 'A'-'Z' to lower case, '`' to '\''
	fcWide    = 4 // the first byte of a multi-byte sequence, or invalid
)

// foldClass is the class of every byte for Fold's ASCII path.
var foldClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = fcWide
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = fcSpace
		case c >= 'A' && c <= 'Z' || c == '`':
			t[c] = fcRewrite
		}
	}
	return t
}()

// isFoldedASCII reports whether s is ASCII text that is its own key.
func isFoldedASCII(s string) bool {
	if len(s) == 0 {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		switch foldClass[c] {
		case fcRewrite:
			return false
		case fcSpace:
			if c != ' ' || prevSpace {
				return false
			}
			prevSpace = true
			continue
		}
		prevSpace = false
	}
	return true
}

// foldState is the state of one Fold call.
type foldState struct {
	dst   []byte
	b     *mapBuilder // nil when no map is wanted
	base  int         // len(dst) at the start: the key starts there
	ws    int         // input offset of pending white space, or -1
	strip bool
	// invalidEnd is len(dst) just after the last invalid byte copied.
	invalidEnd int
	// kept records that a character was kept to keep invalid bytes apart;
	// expanded, that a character was changed: the output may then need
	// NFC again.
	kept, expanded bool
}

// joinsInvalid reports whether deleting the character that ends at s[p]
// would let the invalid byte just copied join the continuation byte at s[p]
// into a valid sequence. The character is then kept: invalid bytes must
// stay invalid, and keys stable.
func (st *foldState) joinsInvalid(s string, p int) bool {
	return st.ws < 0 && st.invalidEnd > 0 && st.invalidEnd == len(st.dst) &&
		p < len(s) && s[p]&0xC0 == 0x80
}

func (f Folder) run(dst []byte, s string, b *mapBuilder) []byte {
	st := foldState{dst: dst, b: b, base: len(dst), ws: -1, strip: f.strip}
	n := len(s)
	i := 0
	for i < n {
		c := s[i]
		switch foldClass[c] {
		case fcWide:
			i = st.island(s, i)
			continue
		case fcSpace:
			if st.ws < 0 {
				st.ws = i
			}
			i++
			continue
		}
		// A run of visible ASCII, single spaces between words included,
		// copied in bulk and mapped byte for byte.
		st.flushSpace(i)
		j := i + 1
		var seen uint8
		for j < n {
			cl := foldClass[s[j]]
			if cl == fcSpace {
				if s[j] == ' ' && j+1 < n && foldClass[s[j+1]]&^fcRewrite == 0 {
					j += 2
					seen |= foldClass[s[j-1]]
					continue
				}
				break
			}
			if cl == fcWide {
				break
			}
			seen |= cl
			j++
		}
		k := len(st.dst)
		st.dst = append(st.dst, s[i:j]...)
		if seen|foldClass[c] != 0 {
			for p := k; p < len(st.dst); p++ {
				if c := st.dst[p]; foldClass[c] == fcRewrite {
					if c == '`' {
						st.dst[p] = '\''
					} else {
						st.dst[p] = c + 'a' - 'A'
					}
				}
			}
		}
		if b != nil {
			b.add(j-i, j-i, true)
		}
		i = j
	}
	if st.ws >= 0 && b != nil {
		// Trailing white space is dropped.
		b.add(n-st.ws, 0, false)
	}
	return st.dst
}

// flushSpace emits the pending white space, if any, before the visible
// character at input offset p.
func (st *foldState) flushSpace(p int) {
	if st.ws < 0 {
		return
	}
	n := p - st.ws
	st.ws = -1
	if len(st.dst) == st.base {
		// Leading white space is dropped.
		if st.b != nil {
			st.b.add(n, 0, false)
		}
		return
	}
	st.dst = append(st.dst, ' ')
	if st.b != nil {
		st.b.add(n, 1, n == 1)
	}
}

// island folds the non-ASCII run that starts at s[i] and returns the offset
// of the ASCII byte that ends it. Bytes that are not UTF-8 split the run:
// each is copied as it is, and the valid stretches between them are folded
// on their own.
func (st *foldState) island(s string, i int) int {
	j := i + 1
	for j < len(s) && s[j] >= 0x80 {
		j++
	}
	p := i
	if k := afterInvisible(s, i, j); i > 0 && foldClass[s[i-1]] != fcSpace && k < j && !norm.NFC.PropertiesString(s[k:j]).BoundaryBefore() {
		// A combining mark after an ASCII letter composes with it, once
		// the invisible characters between them are gone: take the
		// letter back from the ASCII run.
		st.dst = st.dst[:len(st.dst)-1]
		if st.b != nil {
			st.b.retractExact(1)
		}
		p = i - 1
	}
	for p < j {
		q := p
		for q < j {
			r, size := utf8.DecodeRuneInString(s[q:j])
			if r == utf8.RuneError && size == 1 {
				break
			}
			q += size
		}
		if q > p {
			st.valid(s, p, q)
		}
		if q < j {
			st.flushSpace(q)
			st.dst = append(st.dst, s[q])
			st.add(1, 1, true)
			st.invalidEnd = len(st.dst)
			q++
		}
		p = q
	}
	return j
}

// afterInvisible returns the offset of the first character of s[i:j]
// that is not an invisible format character (which Fold drops), or j.
func afterInvisible(s string, i, j int) int {
	for i < j {
		r, size := utf8.DecodeRuneInString(s[i:j])
		if classify(r) != classInvisible {
			return i
		}
		i += size
	}
	return j
}

// valid folds s[start:end], valid UTF-8 with no ASCII but maybe its first
// byte, and leaves the result in NFC.
func (st *foldState) valid(s string, start, end int) {
	k0, segN, bin, bout := len(st.dst), 0, 0, 0
	if st.b != nil {
		segN, bin, bout = len(st.b.m.segs), st.b.in, st.b.out
	}
	st.kept, st.expanded = false, false
	seg := s[start:end]
	if norm.NFC.QuickSpanString(seg) == len(seg) {
		st.runes(s, start, end)
	} else {
		var it norm.Iter
		it.InitString(norm.NFC, seg)
		var pending []byte
		for !it.Done() {
			p := it.Pos()
			out := it.Next()
			q := it.Pos()
			switch {
			case q == p:
				// Part of a decomposition, given before the character it
				// comes from is consumed: it joins the next segment.
				pending = append(pending, out...)
			case len(pending) > 0:
				st.group(s, string(pending)+string(out), start+p, start+q)
				pending = nil
			case string(out) == seg[p:q]:
				st.runes(s, start+p, start+q)
			default:
				st.group(s, string(out), start+p, start+q)
			}
		}
		if len(pending) > 0 {
			st.group(s, string(pending), end, end)
		}
	}
	// Folding can leave marks out of canonical order (İ is i and U+0307,
	// which must follow a mark of a lower class): put the stretch back in
	// NFC, as one unit of the map. Not when a character was kept to keep
	// two invalid bytes apart: that stays as it is.
	if out := st.dst[k0:]; st.expanded && !st.kept && !norm.NFC.IsNormal(out) {
		n := norm.NFC.Bytes(out)
		st.dst = append(st.dst[:k0], n...)
		if st.b != nil {
			in := st.b.in
			st.b.m.segs = st.b.m.segs[:segN]
			st.b.in, st.b.out = bin, bout
			st.b.add(in-bin, len(n), false)
		}
	}
}

// runes folds s[from:to], NFC text, rune by rune.
func (st *foldState) runes(s string, from, to int) {
	for p := from; p < to; {
		r, size := utf8.DecodeRuneInString(s[p:to])
		in := p
		p += size
		if r < 0x80 {
			// An ASCII letter taken back for composition.
			st.flushSpace(in)
			c := byte(r)
			if foldClass[c] == fcRewrite {
				st.expanded = true
				if c == '`' {
					c = '\''
				} else {
					c += 'a' - 'A'
				}
			}
			st.dst = append(st.dst, c)
			st.add(1, 1, true)
			continue
		}
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8: kept as is.
			st.flushSpace(in)
			st.dst = append(st.dst, s[p-1])
			st.add(1, 1, true)
			st.invalidEnd = len(st.dst)
			continue
		}
		switch classify(r) {
		case classSpace:
			if st.ws < 0 {
				st.ws = in
			}
			continue
		case classInvisible:
			if st.joinsInvalid(s, p) {
				st.dst = append(st.dst, s[in:p]...)
				st.add(size, size, true)
				st.kept = true
				continue
			}
			if st.ws < 0 {
				st.add(size, 0, false)
			}
			// A mark after it now follows the character before it: the
			// stretch may need NFC again.
			st.expanded = true
			continue
		case classDoubleQuote:
			st.flushSpace(in)
			st.dst = append(st.dst, '"')
			st.add(size, 1, false)
			continue
		case classSingleQuote:
			st.flushSpace(in)
			st.dst = append(st.dst, '\'')
			st.add(size, 1, false)
			continue
		case classDash:
			st.flushSpace(in)
			st.dst = append(st.dst, '-')
			st.add(size, 1, false)
			continue
		case classEllipsis:
			st.flushSpace(in)
			st.dst = append(st.dst, "..."...)
			st.add(size, 3, false)
			continue
		}
		e, ok := lookupFold(r)
		if !ok {
			st.flushSpace(in)
			st.dst = append(st.dst, s[p-size:p]...)
			st.add(size, size, true)
			continue
		}
		k := e.fold
		if st.strip {
			k = e.strip
		}
		if hasMarks(k) {
			// The folding holds a mark Fold rewrites (ŉ is ʼn).
			st.group(s, k, in, in+size)
			continue
		}
		if k == "" {
			// A lone combining mark when accents are stripped.
			if st.joinsInvalid(s, p) {
				st.dst = append(st.dst, s[in:p]...)
				st.add(size, size, true)
				st.kept = true
			} else if st.ws < 0 {
				st.add(size, 0, false)
			}
			continue
		}
		st.flushSpace(in)
		st.dst = append(st.dst, k...)
		// A changed letter may compose with a mark that follows (T and
		// U+0308 do not, t and U+0308 do): check NFC afterwards.
		st.expanded = true
		st.add(size, len(k), len(k) == size && utf8.RuneCountInString(k) == 1)
	}
}

// group folds out, the NFC form of the input s[in:end] that normalization
// changed, as one unit of the map. White space pending before it joins the
// unit.
func (st *foldState) group(s, out string, in, end int) {
	from := in
	if st.ws >= 0 {
		from = st.ws
	}
	st.expanded = true
	k := len(st.dst)
	sub := foldState{dst: st.dst, base: st.base, ws: st.ws, strip: st.strip}
	sub.runes(out, 0, len(out))
	st.dst = sub.dst
	st.kept = st.kept || sub.kept
	if len(st.dst) == k && sub.ws < 0 && st.joinsInvalid(s, end) {
		// Removing the unit would join two invalid bytes: keep it as it
		// is.
		st.dst = append(st.dst, s[in:end]...)
		st.add(end-in, end-in, true)
		st.kept = true
		return
	}
	switch {
	case len(st.dst) == k && sub.ws >= 0:
		// Only white space (and invisible characters): still pending.
		if st.ws < 0 {
			st.ws = in
		}
	case sub.ws >= 0:
		// Ends in white space: the unit stops here and the space stays
		// pending, as an insertion at end if nothing follows it.
		st.add(end-from, len(st.dst)-k, false)
		st.ws = end
	default:
		st.add(end-from, len(st.dst)-k, false)
		st.ws = -1
	}
}

func (st *foldState) add(n, k int, exact bool) {
	if st.b != nil {
		st.b.add(n, k, exact)
	}
}

// hasMarks reports whether s holds a non-ASCII character of a class that
// Fold rewrites.
func hasMarks(s string) bool {
	for _, r := range s {
		if r >= 0x80 && classify(r) != classOther {
			return true
		}
	}
	return false
}
