package fedele

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fedele/fedele/internal/hostile"
)

// checkHostile checks the bundled English article against a translation
// of the given shape and writes the JSON report, as a user of
// examples/check would.
func checkHostile(tb testing.TB, src, tgt string) {
	r, err := Check(src, tgt)
	if err != nil {
		tb.Fatal(err)
	}
	if err := r.WriteJSON(io.Discard); err != nil {
		tb.Fatal(err)
	}
}

// TestCheckHostileAllocation: the memory a check and its JSON report
// allocate per byte of a hostile translation does not grow from 40 KB to
// 160 KB, and stays within twelve times what an ordinary translation
// costs, for every shape (a measure that does not depend on the speed of
// the machine). Measured at 160 KB: ordinary text 51 bytes a byte; the
// heaviest shapes, a repeated sentence and look-alike codes, about 435
// and 445 (a sentence every 20 bytes, each aligned: 8.5 and 8.7 times);
// nested brackets were 838 (16 times) when every unpaired mark of a
// paragraph was held three times over, and are 34.
func TestCheckHostileAllocation(t *testing.T) {
	if testing.Short() {
		t.Skip("checks 15 shapes at two sizes")
	}
	src, it := readExample(t)
	perByte := func(tgt string) float64 {
		checkHostile(t, src, tgt) // tables built on first use
		return float64(hostile.Allocated(func() { checkHostile(t, src, tgt) })) / float64(len(tgt))
	}
	ordinary := perByte(strings.Repeat(it+"\n\n", 160000/len(it)+1))
	for _, sh := range hostile.Shapes {
		g := hostile.AllocGrowth(func(tgt string) { checkHostile(t, src, tgt) }, sh.Make, 40000)
		if g > 1.5 {
			t.Errorf("%s: allocation per byte grows %.1f times from 40 KB to 160 KB", sh.Name, g)
		}
		if a := perByte(sh.Make(160000)); a > 12*ordinary {
			t.Errorf("%s: %.0f bytes allocated a byte, %.1f times an ordinary translation (%.0f)", sh.Name, a, a/ordinary, ordinary)
		}
	}
}

// TestCheckAdversarial checks the bundled English article against a
// translation of every hostile shape at a random size n between 64 KB
// and 1 MB and at 4n, and requires that the time per byte does not grow
// by more than 2.5 times from one to the other (a cost quadratic in the
// input would make it 4 times). It measures time, so it runs only with
// FEDELE_ADVERSARIAL=1:
//
//	FEDELE_ADVERSARIAL=1 go test . -run CheckAdversarial -v
func TestCheckAdversarial(t *testing.T) {
	if os.Getenv("FEDELE_ADVERSARIAL") == "" {
		t.Skip("set FEDELE_ADVERSARIAL=1 to run (it measures time)")
	}
	src, _ := readExample(t)
	perByte := func(tgt string) float64 {
		best := time.Duration(1 << 62)
		for range 2 {
			start := time.Now()
			checkHostile(t, src, tgt)
			best = min(best, time.Since(start))
		}
		return float64(best.Nanoseconds()) / float64(len(tgt))
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	for _, sh := range hostile.Shapes {
		n := 64<<10 + rng.IntN(1<<20-64<<10)
		small, large := perByte(sh.Make(n)), perByte(sh.Make(4*n))
		msg := fmt.Sprintf("%s: %.0f ns/byte at %d bytes, %.0f at %d (%.1f times)", sh.Name, small, n, large, 4*n, large/small)
		t.Log(msg)
		if large > 2.5*small {
			t.Error(msg)
		}
	}
}

// BenchmarkCheckHostile checks the bundled English article against a
// translation of every hostile shape at 100 KB, 1 MB and 10 MB and
// writes the JSON report: the time per byte (MB/s) should stay flat
// across the sizes.
//
//	go test . -run '^$' -bench CheckHostile -benchtime 1x -benchmem -cpu 1
func BenchmarkCheckHostile(b *testing.B) {
	src, _ := readExample(b)
	for _, sh := range hostile.Shapes {
		for _, n := range []int{100_000, 1_000_000, 10_000_000} {
			tgt := sh.Make(n)
			size := fmt.Sprintf("%dKB", n/1000)
			if n >= 1_000_000 {
				size = fmt.Sprintf("%dMB", n/1_000_000)
			}
			b.Run(sh.Name+"/"+size, func(b *testing.B) {
				b.SetBytes(int64(len(tgt)))
				for b.Loop() {
					checkHostile(b, src, tgt)
				}
			})
		}
	}
}
