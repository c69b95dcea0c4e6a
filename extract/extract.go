package extract

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/fedele/fedele/internal/linecol"
)

// ErrInput is wrapped by the errors about documents that cannot be
// read: HTML that is not UTF-8.
var ErrInput = errors.New("extract: bad input")

// Text is the text extracted from a document, with the map back to the
// document's bytes. Its methods are safe for concurrent use.
type Text struct {
	// Text is the extracted text.
	Text string
	// doc is the original document.
	doc string
	// pieces cover Text from its start, in order; each maps a stretch
	// of Text to a stretch of doc.
	pieces []piece
	lines  *linecol.Index
}

// piece is a stretch of the extracted text: Text[ext:] up to the next
// piece, from doc[orig:origEnd]. A copied piece is the same bytes in
// both; any other (a decoded entity, collapsed white space, the break
// of a block element) maps as a whole.
type piece struct {
	ext, orig, origEnd int
	copied             bool
}

// Doc returns the original document.
func (t *Text) Doc() string { return t.doc }

// find returns the piece that holds byte i of the text.
func (t *Text) find(i int) int {
	return max(sort.Search(len(t.pieces), func(k int) bool { return t.pieces[k].ext > i })-1, 0)
}

// Start returns the offset in the document of byte i of the text, for
// the start of a span: the byte itself when it was copied, the start of
// the markup or entity it was made from otherwise. i is clamped to the
// text; len(Text) maps to the end of the last piece.
func (t *Text) Start(i int) int {
	if len(t.pieces) == 0 {
		return 0
	}
	i = min(max(i, 0), len(t.Text))
	if i == len(t.Text) {
		return t.pieces[len(t.pieces)-1].origEnd
	}
	p := t.pieces[t.find(i)]
	if p.copied {
		return p.orig + i - p.ext
	}
	return p.orig
}

// End returns the offset in the document just after the text's bytes
// before i, for the end of a span: the end of the entity or markup the
// last byte was made from.
func (t *Text) End(i int) int {
	if len(t.pieces) == 0 {
		return 0
	}
	i = min(max(i, 0), len(t.Text))
	if i == 0 {
		return t.Start(0)
	}
	p := t.pieces[t.find(i-1)]
	if p.copied {
		return p.orig + i - p.ext
	}
	return p.origEnd
}

// Pos returns the line and column (from 1; the column in characters)
// of byte off of the document.
func (t *Text) Pos(off int) (line, col int) {
	return t.lines.Pos(off)
}

// Plain returns the text of a plain-text document: the document itself,
// each offset its own.
func Plain(doc string) *Text {
	t := &Text{Text: doc, doc: doc}
	if doc != "" {
		t.pieces = []piece{{0, 0, len(doc), true}}
	}
	t.lines = linecol.New(doc)
	return t
}

// skipped are the elements whose content is not text of the page.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true,
	atom.Template: true, atom.Noscript: true, atom.Svg: true, atom.Math: true,
	atom.Iframe: true, atom.Object: true, atom.Select: true, atom.Textarea: true,
	atom.Button: true, atom.Noembed: true, atom.Noframes: true,
}

// inHead are the elements that may stand in the head.
var inHead = map[atom.Atom]bool{
	atom.Base: true, atom.Link: true, atom.Meta: true, atom.Noscript: true,
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Title: true,
}

// blocks are the elements whose edges end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Legend: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
}

// HTML extracts the text of an HTML page (see the package
// documentation). A document that is not valid UTF-8 gives an error
// wrapping [ErrInput] that says where; malformed markup does not: it is
// read as a browser reads it. Time and memory are linear in the
// document's length.
func HTML(doc []byte) (*Text, error) {
	if !utf8.Valid(doc) {
		i := 0
		for i < len(doc) {
			r, n := utf8.DecodeRune(doc[i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			i += n
		}
		line, col := linecol.New(string(doc)).Pos(i)
		return nil, fmt.Errorf("%w: the page is not valid UTF-8 (byte 0x%02x at line %d, column %d); only UTF-8 pages are read", ErrInput, doc[i], line, col)
	}
	b := &builder{doc: string(doc)}
	z := html.NewTokenizer(bytes.NewReader(doc))
	off := 0
	if strings.HasPrefix(b.doc, "\uFEFF") {
		// The byte order mark is not text.
		z = html.NewTokenizer(bytes.NewReader(doc[3:]))
		off = 3
	}
	skip := map[atom.Atom]int{} // open skipped elements, by name
	skipping := 0
	pre := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := len(z.Raw())
		start := off
		off += raw
		switch tt {
		case html.TextToken:
			if skipping > 0 && skipping == skip[atom.Head] && strings.TrimLeft(b.doc[start:off], " \t\r\n\f") != "" {
				// Text in the head ends it, as in a browser.
				skipping, skip[atom.Head] = 0, 0
			}
			if skipping == 0 {
				b.text(start, off, pre > 0)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == 0 {
				continue
			}
			if skipped[a] {
				switch {
				case tt == html.StartTagToken && !(a == atom.Head && skip[a] > 0):
					skip[a]++
					skipping++
				case tt == html.EndTagToken && skip[a] > 0:
					skip[a]--
					skipping--
				}
				continue
			}
			if tt == html.StartTagToken && !inHead[a] && skip[atom.Head] > 0 {
				// The body starts (its tag or an element that cannot be
				// in the head): the head is over, closed or not.
				skipping -= skip[atom.Head]
				skip[atom.Head] = 0
			}
			if skipping > 0 {
				continue
			}
			if a == atom.Pre {
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
			}
			switch {
			case a == atom.Br:
				b.lineBreak(start, off)
			case blocks[a]:
				b.paragraphBreak(start, off)
			}
		}
	}
	return b.finish(), nil
}

// builder builds a Text piece by piece.
type builder struct {
	doc    string
	out    strings.Builder
	pieces []piece
	// space is a pending space: white space seen, not yet written
	// because what follows decides whether it counts.
	space      bool
	spaceStart int
	spaceEnd   int
}

// add appends s to the text, made from doc[orig:origEnd].
func (b *builder) add(s string, orig, origEnd int, copied bool) {
	if s == "" {
		return
	}
	ext := b.out.Len()
	if n := len(b.pieces); copied && n > 0 {
		if p := &b.pieces[n-1]; p.copied && p.origEnd == orig && ext == p.ext+(p.origEnd-p.orig) {
			p.origEnd = origEnd
			b.out.WriteString(s)
			return
		}
	}
	b.pieces = append(b.pieces, piece{ext, orig, origEnd, copied})
	b.out.WriteString(s)
}

// endsWith reports whether the text so far ends with s.
func (b *builder) endsWith(s string) bool {
	t := b.out.String()
	return strings.HasSuffix(t, s)
}

// flushSpace writes the pending space, unless the text is empty or
// ends a line.
func (b *builder) flushSpace() {
	if b.space && b.out.Len() > 0 && !b.endsWith("\n") && !b.endsWith(" ") {
		b.add(" ", b.spaceStart, b.spaceEnd, b.spaceEnd-b.spaceStart == 1 && b.doc[b.spaceStart] == ' ')
	}
	b.space = false
}

// isSpace is HTML's ASCII white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// text adds the text token doc[start:end], entities decoded; white space
// collapses to one space unless pre is set.
func (b *builder) text(start, end int, pre bool) {
	s := b.doc[start:end]
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case !pre && isSpace(c):
			j := i
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if !b.space {
				b.space, b.spaceStart = true, start+i
			}
			b.spaceEnd = start + j
			i = j
		case c == '&':
			n := entityLen(s[i:])
			dec := html.UnescapeString(s[i : i+n])
			if !pre && dec != "" && strings.TrimLeft(dec, " \t\n\r\f") == "" {
				// A reference to white space (&#10;) is white space.
				if !b.space {
					b.space, b.spaceStart = true, start+i
				}
				b.spaceEnd = start + i + n
				i += n
				continue
			}
			b.flushSpace()
			if pre && dec == "\n" && b.endsWith("\n\n") {
				i += n
				continue
			}
			if dec == s[i:i+n] {
				b.add(dec, start+i, start+i+n, true)
			} else {
				b.add(dec, start+i, start+i+n, false)
			}
			i += n
		case pre && c == '\n':
			// Preformatted line breaks are kept, but never more than one
			// blank line: a blank line is what separates paragraphs.
			b.flushSpace()
			if !b.endsWith("\n\n") {
				b.add("\n", start+i, start+i+1, true)
			}
			i++
		default:
			j := i
			for j < len(s) && s[j] != '&' && (pre && s[j] != '\n' || !isSpace(s[j])) {
				j++
			}
			b.flushSpace()
			b.add(s[i:j], start+i, start+j, true)
			i = j
		}
	}
}

// entityLen returns the length of the character reference that may
// start s (which starts with '&'): '&', then '#' and digits or 'x' and
// hex digits, or letters and digits, then an optional ';'; 1 when none.
func entityLen(s string) int {
	i := 1
	for i < len(s) && i < 40 && (isAlnum(s[i]) || i == 1 && s[i] == '#') {
		i++
	}
	if i < len(s) && s[i] == ';' && i > 1 {
		i++
	}
	return i
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lineBreak adds a line break made from the markup doc[start:end].
func (b *builder) lineBreak(start, end int) {
	b.space = false
	if b.out.Len() > 0 && !b.endsWith("\n\n") {
		b.add("\n", start, end, false)
	}
}

// paragraphBreak ends the paragraph at the markup doc[start:end]: the
// text then ends with a blank line (nothing is added to an empty text or
// one that ends so already).
func (b *builder) paragraphBreak(start, end int) {
	b.space = false
	switch {
	case b.out.Len() == 0 || b.endsWith("\n\n"):
	case b.endsWith("\n"):
		b.add("\n", start, end, false)
	default:
		b.add("\n\n", start, end, false)
	}
}

func (b *builder) finish() *Text {
	return &Text{Text: b.out.String(), doc: b.doc, pieces: b.pieces, lines: linecol.New(b.doc)}
}
