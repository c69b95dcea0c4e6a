package fedele

import (
	"io"

	"github.com/fedele/fedele/internal/jsonstream"
)

// WriteJSON writes the report as one indented JSON document, the same
// bytes as encoding/json's Encoder with a two-space indent and no HTML
// escaping would write. The long lists (findings, alignment,
// provenance, quotations) are written an element at a time, so the
// memory it needs does not grow with the size of the report.
func (r *Report) WriteJSON(w io.Writer) error {
	o := jsonObject{s: jsonstream.New(w)}
	o.s.Raw("{")
	o.field("mode", r.Mode)
	if r.ModeReason != "" {
		o.field("mode_reason", r.ModeReason)
	}
	o.field("source", r.Source)
	o.field("target", r.Target)
	o.field("summary", r.Summary)
	jsonList(&o, "findings", r.Findings, false)
	jsonList(&o, "alignment", r.Alignment, false)
	jsonList(&o, "provenance", r.Provenance, true)
	jsonList(&o, "quotations", r.Quotations, true)
	if r.Coverage != nil {
		o.field("coverage", r.Coverage)
	}
	o.s.Raw("\n}\n")
	return o.s.Flush()
}

// jsonObject writes the fields of the report's top-level object.
type jsonObject struct {
	s      *jsonstream.Writer
	fields int
}

// key starts the next field of the object.
func (o *jsonObject) key(name string) {
	if o.fields > 0 {
		o.s.Raw(",")
	}
	o.fields++
	o.s.Raw("\n  \"" + name + "\": ")
}

// field writes one field of the object.
func (o *jsonObject) field(name string, v any) {
	o.key(name)
	o.s.Value(v, 1)
}

// jsonList writes a list field an element at a time: null for a nil
// list, [] for an empty one, and nothing at all for an empty list when
// omitEmpty is set (the encoding of `json:",omitempty"`).
func jsonList[T any](o *jsonObject, name string, list []T, omitEmpty bool) {
	if len(list) == 0 && omitEmpty {
		return
	}
	o.key(name)
	if list == nil {
		o.s.Raw("null")
		return
	}
	o.s.List(len(list), 1, func(i int) any { return list[i] })
}
