package fedele

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// examplePair returns the bundled example repeated n times, as one long
// article pair (each copy its own run of paragraphs).
func examplePair(tb testing.TB, n int) (src, tgt string, srcSents int) {
	tb.Helper()
	s, err := os.ReadFile(filepath.Join("testdata", "example", "en.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	t, err := os.ReadFile(filepath.Join("testdata", "example", "it.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	src = strings.Repeat(string(s)+"\n\n", n)
	tgt = strings.Repeat(string(t)+"\n\n", n)
	r, err := Check(string(s), string(t))
	if err != nil {
		tb.Fatal(err)
	}
	return src, tgt, n * r.Source.Sentences
}

// BenchmarkCheck measures a whole check (segmentation, alignment,
// findings) of news pairs of growing length, built by repeating the
// bundled example (50 source and 55 target sentences a copy).
// Run with -cpu 1 -benchmem.
func BenchmarkCheck(b *testing.B) {
	for _, copies := range []int{1, 10, 40, 200} {
		src, tgt, n := examplePair(b, copies)
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src) + len(tgt)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(src, tgt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
