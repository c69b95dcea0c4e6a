package token

import (
	"math/rand/v2"
	"testing"
)

// lcsrTable is the LCS ratio by dynamic programming, the reference for
// the bit-parallel one.
func lcsrTable(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 || len(rb) > MaxLCSRunes || len(ra) > MaxLCSRunes {
		return 0
	}
	var prev, cur [MaxLCSRunes + 1]int
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			switch {
			case ra[i-1] == rb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev = cur
	}
	return float64(prev[len(rb)]) / float64(max(len(ra), len(rb)))
}

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
			if got, want := LCSRatio(a, b), lcsrTable(a, b); got != want {
				t.Fatalf("LCSRatio(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
