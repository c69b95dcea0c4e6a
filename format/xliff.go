package format

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele"
)

// XLIFF 2.0 is the OASIS XML Localisation Interchange File Format, the
// bilingual document that CAT tools open. Only its core is used.

// xliffNS is the namespace of the XLIFF 2.0 core.
const xliffNS = "urn:oasis:names:tc:xliff:document:2.0"

// xmlWriter writes an XML document token by token, with the line
// breaks and indentation between elements written by hand: an
// encoder's own indentation would also go inside the mixed content of
// a source or target (text with <cp/> elements), changing the text.
type xmlWriter struct {
	enc   *xml.Encoder
	depth int
	err   error
}

func (x *xmlWriter) token(t xml.Token) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(t)
	}
}

// newline starts a line indented to the current depth.
func (x *xmlWriter) newline() {
	x.token(xml.CharData("\n" + strings.Repeat("  ", x.depth)))
}

// open writes a start tag on a line of its own; attrs are name, value
// pairs, the pairs whose value is "" left out.
func (x *xmlWriter) open(name string, attrs ...string) {
	x.newline()
	x.start(name, attrs...)
	x.depth++
}

func (x *xmlWriter) start(name string, attrs ...string) {
	el := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] != "" {
			el.Attr = append(el.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
	}
	x.token(el)
}

// close writes the end tag of an element opened by open.
func (x *xmlWriter) close(name string) {
	x.depth--
	x.newline()
	x.end(name)
}

func (x *xmlWriter) end(name string) {
	x.token(xml.EndElement{Name: xml.Name{Local: name}})
}

// leaf writes an element whose content is text, on a line of its own.
func (x *xmlWriter) leaf(name, text string, attrs ...string) {
	x.newline()
	x.start(name, attrs...)
	x.token(xml.CharData(text))
	x.end(name)
}

// inline writes an element whose content is text with the characters
// XML cannot hold written as XLIFF's <cp hex="…"/>.
func (x *xmlWriter) inline(name, s string) {
	x.newline()
	x.start(name)
	for len(s) > 0 {
		i := 0
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !xmlChar(r) || (r == utf8.RuneError && n == 1) {
				break
			}
			i += n
		}
		if i > 0 {
			x.token(xml.CharData(s[:i]))
			s = s[i:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		x.start("cp", "hex", fmt.Sprintf("%04X", r)) // a byte that is not UTF-8 is U+FFFD
		x.end("cp")
		s = s[n:]
	}
	x.end(name)
}

// xmlChar reports whether r is a character of XML 1.0 (production 2,
// Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// notePriority is the XLIFF priority of a note by the finding's
// severity: 1 is the highest of XLIFF's 1 to 10.
var notePriority = map[fedele.Severity]int{
	fedele.SeverityError:   1,
	fedele.SeverityWarning: 3,
	fedele.SeverityInfo:    7,
}

// WriteXLIFF writes r as an XLIFF 2.0 document: srcLang and trgLang on
// the root, one file named after the source, and one unit per bead of
// the alignment, in document order, whose one segment has the bead's
// source sentences as its source and its target sentences as its target
// (joined by a space). A segment with a target is in state
// "translated"; one without (an omission) is "initial", and one with no
// source (an addition) has an empty source.
//
// Each finding is a note of the unit of its bead (a finding about the
// whole document, a note of the file), its category the finding's kind
// ("omission", "number-mismatch"), its priority 1 for an error, 3 for a
// warning and 7 for information, appliesTo "source" or "target" when it
// concerns one side only, and its text "severity: message".
func WriteXLIFF(w io.Writer, r *fedele.Report, opts ...Option) error {
	_ = newOptions(opts)
	src, tgt := index(r)
	unitNotes := make([][]int, len(r.Alignment))
	var fileNotes []int
	for i := range r.Findings {
		if b := beadOf(&r.Findings[i], src, tgt); b >= 0 {
			unitNotes[b] = append(unitNotes[b], i)
		} else {
			fileNotes = append(fileNotes, i)
		}
	}

	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	x := &xmlWriter{enc: xml.NewEncoder(bw)}
	x.start("xliff", "xmlns", xliffNS, "version", "2.0",
		"srcLang", langOr(r.Source.Lang, "und"), "trgLang", langOr(r.Target.Lang, "und"))
	x.depth++
	x.open("file", "id", "f1", "original", r.Source.Name)
	x.notes(r, fileNotes)
	for i, p := range r.Alignment {
		id := strconv.Itoa(i + 1)
		x.open("unit", "id", "u"+id)
		x.notes(r, unitNotes[i])
		state := "initial"
		if len(p.Target) > 0 {
			state = "translated"
		}
		x.open("segment", "id", "s"+id, "state", state)
		x.inline("source", joinSpans(p.Source))
		if len(p.Target) > 0 {
			x.inline("target", joinSpans(p.Target))
		}
		x.close("segment")
		x.close("unit")
	}
	if len(r.Alignment) == 0 {
		// A file holds at least one unit, and a unit one segment.
		x.open("unit", "id", "u0")
		x.open("segment", "id", "s0", "state", "initial")
		x.inline("source", "")
		x.close("segment")
		x.close("unit")
	}
	x.close("file")
	x.close("xliff")
	x.token(xml.CharData("\n"))
	if x.err == nil {
		x.err = x.enc.Flush()
	}
	if x.err != nil {
		return x.err
	}
	return bw.Flush()
}

// notes writes the findings idx of r as a notes element, if there are
// any.
func (x *xmlWriter) notes(r *fedele.Report, idx []int) {
	if len(idx) == 0 {
		return
	}
	x.open("notes")
	for _, i := range idx {
		f := &r.Findings[i]
		priority := notePriority[f.Severity]
		if priority == 0 {
			priority = 10
		}
		appliesTo := ""
		switch {
		case len(f.Source) > 0 && len(f.Target) == 0:
			appliesTo = "source"
		case len(f.Target) > 0 && len(f.Source) == 0:
			appliesTo = "target"
		}
		x.leaf("note", f.Severity.String()+": "+f.Message,
			"id", "n"+strconv.Itoa(i+1), "category", f.Kind.String(),
			"priority", strconv.Itoa(priority), "appliesTo", appliesTo)
	}
	x.close("notes")
}
