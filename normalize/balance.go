package normalize

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"unicode/utf8"
)

// ImbalanceKind names what is wrong with a pair of marks.
type ImbalanceKind uint8

// The kinds of imbalance Balance reports.
const (
	// Unclosed is an opening mark that nothing closes.
	Unclosed ImbalanceKind = iota + 1
	// Unopened is a closing mark that closes nothing.
	Unopened
	// Mismatched is a quotation or bracket opened by one kind of mark and
	// closed by another: « closed by ", “ closed by ', ( closed by ].
	Mismatched
)

// String returns the name of the kind, such as "unclosed".
func (k ImbalanceKind) String() string {
	switch k {
	case Unclosed:
		return "unclosed"
	case Unopened:
		return "unopened"
	case Mismatched:
		return "mismatched"
	}
	return "unknown"
}

// Imbalance is a quotation mark, guillemet or bracket that is not properly
// paired.
type Imbalance struct {
	Kind ImbalanceKind
	// Open and Close are the byte spans of the marks in the text; a
	// missing mark (the close of an Unclosed, the open of an Unopened) has
	// the span {-1, -1}.
	Open, Close Span
	// OpenMark and CloseMark are the marks as written ("" when missing).
	OpenMark, CloseMark string
}

// String describes the imbalance, for example
// `mismatched: « at 12 closed by " at 40`.
func (im Imbalance) String() string {
	switch im.Kind {
	case Unclosed:
		return fmt.Sprintf("unclosed: %s at %d is never closed", im.OpenMark, im.Open.Start)
	case Unopened:
		return fmt.Sprintf("unopened: %s at %d closes nothing", im.CloseMark, im.Close.Start)
	case Mismatched:
		return fmt.Sprintf("mismatched: %s at %d closed by %s at %d", im.OpenMark, im.Open.Start, im.CloseMark, im.Close.Start)
	}
	return "unknown imbalance"
}

// The word lists Balance uses: those of every language with conventions.
var (
	balanceLeading  = union(italian.leading, english.leading)
	balanceElisions = union(italian.elisions, english.elisions)
)

func union(a, b map[string]bool) map[string]bool {
	m := maps.Clone(a)
	maps.Copy(m, b)
	return m
}

// familyOf returns the family of a quotation mark or bracket.
func familyOf(r rune) family {
	switch r {
	case '(', ')':
		return famParen
	case '[', ']':
		return famBracket
	case '{', '}':
		return famBrace
	case '«', '»':
		return famGuillemet
	case '‹', '›':
		return famSingleGuill
	case '“', '”', '„', '‟', '〝', '〞', '〟':
		return famCurlyDouble
	case '"', '＂':
		return famStraightDbl
	case '‘', '’', '‚', '‛':
		return famCurlySingle
	}
	return famStraightSngl
}

// Balance reports the quotation marks, guillemets and brackets of text that
// are unclosed, unopened, or closed by a mark of another kind (an opening «
// closed by "), with byte offsets into text. It is meant for one sentence
// or paragraph at a time. Straight marks are read in context, as String
// reads them: an apostrophe inside a word (l'AI, don't), at the end of an
// elision (po', goin') or before a year ('90s), and primes after a number
// (5'10", 45°30'), are not quotation marks.
//
// The result is in order of position. Cost is linear in the length of
// text. Text of nothing but marks has as many imbalances as marks;
// Imbalances gives them without holding them all.
func Balance(text string) []Imbalance {
	var out []Imbalance
	for im := range Imbalances(text) {
		out = append(out, im)
	}
	slices.SortStableFunc(out, func(a, b Imbalance) int {
		return cmp.Compare(a.Pos(), b.Pos())
	})
	return out
}

// Imbalances yields the imbalances that Balance reports, in the order they
// are found rather than in order of position: an unclosed mark is known
// only when a later mark closes one around it, or at the end of text.
// Those of each mark found are yielded before the next mark is read, and
// it holds at most a bounded number of open marks, so its memory does not
// grow with text.
func Imbalances(text string) iter.Seq[Imbalance] {
	return func(yield func(Imbalance) bool) {
		q := quoteState{lowPairs: true}
		var out []Imbalance
		tb := []byte(text)
		for i := 0; i < len(text); {
			r, size := utf8.DecodeRuneInString(text[i:])
			end := i + size
			switch r {
			case '(', '[', '{':
				out = pushBalance(&q, text, open{mark: r, fam: familyOf(r), pos: i, size: size}, out)
			case ')', ']', '}':
				out = closeBracket(&q, text, i, size, r, out)
			default:
				switch classify(r) {
				case classDoubleQuote:
					if r == '″' {
						break
					}
					switch role, _ := q.doubleRole(tb[:i], text[end:], r); role {
					case roleOpen:
						out = pushBalance(&q, text, open{mark: r, fam: familyOf(r), double: true, quote: true, pos: i, size: size}, out)
					case roleClose:
						out = closeQuote(&q, text, i, size, r, true, out)
					}
				case classSingleQuote:
					if r == '′' || r == 'ʹ' || r == 'ʻ' || r == 'ʽ' || r == '＇' {
						break
					}
					switch role, _ := q.singleRole(tb[:i], text[end:], r, balanceLeading, balanceElisions); role {
					case roleOpen:
						out = pushBalance(&q, text, open{mark: r, fam: familyOf(r), quote: true, pos: i, size: size}, out)
					case roleClose:
						out = closeQuote(&q, text, i, size, r, false, out)
					}
				}
			}
			for _, im := range out {
				if !yield(im) {
					return
				}
			}
			out = out[:0]
			i = end
		}
		for _, o := range q.stack {
			if !yield(unclosed(text, o)) {
				return
			}
		}
	}
}

// pushBalance opens o; an entry dropped from a full stack is unclosed.
func pushBalance(q *quoteState, text string, o open, out []Imbalance) []Imbalance {
	if d, ok := q.push(o); ok {
		out = append(out, unclosed(text, d))
	}
	return out
}

// Pos returns the offset of the imbalance's first mark: the opening
// mark, or the closing one when there is none. Balance orders by it.
func (im Imbalance) Pos() int {
	if im.Open.Start >= 0 {
		return im.Open.Start
	}
	return im.Close.Start
}

func unclosed(text string, o open) Imbalance {
	return Imbalance{Kind: Unclosed, Open: Span{o.pos, o.pos + o.size}, Close: Span{-1, -1},
		OpenMark: text[o.pos : o.pos+o.size]}
}

// popTo reports the entries above k as unclosed and pops them and k.
func popTo(q *quoteState, text string, k int, out []Imbalance) []Imbalance {
	for _, o := range q.stack[k+1:] {
		out = append(out, unclosed(text, o))
	}
	q.stack = q.stack[:k]
	return out
}

// closeQuote pairs the closing quotation mark r at text[i:i+size].
func closeQuote(q *quoteState, text string, i, size int, r rune, double bool, out []Imbalance) []Imbalance {
	cl := Span{i, i + size}
	k := q.innermost(double)
	if k < 0 {
		return append(out, Imbalance{Kind: Unopened, Open: Span{-1, -1}, Close: cl, CloseMark: text[i : i+size]})
	}
	o := q.stack[k]
	out = popTo(q, text, k, out)
	if o.fam != familyOf(r) {
		out = append(out, Imbalance{Kind: Mismatched, Open: Span{o.pos, o.pos + o.size}, Close: cl,
			OpenMark: text[o.pos : o.pos+o.size], CloseMark: text[i : i+size]})
	}
	return out
}

// closeBracket pairs the closing bracket r at text[i:i+size].
func closeBracket(q *quoteState, text string, i, size int, r rune, out []Imbalance) []Imbalance {
	cl := Span{i, i + size}
	fam := familyOf(r)
	for k := len(q.stack) - 1; k >= 0; k-- {
		if q.stack[k].fam == fam {
			return popTo(q, text, k, out)
		}
	}
	// No opening bracket of its kind: closed by the wrong bracket if one
	// of another kind is innermost.
	if n := len(q.stack); n > 0 && !q.stack[n-1].quote {
		o := q.stack[n-1]
		q.stack = q.stack[:n-1]
		return append(out, Imbalance{Kind: Mismatched, Open: Span{o.pos, o.pos + o.size}, Close: cl,
			OpenMark: text[o.pos : o.pos+o.size], CloseMark: text[i : i+size]})
	}
	return append(out, Imbalance{Kind: Unopened, Open: Span{-1, -1}, Close: cl, CloseMark: text[i : i+size]})
}
