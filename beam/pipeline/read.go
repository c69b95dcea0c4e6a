package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/fedele/fedele/batch"
)

// readFn reads the pair record of a line of the input and its texts.
// A good pair goes on as a Work; a bad one ends here with its error
// record, its dead letter and its count in the summary.
type readFn struct {
	Langs defaults
}

func (f *readFn) ProcessElement(ctx context.Context, line string, work func(Work), record, dead func(string), stats func(Summary)) error {
	if strings.TrimSpace(line) == "" {
		return nil // blank lines are not records, as in examples/batch
	}
	p, err := batch.DecodePair([]byte(line))
	if err != nil {
		return outcomeOf(batch.Result{ID: p.ID, Error: err.Error()}, nil, line).emit(record, dead, stats)
	}
	c := f.Langs.checker()
	c.ReadFile = func(name string) ([]byte, error) { return readFile(ctx, name) }
	src, tgt, err := c.Texts(p)
	if err != nil {
		// The record examples/batch writes for this pair: a fault found
		// before the texts (a bad language or mode) comes first.
		return outcomeOf(c.Check(p), &p, "").emit(record, dead, stats)
	}
	work(Work{Pair: p, Source: src, Target: tgt})
	return nil
}

// readFile reads a file a pair names: a local path (relative to the
// worker's working directory) as examples/batch reads it, or a path of
// a filesystem Beam knows (gs://bucket/…).
func readFile(ctx context.Context, name string) ([]byte, error) {
	if !strings.Contains(name, "://") {
		return os.ReadFile(name)
	}
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	return filesystem.Read(ctx, fs, name)
}

// deadLetter is a line of the dead-letter output: the pair's id, why it
// could not be checked, and the pair (the record as read, or the line
// when it is not a record).
type deadLetter struct {
	ID     string      `json:"id"`
	Error  string      `json:"error"`
	Record *batch.Pair `json:"record,omitempty"`
	Line   string      `json:"line,omitempty"`
}

// outcome is what a pair gives: its output record, its dead letter
// when it could not be checked, its summary; or the error that fails
// the bundle (a record that cannot be encoded).
type outcome struct {
	record, dead string
	stats        Summary
	err          error
}

// outcomeOf returns the outcome of the pair p (nil when the line is not
// a record) whose output record is res.
func outcomeOf(res batch.Result, p *batch.Pair, line string) outcome {
	rec, err := batch.Encode(res)
	if err != nil {
		return outcome{err: err}
	}
	o := outcome{record: string(rec), stats: summaryOf(res)}
	if res.Error == "" {
		return o
	}
	var d strings.Builder
	enc := json.NewEncoder(&d)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(deadLetter{ID: res.ID, Error: res.Error, Record: p, Line: line}); err != nil {
		return outcome{err: fmt.Errorf("encoding the dead letter of %q: %w", res.ID, err)}
	}
	o.dead = d.String()
	return o
}

// emit emits the outcome.
func (o outcome) emit(record, dead func(string), stats func(Summary)) error {
	if o.err != nil {
		return o.err
	}
	record(o.record)
	if o.dead != "" {
		dead(o.dead)
	}
	stats(o.stats)
	return nil
}
