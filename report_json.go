package fedele

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// WriteJSON writes the report as one indented JSON document, the same
// bytes as encoding/json's Encoder with a two-space indent and no HTML
// escaping would write. The long lists (findings, alignment,
// provenance, quotations) are written an element at a time, so the
// memory it needs does not grow with the size of the report.
func (r *Report) WriteJSON(w io.Writer) error {
	s := newJSONStream(w)
	s.raw("{")
	s.field("mode", r.Mode)
	if r.ModeReason != "" {
		s.field("mode_reason", r.ModeReason)
	}
	s.field("source", r.Source)
	s.field("target", r.Target)
	s.field("summary", r.Summary)
	jsonList(s, "findings", r.Findings, false)
	jsonList(s, "alignment", r.Alignment, false)
	jsonList(s, "provenance", r.Provenance, true)
	jsonList(s, "quotations", r.Quotations, true)
	if r.Coverage != nil {
		s.field("coverage", r.Coverage)
	}
	s.raw("\n}\n")
	return s.flush()
}

// jsonStream writes one indented JSON object a field at a time. The
// first error stops all later writes and is returned by flush.
type jsonStream struct {
	w      *bufio.Writer
	buf    bytes.Buffer
	enc    [3]*json.Encoder // into buf, by depth (1 or 2)
	fields int
	err    error
}

func newJSONStream(w io.Writer) *jsonStream {
	return &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v indented as a value nested depth levels deep.
func (s *jsonStream) value(v any, depth int) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	enc := s.enc[depth]
	if enc == nil {
		enc = json.NewEncoder(&s.buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		s.enc[depth] = enc
	}
	if s.err = enc.Encode(v); s.err != nil {
		return
	}
	_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// key starts the next field of the object.
func (s *jsonStream) key(name string) {
	if s.fields > 0 {
		s.raw(",")
	}
	s.fields++
	s.raw("\n  \"" + name + "\": ")
}

// field writes one field of the object.
func (s *jsonStream) field(name string, v any) {
	s.key(name)
	s.value(v, 1)
}

// jsonList writes a list field an element at a time: null for a nil
// list, [] for an empty one, and nothing at all for an empty list when
// omitEmpty is set (the encoding of `json:",omitempty"`).
func jsonList[T any](s *jsonStream, name string, list []T, omitEmpty bool) {
	if len(list) == 0 && omitEmpty {
		return
	}
	s.key(name)
	switch {
	case list == nil:
		s.raw("null")
		return
	case len(list) == 0:
		s.raw("[]")
		return
	}
	s.raw("[")
	for i := range list {
		if i > 0 {
			s.raw(",")
		}
		s.raw("\n    ")
		s.value(list[i], 2)
	}
	s.raw("\n  ]")
}

func (s *jsonStream) flush() error {
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}
