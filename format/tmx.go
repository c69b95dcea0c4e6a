package format

import (
	"bufio"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/fedele/fedele"
)

// TMX is Translation Memory eXchange 1.4b, the LISA OSCAR standard that
// translation-memory tools (OmegaT, Trados, memoQ) exchange.

// xmlNS is the namespace of the xml: prefix (xml:lang).
const xmlNS = "http://www.w3.org/XML/1998/namespace"

type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	TUs     []tmxTU   `xml:"body>tu"`
}

// tmxHeader has every attribute the DTD requires.
type tmxHeader struct {
	CreationTool        string `xml:"creationtool,attr"`
	CreationToolVersion string `xml:"creationtoolversion,attr"`
	SegType             string `xml:"segtype,attr"`
	OTMF                string `xml:"o-tmf,attr"`
	AdminLang           string `xml:"adminlang,attr"`
	SrcLang             string `xml:"srclang,attr"`
	DataType            string `xml:"datatype,attr"`
}

type tmxTU struct {
	ID    string    `xml:"tuid,attr"`
	Props []tmxProp `xml:"prop"`
	TUVs  []tmxTUV  `xml:"tuv"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tmxTUV struct {
	Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Seg  string `xml:"seg"`
}

// WriteTMX writes the alignment of r as a TMX 1.4b document: a header
// with every attribute the standard requires (segtype "sentence",
// datatype "plaintext", srclang the source's language), and one
// translation unit per bead that has text on both sides, in document
// order, with the bead's score as the property x-score and, for a
// report of a check, its similarity as x-similarity. The unit's tuid is
// the bead's number in the alignment, counted from 1, so that units
// left out by [MinScore] leave gaps in the numbers.
//
// The sentences of one side of a bead are joined by a space. A language
// the report does not name is written "und". Characters XML cannot hold
// become U+FFFD (see the package documentation).
func WriteTMX(w io.Writer, r *fedele.Report, opts ...Option) error {
	o := newOptions(opts)
	srcLang, tgtLang := langOr(r.Source.Lang, "und"), langOr(r.Target.Lang, "und")
	doc := tmxDoc{
		Version: "1.4",
		Header: tmxHeader{
			CreationTool:        o.tool,
			CreationToolVersion: o.toolVersion,
			SegType:             "sentence",
			OTMF:                o.tool,
			AdminLang:           "en",
			SrcLang:             srcLang,
			DataType:            "plaintext",
		},
	}
	checked := len(r.Summary.Verdict) > 0
	for i, p := range r.Alignment {
		if len(p.Source) == 0 || len(p.Target) == 0 || p.Score < o.minScore {
			continue
		}
		tu := tmxTU{
			ID:    strconv.Itoa(i + 1),
			Props: []tmxProp{{"x-score", formatScore(p.Score)}},
			TUVs: []tmxTUV{
				{Lang: srcLang, Seg: joinSpans(p.Source)},
				{Lang: tgtLang, Seg: joinSpans(p.Target)},
			},
		}
		if checked {
			tu.Props = append(tu.Props, tmxProp{"x-similarity", formatScore(p.Similarity)})
		}
		doc.TUs = append(doc.TUs, tu)
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">` + "\n")
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// langOr returns lang, or def when lang is "".
func langOr(lang, def string) string {
	if lang == "" {
		return def
	}
	return lang
}

// formatScore writes a score in [0, 1] with at most three decimals.
func formatScore(x float64) string {
	return strconv.FormatFloat(round3(x), 'f', -1, 64)
}

// joinSpans joins the texts of spans by a space.
func joinSpans(spans []fedele.Span) string {
	if len(spans) == 1 {
		return spans[0].Text
	}
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sp.Text)
	}
	return b.String()
}
