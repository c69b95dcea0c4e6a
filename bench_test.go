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

// BenchmarkCheckReorganized checks reorganized articles made from UD PUD
// (evalkit.Reorganize) in reorganized mode, at the sizes of issue: a
// 620-sentence source (an hour's interview) against a 90-sentence
// article, and a 2,000-sentence source (a three-hour transcript) against
// a 150-sentence article.
func BenchmarkCheckReorganized(b *testing.B) {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(b))
	if err != nil {
		b.Skip(err)
	}
	for _, size := range []struct{ src, tgt int }{{620, 90}, {2000, 150}} {
		doc := evalkit.Doc{Name: "pud"}
		var para []int
		for k := 0; len(doc.Src) < size.src; k++ {
			p := pairs[k%len(pairs)]
			doc.Src = append(doc.Src, p.En)
			doc.Tgt = append(doc.Tgt, p.It)
			para = append(para, len(doc.Src)/4)
		}
		plan := evalkit.DefaultReorganizePlan
		share := float64(size.tgt) / float64(size.src) * 0.85
		plan.KeepMin, plan.KeepMax = share, share
		rd := evalkit.Reorganize(doc, para, plan, 7, doc.Tgt[:50])
		src, tgt := sourceParagraphs(rd), strings.Join(rd.Tgt, "\n")
		b.Run(fmt.Sprintf("src=%d/tgt=%d", len(rd.Src), len(rd.Tgt)), func(b *testing.B) {
			b.SetBytes(int64(len(src) + len(tgt)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(src, tgt, Presegmented(), WithMode(ModeReorganized)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
