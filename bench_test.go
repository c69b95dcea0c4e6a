package fedele

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// examplePair returns the bundled example repeated n times, as one long
// article pair (each copy its own run of paragraphs).
func examplePair(tb testing.TB, n int) (src, tgt string, srcSents int) {
	tb.Helper()
	s, t := readExample(tb)
	src = strings.Repeat(s+"\n\n", n)
	tgt = strings.Repeat(t+"\n\n", n)
	r, err := Check(s, t)
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

// BenchmarkCheckPUD checks a pair of 2,000 sentences made of the UD PUD
// Italian-English treebank (1,000 pairs, twice), presegmented, when the
// evaluation data is present.
func BenchmarkCheckPUD(b *testing.B) {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(b))
	if err != nil {
		b.Skip(err)
	}
	var src, tgt []string
	for range 2 {
		for _, p := range pairs {
			src = append(src, p.En)
			tgt = append(tgt, p.It)
		}
	}
	s, t := strings.Join(src, "\n"), strings.Join(tgt, "\n")
	b.Run(fmt.Sprintf("sentences=%d", len(src)), func(b *testing.B) {
		b.SetBytes(int64(len(s) + len(t)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Check(s, t, Presegmented()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
