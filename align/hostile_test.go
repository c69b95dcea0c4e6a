package align

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/hostile"
	"github.com/fedele/fedele/segment"
)

// articleSentences returns the sentences of the bundled English article
// (testdata/example/en.txt of the module).
func articleSentences(tb testing.TB) []string {
	b, err := os.ReadFile("../testdata/example/en.txt")
	if err != nil {
		tb.Fatal(err)
	}
	text := string(b)
	var out []string
	for _, s := range segment.New(language.English).Split(text) {
		out = append(out, s.Text)
	}
	return out
}

// hostileDoc returns a document pair of about n bytes of the shape: the
// English article against a "translation" that is one sentence of the
// shape; for the repeated sentence, that sentence and its translation
// repeated on both sides, one a line; for codes, sentences naming codes
// on both sides (a vocabulary as large as the text); for
// two-long-sentences (a shape of its own), one long sentence a side.
func hostileDoc(article []string, sh hostile.Shape, n int) (src, tgt []string) {
	switch sh.Name {
	case "repeated-sentence":
		for k := 0; k < n/60; k++ {
			src = append(src, "The cat sleeps on the sofa.")
			tgt = append(tgt, "Il gatto dorme sul divano.")
		}
		return src, tgt
	case "codes":
		// A vocabulary as large as the text, on both sides.
		for k := 0; k < n/40; k++ {
			src = append(src, fmt.Sprintf("Code ID%07d.", k))
			tgt = append(tgt, fmt.Sprintf("Codice ID%07d.", k))
		}
		return src, tgt
	case "two-long-sentences":
		return []string{hostile.Words(n / 2)}, []string{hostile.NumberWords(n / 2)}
	}
	return article, []string{sh.Make(n)}
}

// alignShapes are the hostile shapes and one of align's own: two long
// sentences facing each other.
var alignShapes = append(hostile.Shapes[:len(hostile.Shapes):len(hostile.Shapes)], hostile.Shape{Name: "two-long-sentences"})

// The sizes of the benchmarks of hostile input.
var hostileSizes = []struct {
	name string
	n    int
}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

// BenchmarkAlignHostile aligns each hostile shape at three sizes; the
// time per byte (MB/s) must not fall as the size grows:
//
//	go test ./align -run '^$' -bench AlignHostile -benchmem -cpu 1
func BenchmarkAlignHostile(b *testing.B) {
	article := articleSentences(b)
	for _, sh := range alignShapes {
		for _, size := range hostileSizes {
			src, tgt := hostileDoc(article, sh, size.n)
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				bytes := 0
				for _, t := range append(src[:len(src):len(src)], tgt...) {
					bytes += len(t)
				}
				b.SetBytes(int64(bytes))
				b.ReportAllocs()
				for b.Loop() {
					Align(src, tgt, langs("en", "it"))
				}
			})
		}
	}
}

// TestLongSentenceCut checks that a sentence of more words than
// MaxScoredWords is scored from its first MaxScoredWords words, that
// the Scorer says so, and that its words beyond take no part in the
// evidence. A sentence of 200,000 words used to make every pair it was
// in cost as much as 200,000 words.
func TestLongSentenceCut(t *testing.T) {
	article := articleSentences(t)
	long := hostile.Words(1 << 20)
	tail := " Zyxwvut 987654321" // words seen nowhere else, past the cut
	s := NewScorer(article, []string{article[0], long + tail, article[1]}, langs("en", "it"))
	src, tgt := s.Cut()
	if len(src) != 0 || len(tgt) != 1 || tgt[0] != 1 {
		t.Fatalf("Cut() = %v, %v; want [], [1]", src, tgt)
	}
	for _, form := range []string{"zyxwvut", "#987654321"} {
		if _, ok := s.tgt.byForm[form]; ok {
			t.Errorf("%q, past the cut, is a word type of the target side", form)
		}
	}
	if n := len(s.tgt.bags[1]); n > MaxScoredWords {
		t.Errorf("the long sentence has %d word types, more than MaxScoredWords", n)
	}
	// Every sentence is still in one bead.
	beads := s.Align()
	seen := 0
	for _, b := range beads {
		seen += len(b.Tgt)
	}
	if seen != 3 {
		t.Errorf("%d target sentences in the beads, want 3", seen)
	}
}

// TestAlignAdversarial builds every hostile shape at a random size n from
// 64 KB to 1 MB and at 4n, and checks that the time Align spends on a
// byte does not grow from one to the other by more than 2.5 times (a cost
// quadratic in the input would make it 4 times) and stays within twenty
// times what it spends on a byte of an ordinary document pair (the
// heaviest shape, codes, is about eight times: every code is a cognate of
// its neighbours, so every pair of the band matches words). It measures
// time, so it runs only with FEDELE_ADVERSARIAL=1:
//
//	FEDELE_ADVERSARIAL=1 go test ./align -run Adversarial -v
func TestAlignAdversarial(t *testing.T) {
	if os.Getenv("FEDELE_ADVERSARIAL") == "" {
		t.Skip("set FEDELE_ADVERSARIAL=1 to run (it measures time)")
	}
	article := articleSentences(t)
	perByte := func(src, tgt []string) float64 {
		bytes := 0
		for _, s := range append(src[:len(src):len(src)], tgt...) {
			bytes += len(s)
		}
		best := time.Duration(1 << 62)
		for range 2 {
			start := time.Now()
			Align(src, tgt, langs("en", "it"))
			best = min(best, time.Since(start))
		}
		return float64(best.Nanoseconds()) / float64(bytes)
	}
	// Ordinary text: the article against itself, repeated to 1 MB.
	var ref []string
	for len(strings.Join(ref, " ")) < 1<<20 {
		ref = append(ref, article...)
	}
	base := perByte(ref, ref)
	t.Logf("ordinary text: %.0f ns/byte", base)
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	for _, sh := range alignShapes {
		n := 64<<10 + rng.IntN(1<<20-64<<10)
		small := perByte(hostileDoc(article, sh, n))
		large := perByte(hostileDoc(article, sh, 4*n))
		msg := fmt.Sprintf("%s: %.0f ns/byte at %d bytes, %.0f at %d (%.1f times), %.1f times ordinary text",
			sh.Name, small, n, large, 4*n, large/small, large/base)
		t.Log(msg)
		if large > 2.5*small || large > 20*base {
			t.Error(msg)
		}
	}
}
