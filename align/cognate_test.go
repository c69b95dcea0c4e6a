package align

import (
	"math/rand/v2"
	"testing"
)

// The bit-parallel LCSR is the dynamic programme's, on words of every
// length up to and beyond 64 runes, ASCII or not.
func TestLCSRBitParallel(t *testing.T) {
	words := []string{"", "a", "nuclear", "nucleare", "infrastructure", "infrastruttura", "città", "citta",
		"straße", "strasse", "ÆØÅæøå", "ééé", "\xff\xfeab", "abc\xff"}
	r := rand.New(rand.NewPCG(1, 2))
	alphabets := [][]rune{[]rune("ab"), []rune("abcdefgh"), []rune("aàeèéiìoòuù"), []rune("абвгд日本")}
	for _, n := range []int{1, 2, 5, 10, 31, 32, 33, 63, 64, 65, 80} {
		for _, al := range alphabets {
			for range 4 {
				w := make([]rune, n)
				for k := range w {
					w[k] = al[r.IntN(len(al))]
				}
				words = append(words, string(w))
			}
		}
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := lcsr(a, b), lcsrTable(a, b); got != want {
				t.Fatalf("lcsr(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
