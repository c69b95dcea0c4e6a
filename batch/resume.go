package batch

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Resume prepares f, the output file of an earlier run, for the next run
// of the same input: it cuts a torn last record (one without its line
// end, left by a run that was killed while writing it) and returns a
// reader of the complete records, to set as [Runner.Done]. New records
// are then appended to f: open it with os.O_APPEND, or seek to its end.
// A new or empty file gives a reader of nothing.
func Resume(f *os.File) (io.Reader, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("batch: resuming: %w", err)
	}
	size := st.Size()
	end, err := lastLineEnd(f, size)
	if err != nil {
		return nil, fmt.Errorf("batch: resuming %s: %w", f.Name(), err)
	}
	if end < size {
		if err := f.Truncate(end); err != nil {
			return nil, fmt.Errorf("batch: cutting the torn last record of %s: %w", f.Name(), err)
		}
	}
	return io.NewSectionReader(f, 0, end), nil
}

// lastLineEnd returns the offset just after the last line feed of the
// first size bytes of f, or 0 when there is none.
func lastLineEnd(f io.ReaderAt, size int64) (int64, error) {
	buf := make([]byte, 64<<10)
	for end := size; end > 0; {
		start := max(end-int64(len(buf)), 0)
		b := buf[:end-start]
		if _, err := f.ReadAt(b, start); err != nil && err != io.EOF {
			return 0, err
		}
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return start + int64(i) + 1, nil
		}
		end = start
	}
	return 0, nil
}

// recordID returns the id of an output record, which [Encode] writes
// first, followed by "report" or "error", without decoding the rest, and
// whether it is an error record. An input record (whose second key is
// another) is not an output record.
func recordID(line []byte) (id string, isError, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false, false
	}
	if t, err := dec.Token(); err != nil || t != "id" {
		return "", false, false
	}
	t, err := dec.Token()
	id, ok = t.(string)
	if err != nil || !ok {
		return "", false, false
	}
	t, err = dec.Token()
	if err != nil || (t != "report" && t != "error") {
		return "", false, false
	}
	return id, t == "error", true
}
