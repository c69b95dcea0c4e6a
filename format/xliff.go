package format

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/fedele/fedele"
)

// XLIFF 2.0 is the OASIS XML Localisation Interchange File Format, the
// bilingual document that CAT tools open. Only its core is used.

// xliffNS is the namespace of the XLIFF 2.0 core.
const xliffNS = "urn:oasis:names:tc:xliff:document:2.0"

type xliffDoc struct {
	XMLName xml.Name  `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string    `xml:"version,attr"`
	SrcLang string    `xml:"srcLang,attr"`
	TrgLang string    `xml:"trgLang,attr"`
	File    xliffFile `xml:"file"`
}

type xliffFile struct {
	ID       string      `xml:"id,attr"`
	Original string      `xml:"original,attr,omitempty"`
	Notes    *xliffNotes `xml:"notes"`
	Units    []xliffUnit `xml:"unit"`
}

type xliffNotes struct {
	Notes []xliffNote `xml:"note"`
}

type xliffNote struct {
	ID        string `xml:"id,attr"`
	Category  string `xml:"category,attr"`
	Priority  int    `xml:"priority,attr"`
	AppliesTo string `xml:"appliesTo,attr,omitempty"`
	Text      string `xml:",chardata"`
}

type xliffUnit struct {
	ID      string       `xml:"id,attr"`
	Notes   *xliffNotes  `xml:"notes"`
	Segment xliffSegment `xml:"segment"`
}

type xliffSegment struct {
	ID     string       `xml:"id,attr"`
	State  string       `xml:"state,attr"`
	Source xliffContent `xml:"source"`
	Target *xliffContent
}

// xliffContent is the inline content of a source or target: text, with
// the characters XML cannot hold written as <cp hex="…"/>.
type xliffContent struct {
	name string
	text string
}

// MarshalXML writes the content as text and cp elements.
func (c xliffContent) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if c.name != "" {
		start.Name = xml.Name{Local: c.name}
	}
	if err := e.EncodeToken(start); err != nil {
		return err
	}
	s := c.text
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
			if err := e.EncodeToken(xml.CharData(s[:i])); err != nil {
				return err
			}
			s = s[i:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && n == 1 {
			r = utf8.RuneError // a byte that is not UTF-8 cannot be kept
		}
		cp := xml.StartElement{Name: xml.Name{Local: "cp"}, Attr: []xml.Attr{{Name: xml.Name{Local: "hex"}, Value: fmt.Sprintf("%04X", r)}}}
		if err := e.EncodeToken(cp); err != nil {
			return err
		}
		if err := e.EncodeToken(cp.End()); err != nil {
			return err
		}
		s = s[n:]
	}
	return e.EncodeToken(start.End())
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
	doc := xliffDoc{
		Version: "2.0",
		SrcLang: langOr(r.Source.Lang, "und"),
		TrgLang: langOr(r.Target.Lang, "und"),
		File:    xliffFile{ID: "f1", Original: r.Source.Name},
	}
	src, tgt := index(r)
	unitNotes := make([][]xliffNote, len(r.Alignment))
	var fileNotes []xliffNote
	for i := range r.Findings {
		f := &r.Findings[i]
		n := xliffNote{
			ID:       "n" + strconv.Itoa(i+1),
			Category: f.Kind.String(),
			Priority: notePriority[f.Severity],
			Text:     f.Severity.String() + ": " + f.Message,
		}
		if n.Priority == 0 {
			n.Priority = 10
		}
		switch {
		case len(f.Source) > 0 && len(f.Target) == 0:
			n.AppliesTo = "source"
		case len(f.Target) > 0 && len(f.Source) == 0:
			n.AppliesTo = "target"
		}
		if b := beadOf(f, src, tgt); b >= 0 {
			unitNotes[b] = append(unitNotes[b], n)
		} else {
			fileNotes = append(fileNotes, n)
		}
	}
	if len(fileNotes) > 0 {
		doc.File.Notes = &xliffNotes{fileNotes}
	}
	for i, p := range r.Alignment {
		id := strconv.Itoa(i + 1)
		u := xliffUnit{
			ID: "u" + id,
			Segment: xliffSegment{
				ID:     "s" + id,
				State:  "initial",
				Source: xliffContent{text: joinSpans(p.Source)},
			},
		}
		if len(p.Target) > 0 {
			u.Segment.State = "translated"
			u.Segment.Target = &xliffContent{name: "target", text: joinSpans(p.Target)}
		}
		if len(unitNotes[i]) > 0 {
			u.Notes = &xliffNotes{unitNotes[i]}
		}
		doc.File.Units = append(doc.File.Units, u)
	}
	if len(doc.File.Units) == 0 {
		// A file holds at least one unit: an empty one for an empty
		// alignment.
		doc.File.Units = []xliffUnit{{ID: "u0", Segment: xliffSegment{ID: "s0", State: "initial"}}}
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}
