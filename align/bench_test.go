package align

import (
	"math/rand/v2"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// benchPairs returns real sentence pairs: UD PUD English-Italian when the
// evaluation data is present, the golden test pairs otherwise.
func benchPairs(b *testing.B) (en, it []string) {
	if dir, err := evalkit.Dir(); err == nil {
		if pairs, err := evalkit.PUD(dir); err == nil {
			for _, p := range pairs {
				en = append(en, p.En)
				it = append(it, p.It)
			}
			return en, it
		}
	}
	// Golden pairs 02 are aligned 1-1 except at the end.
	src := readLinesB(b, filepath.Join("testdata", "golden", "02-report.en"))
	tgt := readLinesB(b, filepath.Join("testdata", "golden", "02-report.it"))
	return src[:5], tgt[:5]
}

func readLinesB(b *testing.B, path string) []string {
	lines, err := evalkit.ReadLines(path)
	if err != nil {
		b.Fatal(err)
	}
	return lines
}

// syntheticDoc builds a document pair of n source sentences from real
// pairs, each pass through them in its own order (a fixed shuffle, so that
// the document does not repeat itself), deleting every 37th target
// sentence and merging every 53rd target sentence with the next. It
// returns for each source sentence the index of its target sentence (two
// source sentences share a merged one), or -1 for a deleted one.
func syntheticDoc(en, it []string, n int) (src, tgt []string, want []int) {
	rng := rand.New(rand.NewPCG(20261129, 1))
	var order []int
	pair := func(k int) int {
		if k%len(en) == 0 {
			order = rng.Perm(len(en))
		}
		return order[k%len(en)]
	}
	for k := 0; k < n; k++ {
		p := pair(k)
		src = append(src, en[p])
		switch {
		case k%37 == 36:
			want = append(want, -1) // omitted
		case k%53 == 52 && k+1 < n:
			q := pair(k + 1)
			src = append(src, en[q])
			want = append(want, len(tgt), len(tgt))
			tgt = append(tgt, it[p]+" "+it[q])
			k++
		default:
			want = append(want, len(tgt))
			tgt = append(tgt, it[p])
		}
	}
	return src, tgt, want
}

func benchmarkAlign(b *testing.B, n int) {
	en, it := benchPairs(b)
	src, tgt, _ := syntheticDoc(en, it, n)
	bytes := 0
	for _, s := range src {
		bytes += len(s)
	}
	for _, s := range tgt {
		bytes += len(s)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		if beads := Align(src, tgt, langs("en", "it")); len(beads) == 0 {
			b.Fatal("no beads")
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "maxRSS-MiB")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/sentence")
}

func BenchmarkAlign1k(b *testing.B)   { benchmarkAlign(b, 1000) }
func BenchmarkAlign10k(b *testing.B)  { benchmarkAlign(b, 10000) }
func BenchmarkAlign100k(b *testing.B) { benchmarkAlign(b, 100000) }
