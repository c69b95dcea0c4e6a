package jsonstream

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type item struct {
	Name  string   `json:"name"`
	Tags  []string `json:"tags"`
	Inner struct {
		N int `json:"n"`
	} `json:"inner"`
}

// A document written a piece at a time is the bytes encoding/json writes
// for it whole, at every depth, with marks HTML would escape left alone.
func TestMatchesEncoding(t *testing.T) {
	items := []item{{Name: "<a & b>", Tags: []string{"x", "y"}}, {Name: "é"}, {}}
	doc := map[string]any{"items": items, "empty": []item{}}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	s := New(&got)
	s.Raw("{\n  \"empty\": ")
	s.List(0, 1, nil)
	s.Raw(",\n  \"items\": ")
	s.List(len(items), 1, func(i int) any { return items[i] })
	s.Raw("\n}\n")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("(-encoding/json +jsonstream):\n%s", diff)
	}

	// A list as the whole document.
	want.Reset()
	if err := enc.Encode(items); err != nil {
		t.Fatal(err)
	}
	got.Reset()
	s = New(&got)
	s.List(len(items), 0, func(i int) any { return items[i] })
	s.Raw("\n")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("top-level list (-encoding/json +jsonstream):\n%s", diff)
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// A value that cannot be encoded, or a writer that fails, is an error of
// Flush.
func TestErrors(t *testing.T) {
	s := New(&bytes.Buffer{})
	s.Value(func() {}, 0)
	if s.Flush() == nil {
		t.Error("a function encoded with no error")
	}
	s = New(failing{})
	s.Raw("x")
	if s.Flush() == nil {
		t.Error("failing writer: no error")
	}
}
