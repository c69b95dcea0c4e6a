//go:build unix

package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/fedele/fedele/batch"
)

// cpuTime returns the processor time the process has used, user and
// system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchInput writes n synthetic English-Italian pairs, or the file
// named by FEDELE_SYNTHETIC when it is set (the 10,000 pairs of
// batch's BenchmarkRun, written by its TestWriteSyntheticInput).
func benchInput(b *testing.B, n int) (path string, pairs int) {
	if p := os.Getenv("FEDELE_SYNTHETIC"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		buf := make([]byte, 64<<10)
		for {
			k, err := f.Read(buf)
			for _, c := range buf[:k] {
				if c == '\n' {
					pairs++
				}
			}
			if err == io.EOF {
				return p, pairs
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
	path = filepath.Join(b.TempDir(), "pairs.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	enc := json.NewEncoder(f)
	for i := range n {
		src, tgt := enIt.pair(rng)
		if err := enc.Encode(batch.Pair{ID: "p" + strconv.Itoa(i), SourceText: src, TargetText: tgt}); err != nil {
			b.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return path, n
}

// BenchmarkPipeline checks synthetic pairs on Prism, with and without
// the corpus lexicon, with 1 and 2 pairs checked at once by a bundle,
// and through batch.Runner (what examples/batch runs) with 1 and 2
// workers, on the same input. It reports pairs per second and the
// processor time a pair (which other jobs on a shared machine do not
// inflate; Prism's own work is in it). 1,000 pairs by default; the
// figures of beam/README.md are of the 10,000 pairs of batch's
// benchmark:
//
//	FEDELE_SYNTHETIC=/tmp/pairs.jsonl go test ./batch -run WriteSynthetic   # at the root
//	FEDELE_SYNTHETIC=/tmp/pairs.jsonl go test ./pipeline -run '^$' -bench Pipeline -benchtime 1x -cpu 2   # in beam/
func BenchmarkPipeline(b *testing.B) {
	input, n := benchInput(b, 1000)
	for _, workers := range []int{1, 2} {
		w := strconv.Itoa(workers)
		b.Run("batch/workers="+w, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				f, err := os.Open(input)
				if err != nil {
					b.Fatal(err)
				}
				start := cpuTime()
				st, err := (&batch.Runner{Workers: workers, Check: defaults{"en", "it"}.checker().Check}).Run(context.Background(), f, io.Discard)
				cpu += cpuTime() - start
				f.Close()
				if err != nil || st.Checked != n {
					b.Fatalf("%+v, %v", st, err)
				}
			}
			report(b, n, cpu)
		})
		for _, lexicon := range []bool{false, true} {
			name := "prism"
			if lexicon {
				name = "prism-lexicon"
			}
			b.Run(name+"/workers="+w, func(b *testing.B) {
				var cpu time.Duration
				for b.Loop() {
					out := filepath.Join(b.TempDir(), "r")
					p, s := beam.NewPipelineWithRoot()
					if err := Build(s, Config{Input: input, Output: out, Lexicon: lexicon, Workers: workers}); err != nil {
						b.Fatal(err)
					}
					start := cpuTime()
					if err := ptest.Run(p); err != nil {
						b.Fatal(err)
					}
					cpu += cpuTime() - start
				}
				report(b, n, cpu)
			})
		}
	}
}

func report(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
	b.ReportMetric(cpu.Seconds()*1000/float64(n*b.N), "cpu-ms/pair")
}
