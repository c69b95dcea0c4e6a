// Package cli holds what the example programs share so that they behave
// alike: exit statuses, error messages, the -o output file, and telling
// a terminal.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// The exit statuses of the programs, as diff and linters use them.
const (
	// OK: the work is done and nothing reached the failing level.
	OK = 0
	// Failed: the work is done, and something reached the failing level
	// (check: a finding at -fail-on; batch: a pair that could not be
	// checked).
	Failed = 1
	// Trouble: bad usage, unusable input, or output that could not be
	// written.
	Trouble = 2
)

// Fail prints err on stderr as "prog: message" and returns [Trouble].
// A message that already starts with "prog: " (the align package's
// errors do) does not get the prefix twice.
func Fail(stderr io.Writer, prog string, err error) int {
	msg := err.Error()
	if !strings.HasPrefix(msg, prog+": ") {
		msg = prog + ": " + msg
	}
	fmt.Fprintln(stderr, msg)
	return Trouble
}

// IsTerminal reports whether w is a terminal.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// IsRegularFile reports whether w is a regular file (standard output
// redirected to a file, say), as opposed to a terminal or a pipe.
func IsRegularFile(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode().IsRegular()
}

// Output is where a program writes its result: standard output, or the
// file given with -o. The file is opened when the program starts, so
// that a path that cannot be written is refused before any work, but it
// is emptied only when writing starts, so that a run that fails before
// keeps the file as it was.
type Output struct {
	w       io.Writer
	f       *os.File // nil for standard output
	created bool     // the file did not exist before
	closed  bool
}

// Create opens the output: stdout when path is "" or "-", otherwise the
// file at path, created if need be but not yet emptied.
func Create(path string, stdout io.Writer) (*Output, error) {
	if path == "" || path == "-" {
		return &Output{w: stdout}, nil
	}
	_, statErr := os.Stat(path)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o666)
	if err != nil {
		return nil, err
	}
	return &Output{w: f, f: f, created: errors.Is(statErr, os.ErrNotExist)}, nil
}

// IsFile reports whether the output is a file given with -o.
func (o *Output) IsFile() bool { return o.f != nil }

// Terminal reports whether the output is a terminal.
func (o *Output) Terminal() bool { return IsTerminal(o.w) }

// Start empties the output file and returns the writer of the output.
func (o *Output) Start() (io.Writer, error) {
	if o.f != nil {
		if st, err := o.f.Stat(); err == nil && st.Mode().IsRegular() {
			if err := o.f.Truncate(0); err != nil {
				return nil, err
			}
		}
	}
	return o.w, nil
}

// Close closes the output file. When the program failed before writing
// (started is false) a file that Create made is removed again. Closing
// again does nothing.
func (o *Output) Close(started bool) error {
	if o.f == nil || o.closed {
		return nil
	}
	o.closed = true
	err := o.f.Close()
	if !started && o.created {
		os.Remove(o.f.Name())
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", o.f.Name(), err)
	}
	return nil
}

// Memory the programs allow themselves: the Go runtime's soft limit is
// set to memoryPerInputByte times the input, and never below
// memoryFloor. Measured on two 20 MB texts (UD PUD repeated 160 times a
// side), the live heap of check and align peaks at 9-10 times the input;
// the collector's default headroom would double that. Text of many tiny
// sentences (a million look-alike codes) holds more than that for each
// byte: when the live heap passes liveShare of the limit, the limit is
// raised to liveHeadroom times the live heap, the headroom the collector
// takes by default (GOGC=100). At the limit it ran back to back and
// doubled the time; with a headroom of 1.5 a 10 MB text of codes still
// took 36% longer per byte than 1 MB.
const (
	memoryPerInputByte = 12
	memoryFloor        = 256 << 20
	liveShare          = 1.0
	liveHeadroom       = 2
	liveWatch          = 20 * time.Millisecond
)

// LimitMemory sets the Go runtime's soft memory limit from the size of
// the input in bytes, so that the collector works harder instead of
// letting the process grow to twice what it holds: 12 times the input,
// at least 256 MiB, raised while the program runs if what it holds
// outgrows that. A limit the user set with GOMEMLIMIT is kept. It returns
// the limit set and a function that stops watching the live heap.
func LimitMemory(inputBytes int) (limit int64, stop func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1), func() {}
	}
	limit = max(memoryFloor, int64(inputBytes)*memoryPerInputByte)
	debug.SetMemoryLimit(limit)
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(liveWatch)
		defer tick.Stop()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		current := limit
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if next := raisedLimit(current, sample[0].Value.Uint64()); next > current {
				current = next
				debug.SetMemoryLimit(current)
			}
		}
	}()
	var once sync.Once
	return limit, func() { once.Do(func() { close(done) }) }
}

// raisedLimit returns the limit for a live heap of live bytes: limit
// itself while live stays under liveShare of it, liveHeadroom times live
// beyond.
func raisedLimit(limit int64, live uint64) int64 {
	if float64(live) <= liveShare*float64(limit) {
		return limit
	}
	return max(limit, int64(liveHeadroom*float64(live)))
}
