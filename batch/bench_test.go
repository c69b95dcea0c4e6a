package batch

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync"
	"testing"
	"time"
)

// syntheticStream returns a reader of n synthetic pair records, made as
// they are read, so that the input takes no memory of its own.
func syntheticStream(n int, seed uint64) io.Reader {
	r, w := io.Pipe()
	go func() {
		rng := rand.New(rand.NewPCG(seed, 1))
		enc := json.NewEncoder(w)
		for i := range n {
			src, tgt := syntheticPair(rng)
			if err := enc.Encode(Pair{ID: fmt.Sprintf("p%05d", i), SourceText: src, TargetText: tgt}); err != nil {
				return
			}
		}
		w.Close()
	}()
	return r
}

// heapPeak samples the live heap every few milliseconds until stop is
// called, which returns the largest sample in bytes.
func heapPeak() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	})
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkRun checks synthetic document pairs of 8 to 20 sentences
// (about 1.1 KB a side) streamed through a Runner, and reports pairs
// per second, the processor time per pair (which other programs on a
// shared machine do not inflate; making the input is in it too) and the
// peak of the live heap. The peak is the same for 1,000 and 10,000
// pairs: it depends on the window, not on the number of pairs. Run with
// -cpu 2, since the point is the second worker:
//
//	go test ./batch -run '^$' -bench Run -benchtime 1x -cpu 2
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, workers := range []int{1, 2} {
			b.Run("pairs="+strconv.Itoa(n)+"/workers="+strconv.Itoa(workers), func(b *testing.B) {
				var peak uint64
				var cpu time.Duration
				for b.Loop() {
					in := syntheticStream(n, 7)
					runtime.GC()
					stop := heapPeak()
					start := cpuTime()
					st, err := (&Runner{Workers: workers}).Run(context.Background(), in, io.Discard)
					cpu += cpuTime() - start
					peak = max(peak, stop())
					if err != nil || st.Checked != n || st.Failed != 0 {
						b.Fatalf("%+v, %v", st, err)
					}
				}
				b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
				b.ReportMetric(cpu.Seconds()*1000/float64(n*b.N), "cpu-ms/pair")
				b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			})
		}
	}
}

// TestWriteSyntheticInput writes the synthetic input of BenchmarkRun
// to a file, for measuring the program with /usr/bin/time:
//
//	FEDELE_SYNTHETIC=/tmp/pairs.jsonl go test ./batch -run WriteSynthetic
//	go build -o /tmp/batch ./examples/batch
//	/usr/bin/time -v /tmp/batch -workers 2 -o /tmp/out.jsonl /tmp/pairs.jsonl
func TestWriteSyntheticInput(t *testing.T) {
	path := os.Getenv("FEDELE_SYNTHETIC")
	if path == "" {
		t.Skip("set FEDELE_SYNTHETIC to a path to write the 10,000 pairs there")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(f, syntheticStream(10000, 7))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("10,000 pairs, %d bytes, in %s", n, path)
}
