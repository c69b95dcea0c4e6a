package normalize

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/hostile"
)

// TestHostileInput runs String, Fold and Balance on input a real user may
// hand over by mistake, checking every invariant. The sizes are such that a
// cost quadratic in the input would take many seconds.
func TestHostileInput(t *testing.T) {
	var junk strings.Builder
	for i := range 1 << 16 {
		junk.WriteByte(byte(i * 131))
	}
	line := strings.Repeat(`Disse "E' cosi'" - poi... l'AI (forse) `, 2000)
	inputs := map[string]string{
		"empty":         "",
		"blank":         " \t\r\n\u00A0\u2009\n  ",
		"binary":        junk.String(),
		"one long line": line,
		"crlf and bom":  "\uFEFF" + strings.Repeat("riga\r\n", 1000),
		"open brackets": strings.Repeat("(", 20000) + strings.Repeat("]", 20000),
		"open quotes":   strings.Repeat(`"`, 20000) + strings.Repeat("«", 20000),
		"apostrophes":   strings.Repeat("'", 20000) + strings.Repeat("a'", 20000),
		"spaces":        strings.Repeat(" ", 20000) + "x" + strings.Repeat("\u00A0 ", 20000),
		"dots":          strings.Repeat(".", 20000),
		"marks":         "e" + strings.Repeat("\u0301\u0323", 2000),
		"digits":        strings.Repeat("1", 20000) + strings.Repeat(`'"`, 20000),
		"long word":     strings.Repeat("a", 20000) + "' b",
	}
	for name, in := range inputs {
		for _, tag := range []language.Tag{language.Italian, language.English, language.Und} {
			res := checkString(t, in, tag, RecordChanges())
			if len(in) > 0 && len(res.Text) == 0 && strings.TrimSpace(in) != "" {
				t.Errorf("%s: all text lost", name)
			}
		}
		k, m := Fold(in)
		checkMap(t, in, k, m)
		for _, im := range Balance(in) {
			if im.Open.End > len(in) || im.Close.End > len(in) {
				t.Fatalf("%s: Balance span out of range: %+v", name, im)
			}
		}
	}
	// The languages swapped: English text normalized as Italian keeps its
	// words; only its marks change.
	en := "It's the '90s, she said: \"don't worry\"."
	res := String(en, language.Italian)
	if res.Text != "It’s the ’90s, she said: «don’t worry»." {
		t.Errorf("English as Italian: %q", res.Text)
	}
}

// TestHostileLinear: String, Fold and Balance allocate in proportion to
// their input whatever its shape (see internal/hostile): the memory
// allocated per byte does not grow from 20 KB to 80 KB. Their time per
// byte is measured by BenchmarkStringHostile and BenchmarkFoldHostile.
func TestHostileLinear(t *testing.T) {
	fs := map[string]func(string){
		"String":  func(s string) { String(s, language.Italian, RecordChanges()) },
		"Fold":    func(s string) { Fold(s) },
		"Balance": func(s string) { Balance(s) },
	}
	for name, f := range fs {
		for _, sh := range hostile.Shapes {
			if g := hostile.AllocGrowth(f, sh.Make, 20000); g > 1.5 {
				t.Errorf("%s on %s: allocation per byte grows %.1f times from 20 KB to 80 KB", name, sh.Name, g)
			}
		}
	}
}

// TestHostileAdversarial builds every hostile shape at a random size n
// from 64 KB to 1 MB and at 4n, and checks that the time String and Fold
// spend on a byte does not grow from one to the other by more than 2.5
// times (a cost quadratic in the input would make it 4 times). It
// measures time, so it runs only with FEDELE_ADVERSARIAL=1:
//
//	FEDELE_ADVERSARIAL=1 go test ./normalize -run Adversarial -v
func TestHostileAdversarial(t *testing.T) {
	if os.Getenv("FEDELE_ADVERSARIAL") == "" {
		t.Skip("set FEDELE_ADVERSARIAL=1 to run (it measures time)")
	}
	perByte := func(f func(string), s string) float64 {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			f(s)
			best = min(best, time.Since(start))
		}
		return float64(best.Nanoseconds()) / float64(len(s))
	}
	fs := []struct {
		name string
		f    func(string)
	}{
		{"String", func(s string) { String(s, language.Italian, RecordChanges()) }},
		{"Fold", func(s string) { Fold(s) }},
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 13))
	for _, sh := range hostile.Shapes {
		n := 64<<10 + rng.IntN(1<<20-64<<10)
		small, large := sh.Make(n), sh.Make(4*n)
		for _, f := range fs {
			a, b := perByte(f.f, small), perByte(f.f, large)
			msg := fmt.Sprintf("%s on %s: %.1f ns/byte at %d bytes, %.1f at %d (%.1f times)", f.name, sh.Name, a, len(small), b, len(large), b/a)
			t.Log(msg)
			if b > 2.5*a {
				t.Error(msg)
			}
		}
	}
}
