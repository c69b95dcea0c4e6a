// Package jsonstream writes indented JSON a value at a time, with the
// bytes encoding/json's Encoder would write for the whole document (a
// two-space indent, no HTML escaping), so that a long list is never
// encoded whole in memory.
package jsonstream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// Writer writes one JSON document in pieces. The first error stops all
// later writes and is returned by Flush.
type Writer struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc []*json.Encoder // into buf, by depth
	err error
}

// New returns a Writer on w.
func New(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(w, 64<<10)}
}

// Raw writes text as it is: punctuation and keys between values.
func (s *Writer) Raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// Value writes v encoded and indented as a value nested depth levels
// deep (0 for the document itself), without a final newline.
func (s *Writer) Value(v any, depth int) {
	if s.err != nil {
		return
	}
	for len(s.enc) <= depth {
		enc := json.NewEncoder(&s.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent(strings.Repeat("  ", len(s.enc)), "  ")
		s.enc = append(s.enc, enc)
	}
	s.buf.Reset()
	if s.err = s.enc[depth].Encode(v); s.err != nil {
		return
	}
	_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// List writes a list of n elements nested depth levels deep, element i
// being elem(i): "[]" when n is 0. A nil list, which encodes as null, is
// the caller's to write.
func (s *Writer) List(n, depth int, elem func(i int) any) {
	if n == 0 {
		s.Raw("[]")
		return
	}
	inner := "\n" + strings.Repeat("  ", depth+1)
	s.Raw("[")
	for i := range n {
		if i > 0 {
			s.Raw(",")
		}
		s.Raw(inner)
		s.Value(elem(i), depth+1)
	}
	s.Raw("\n" + strings.Repeat("  ", depth) + "]")
}

// Flush writes what is buffered and returns the first error met.
func (s *Writer) Flush() error {
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}
