package segment

import (
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"golang.org/x/text/language"
)

// TestAdversarialTimePerByte builds each adversarial shape (see
// adversarialShapes) at random sizes up to 8 MB and checks that the time
// per byte of Split stays within a small factor of the time per byte of
// the same shape at 64 KB: time linear in the length of the input,
// whatever its shape. The measure takes minutes and depends on the load
// of the machine, so the test runs only when FEDELE_ADVERSARIAL=1:
//
//	FEDELE_ADVERSARIAL=1 go test ./segment -run Adversarial -v
func TestAdversarialTimePerByte(t *testing.T) {
	if os.Getenv("FEDELE_ADVERSARIAL") != "1" {
		t.Skip("set FEDELE_ADVERSARIAL=1 to run")
	}
	// maxRatio bounds the time per byte of a large input against a small
	// one. Without the window growth that a sentence longer than the
	// window needs, the ratio is near 1; with it, below 3.
	const maxRatio = 4.0
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	seg := New(language.Italian)
	perByte := func(text string) float64 {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			seg.Split(text)
			best = min(best, time.Since(start))
		}
		return float64(best) / float64(len(text))
	}
	for _, shape := range adversarialShapes {
		base := perByte(shape.build(64 << 10))
		for range 3 {
			n := 256<<10 + rng.IntN(8<<20)
			text := shape.build(n)
			got := perByte(text)
			t.Logf("%-14s %8d bytes: %6.2f ns/byte (%.2f at 64 KB)", shape.name, len(text), got, base)
			if got > maxRatio*base {
				t.Errorf("%s at %d bytes: %.2f ns/byte, more than %.0f times the %.2f ns/byte at 64 KB", shape.name, len(text), got, maxRatio, base)
			}
		}
	}
}
