package main

import (
	"fmt"
	"io"
	"os"
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

// readInput reads a text file, or the text of an HTML page (by its
// extension: .html, .htm, .xhtml), with the map back to the file.
func readInput(path string) (*extract.Text, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		x, err := extract.HTML(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return x, nil
	}
	return extract.Plain(string(data)), nil
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
