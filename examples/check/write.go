package main

import (
	"io"
	"path/filepath"
	"strings"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/extract"
	"github.com/fedele/fedele/format"
)

// formats are the values of -format.
var formats = []string{"text", "json", "html", "tmx", "xliff", "tsv"}

// validFormat reports whether name is one of formats.
func validFormat(name string) bool {
	for _, f := range formats {
		if f == name {
			return true
		}
	}
	return false
}

// isHTML reports whether the file at path is read as an HTML page (by
// its extension: .html, .htm, .xhtml).
func isHTML(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

// write writes the report in the format named. The report's spans are
// on the texts checked; when a side was read from an HTML page, every
// format but html gets them moved to the page's bytes (the HTML report
// shows the texts as they were checked).
func write(w io.Writer, name string, r *fedele.Report, src, tgt *extract.Text, color bool, minScore float64) error {
	remapped := r
	if src.Text != src.Doc() || tgt.Text != tgt.Doc() {
		remapped = extract.Remap(r, src, tgt)
	}
	switch name {
	case "json":
		return remapped.WriteJSON(w)
	case "html":
		return format.WriteHTML(w, r)
	case "tmx":
		return format.WriteTMX(w, remapped, format.MinScore(minScore))
	case "xliff":
		return format.WriteXLIFF(w, remapped)
	case "tsv":
		return format.WriteTSV(w, remapped, format.MinScore(minScore))
	default:
		return remapped.WriteText(w, color)
	}
}
