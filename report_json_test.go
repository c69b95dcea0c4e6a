package fedele

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// encodeJSON is the encoding WriteJSON promises: encoding/json's
// Encoder, two-space indent, no HTML escaping.
func encodeJSON(t *testing.T, r *Report) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// WriteJSON streams the report a list element at a time; its bytes are
// those of encoding/json on the whole report, for reports of both modes,
// an empty report, and lists that are nil, empty or omitted.
func TestWriteJSONStreamsTheEncoding(t *testing.T) {
	reports := map[string]*Report{
		"translation": checkExample(t),
		"reorganized": checkInterview(t),
		"zero":        {},
		"empty lists": {Findings: []Finding{}, Alignment: []Pair{}, Provenance: []Provenance{}, Quotations: []QuotationCheck{}},
		"html marks":  {Mode: ModeTranslation, ModeReason: "<a & b>", Source: Document{Name: "x<y>.txt"}, Coverage: &Coverage{}},
	}
	for name, r := range reports {
		var got bytes.Buffer
		if err := r.WriteJSON(&got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(encodeJSON(t, r)), got.String()); diff != "" {
			t.Errorf("%s: WriteJSON differs from encoding/json (-want +got):\n%s", name, diff)
		}
	}
}

// Every field of Report is written: a report with all of them set
// encodes to an object with as many keys as Report has fields.
func TestWriteJSONWritesEveryField(t *testing.T) {
	r := checkInterview(t)
	r.ModeReason = "reason"
	r.Source.Cut = []Span{{Text: "cut"}}
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &keys); err != nil {
		t.Fatal(err)
	}
	if n := reflect.TypeFor[Report]().NumField(); len(keys) != n {
		t.Errorf("WriteJSON wrote %d fields, Report has %d", len(keys), n)
	}
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// A write error comes back from WriteJSON, at any point of the report.
func TestWriteJSONReturnsWriteErrors(t *testing.T) {
	r := checkExample(t)
	whole := len(encodeJSON(t, r))
	for _, n := range []int{0, 100, whole / 2, whole - 1} {
		if err := r.WriteJSON(&failingWriter{n: n}); err == nil {
			t.Errorf("writer failing after %d of %d bytes: no error", n, whole)
		}
	}
}
