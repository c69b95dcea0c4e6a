package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/fedele/fedele"
)

// Pair is an input record: a document pair to check. The texts come from
// files (Source, Target) or inline (SourceText, TargetText).
type Pair struct {
	// ID names the pair in the output. In JSON it may be a string or a
	// number; a number is kept as it was written.
	ID string `json:"id"`
	// Source and Target are paths of the texts, read by
	// [Checker.ReadFile].
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
	// SourceText and TargetText are the texts themselves, for pairs that
	// do not name files.
	SourceText string `json:"source_text,omitempty"`
	TargetText string `json:"target_text,omitempty"`
	// SourceLang and TargetLang are BCP 47 tags; empty means the
	// Checker's defaults.
	SourceLang string `json:"source_lang,omitempty"`
	TargetLang string `json:"target_lang,omitempty"`
	// Mode is how the sides relate: "auto" (the default, also for ""),
	// "translation" or "reorganized" (see [fedele.Mode]).
	Mode string `json:"mode,omitempty"`
	// Presegmented reads each text as one sentence a line.
	Presegmented bool `json:"presegmented,omitempty"`
}

// Result is an output record: the report of a pair, or why it has none.
type Result struct {
	ID string `json:"id"`
	// Report is the pair's report when it could be checked.
	Report *fedele.Report `json:"report,omitempty"`
	// Error says why the pair could not be checked.
	Error string `json:"error,omitempty"`
}

// ErrRecord is wrapped by the errors of [DecodePair].
var ErrRecord = errors.New("batch: bad record")

// DecodePair reads an input record from one line of JSON (a byte order
// mark before it, as some editors write at the start of a file, is
// skipped). Fields it does not know are an error, so that a misspelt
// "source_lang" is not silently ignored. The error wraps [ErrRecord]; when the record is JSON
// with an id, the Pair returned carries that id even so, for the error
// record.
func DecodePair(line []byte) (Pair, error) {
	var raw struct {
		ID json.RawMessage `json:"id"`
		Pair
	}
	// The raw ID shadows Pair.ID, so a numeric id decodes too.
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(line, []byte("\ufeff"))))
	dec.DisallowUnknownFields()
	err := dec.Decode(&raw)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value on the line")
	}
	p := raw.Pair
	id, idErr := decodeID(raw.ID)
	p.ID = id
	if err != nil {
		return p, fmt.Errorf("%w: %v", ErrRecord, err)
	}
	if idErr != nil {
		return p, fmt.Errorf("%w: %v", ErrRecord, idErr)
	}
	return p, nil
}

// decodeID reads an id given as a JSON string or number.
func decodeID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", errors.New(`the record has no "id"`)
	}
	if raw[0] == '"' {
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", fmt.Errorf(`"id" is %s, not a string or a number`, raw)
	}
	return n.String(), nil
}

// Encode returns the output record of r as one line of JSON, ending in a
// line feed. It is the one encoding of records: a run of [Runner] and a
// pipeline that calls Encode on the same results write the same bytes.
// Text is escaped as [fedele.Report.WriteJSON] escapes it (control
// characters, and nothing for HTML).
func Encode(r Result) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, fmt.Errorf("batch: encoding the record of %q: %w", r.ID, err)
	}
	return b.Bytes(), nil
}
