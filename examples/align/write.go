package main

import (
	"io"
	"path/filepath"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/format"
	"github.com/fedele/fedele/segment"
)

// reportFormats are the values of -format written by package format.
var reportFormats = map[string]bool{"tsv": true, "tmx": true, "xliff": true, "html": true}

// side is what the report needs of one text.
type side struct {
	path, lang, text string
	// sentences are the text's sentences, found by segment.Split or,
	// one a line, by segment.SplitLines.
	sentences []segment.Sentence
}

// writeReport writes the alignment in one of reportFormats, through the
// report of the alignment alone.
func writeReport(w io.Writer, name string, src, tgt side, beads []align.Bead, minScore float64) error {
	text := func(s side) format.Text {
		return format.Text{Name: filepath.Base(s.path), Lang: s.lang, Text: s.text, Sentences: s.sentences}
	}
	r := format.AlignmentReport(text(src), text(tgt), beads)
	switch name {
	case "tmx":
		return format.WriteTMX(w, r, format.MinScore(minScore))
	case "xliff":
		return format.WriteXLIFF(w, r)
	case "html":
		return format.WriteHTML(w, r)
	default:
		return format.WriteTSV(w, r, format.MinScore(minScore))
	}
}
