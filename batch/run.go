package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
)

// Runner checks the pairs of a JSON Lines input in parallel and writes
// their output records in input order. Set its fields before calling
// [Runner.Run]; the zero value works.
type Runner struct {
	// Check checks one pair; nil means a zero [Checker]'s Check.
	Check func(Pair) Result
	// Workers is how many pairs are checked at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// Window bounds the pairs held at once, read but not yet written
	// (being checked, or checked and waiting for an earlier pair); 0
	// means 4 per worker. Memory is the window times the memory of a
	// pair, whatever the number of pairs.
	Window int
	// Done holds the records an earlier run of the same input wrote
	// (see [Resume]). Run checks that each is the record of the input
	// pair at its place, and checks only the pairs after them.
	Done io.Reader
	// Progress, when set, is called from one goroutine once the records
	// of Done are read, and after each record written, with the counts
	// so far.
	Progress func(Stats)
}

// Stats counts what a run did.
type Stats struct {
	// Resumed is the number of pairs found done in [Runner.Done].
	Resumed int
	// Checked is the number of records written by this run.
	Checked int
	// Failed is the number of error records, among those resumed and
	// those written.
	Failed int
}

// ErrMismatch is wrapped by the error [Runner.Run] returns when the
// records of [Runner.Done] do not belong to its input.
var ErrMismatch = errors.New("batch: the output holds records of another input")

// job is a pair to check, numbered in input order; err is set when its
// line could not be read as a pair.
type job struct {
	seq  int
	pair Pair
	err  error
}

type result struct {
	seq  int
	line []byte
	err  error // the record could not be encoded
	bad  bool  // an error record
}

// Run reads JSON Lines pair records from in (blank lines are skipped),
// checks them, and writes one record per pair to out in input order,
// each with a single Write. It returns when the input is done, when
// writing fails, or when ctx is cancelled: then it stops reading, lets
// the pairs being checked finish and writes their records, so that what
// was finished is kept, and returns ctx's error.
func (r *Runner) Run(ctx context.Context, in io.Reader, out io.Writer) (Stats, error) {
	var st Stats
	check := r.Check
	if check == nil {
		check = new(Checker).Check
	}
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := r.Window
	if window <= 0 {
		window = 4 * workers
	}
	window = max(window, workers)

	lines := bufio.NewReaderSize(in, 64<<10)
	if r.Done != nil {
		n, failed, err := skipDone(lines, bufio.NewReaderSize(r.Done, 64<<10))
		st.Resumed, st.Failed = n, failed
		if err != nil {
			return st, err
		}
	}
	if r.Progress != nil {
		r.Progress(st)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	slots := make(chan struct{}, window) // a slot per pair held
	jobs := make(chan job)
	results := make(chan result, window)
	readErr := make(chan error, 1)

	// The reader numbers the pairs and hands them out, one slot each.
	go func() {
		defer close(jobs)
		for seq := st.Resumed; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				readErr <- nil
				return
			}
			p, bad, err := nextPair(lines)
			if err != nil {
				readErr <- ignoreEOF(err)
				return
			}
			select {
			case jobs <- job{seq: seq, pair: p, err: bad}:
			case <-ctx.Done():
				readErr <- nil
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				res := Result{ID: j.pair.ID}
				if j.err != nil {
					res.Error = j.err.Error()
				} else {
					res = check(j.pair)
				}
				line, err := Encode(res)
				results <- result{seq: j.seq, line: line, err: err, bad: res.Error != ""}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Records are written in input order; one that comes early waits
	// in pending, which holds fewer than window records.
	pending := make(map[int]result, window)
	next := st.Resumed
	var werr error
	for res := range results {
		if werr != nil {
			continue // drain, so that the workers finish
		}
		pending[res.seq] = res
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if p.err != nil {
				werr = p.err
			} else if _, err := out.Write(p.line); err != nil {
				werr = fmt.Errorf("batch: writing the output: %w", err)
			}
			if werr != nil {
				cancel()
				break
			}
			next++
			st.Checked++
			if p.bad {
				st.Failed++
			}
			<-slots
			if r.Progress != nil {
				r.Progress(st)
			}
		}
	}
	if werr != nil {
		return st, werr
	}
	if err := <-readErr; err != nil {
		return st, err
	}
	return st, ctx.Err()
}

// nextPair reads the next input record of r: the pair, or bad, why its
// line is not one (DecodePair's error); err is io.EOF at the end of the
// input, or the error that reading met.
func nextPair(r *bufio.Reader) (p Pair, bad, err error) {
	line, err := nextRecord(r)
	if err == io.EOF {
		return Pair{}, nil, err
	}
	if err != nil {
		return Pair{}, nil, fmt.Errorf("batch: reading the input: %w", err)
	}
	p, bad = DecodePair(line)
	return p, bad, nil
}

// ignoreEOF returns err, or nil for io.EOF.
func ignoreEOF(err error) error {
	if err == io.EOF {
		return nil
	}
	return err
}

// nextRecord returns the next non-blank line of r, without its line end.
func nextRecord(r *bufio.Reader) ([]byte, error) {
	for {
		line, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			return line, nil // a last line without line end is a record too
		}
		if err != nil {
			return nil, err
		}
	}
}

// skipDone reads the records of done and the input pairs they belong
// to, in step, checking that each has the id of its pair. It returns how
// many there are, and how many of them are error records.
func skipDone(in, done *bufio.Reader) (n, failed int, err error) {
	for {
		rec, err := done.ReadBytes('\n')
		if len(rec) == 0 && err == io.EOF {
			return n, failed, nil
		}
		if err != nil && err != io.EOF {
			return n, failed, fmt.Errorf("batch: reading the records done: %w", err)
		}
		if err == io.EOF {
			return n, failed, fmt.Errorf("%w: record %d is not complete (cut it with Resume)", ErrMismatch, n+1)
		}
		id, isError, ok := recordID(rec)
		if !ok {
			return n, failed, fmt.Errorf("%w: line %d is not a record of this program", ErrMismatch, n+1)
		}
		line, err := nextRecord(in)
		if err == io.EOF {
			return n, failed, fmt.Errorf("%w: it holds more records than the input has pairs", ErrMismatch)
		}
		if err != nil {
			return n, failed, fmt.Errorf("batch: reading the input: %w", err)
		}
		p, _ := DecodePair(line)
		if p.ID != id {
			return n, failed, fmt.Errorf("%w: record %d is of pair %q, but pair %d of the input is %q", ErrMismatch, n+1, id, n+1, p.ID)
		}
		n++
		if isError {
			failed++
		}
	}
}
