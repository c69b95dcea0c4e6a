package format_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/fedele/fedele/format"
)

// TestConcurrentWriters writes one report with every writer from
// several goroutines at once (run with -race): the outputs are those of
// one writer alone.
func TestConcurrentWriters(t *testing.T) {
	r := example(t)
	writers := []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return format.WriteHTML(b, r) },
		func(b *bytes.Buffer) error { return format.WriteTMX(b, r) },
		func(b *bytes.Buffer) error { return format.WriteXLIFF(b, r) },
		func(b *bytes.Buffer) error { return format.WriteTSV(b, r) },
	}
	want := make([][]byte, len(writers))
	for i, w := range writers {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatal(err)
		}
		want[i] = b.Bytes()
	}
	var wg sync.WaitGroup
	for range 4 {
		for i, w := range writers {
			wg.Go(func() {
				var b bytes.Buffer
				if err := w(&b); err != nil {
					t.Error(err)
				} else if !bytes.Equal(b.Bytes(), want[i]) {
					t.Errorf("writer %d wrote something else when run concurrently", i)
				}
			})
		}
	}
	wg.Wait()
}
