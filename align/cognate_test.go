package align

import (
	"fmt"
	"testing"

	"github.com/fedele/fedele/internal/token"
)

// The cognate measures TestEvalCognates compares LCSR with.

// prefix4 says two words are cognates when their first four letters
// agree (Simard et al. 1992).
func prefix4(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 {
		return 0
	}
	if string(ra[:4]) == string(rb[:4]) {
		return 1
	}
	return 0
}

// diceBigrams is the Dice coefficient of letter bigrams.
func diceBigrams(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 2 || len(rb) < 2 {
		return 0
	}
	count := map[[2]rune]int{}
	for i := 0; i+1 < len(ra); i++ {
		count[[2]rune{ra[i], ra[i+1]}]++
	}
	common := 0
	for i := 0; i+1 < len(rb); i++ {
		k := [2]rune{rb[i], rb[i+1]}
		if count[k] > 0 {
			count[k]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(ra)-1+len(rb)-1)
}

// TestCognatesBounded: in a text of 5,000 codes of the same first
// letters ("ID0000001"), every code is a cognate of thousands of others
// by LCSR; each keeps at most maxCognates, and each is compared with at
// most cognateWindow others (it used to be compared with all, and keep
// all: 5,000 × 5,000 comparisons and millions of
// candidates for 100 KB of text).
func TestCognatesBounded(t *testing.T) {
	var src, tgt []string
	for k := range 5000 {
		src = append(src, fmt.Sprintf("Code ID%07d.", k))
		tgt = append(tgt, fmt.Sprintf("Codice ID%07d.", k))
	}
	s := NewScorer(src, tgt, langs("en", "it"))
	compared := 0
	o := s.o
	o.cognate = func(a, b string) float64 { compared++; return token.LCSRatio(a, b) }
	mb := newMatchBase(s.src, s.tgt, &o, s.lex)
	most := 0
	for _, cs := range mb.cog {
		most = max(most, len(cs))
	}
	t.Logf("%d types compared %d times; at most %d cognates a type", len(s.src.types), compared, most)
	if most > maxCognates {
		t.Errorf("a type has %d cognates, more than %d", most, maxCognates)
	}
	if compared > cognateWindow*len(s.src.types) {
		t.Errorf("%d comparisons for %d types, more than %d each", compared, len(s.src.types), cognateWindow)
	}
	// The code itself is matched as an identical word, and its nearest
	// neighbours are among its cognates.
	a := s.src.byForm["id0001000"]
	found := false
	for _, c := range mb.cog[a] {
		if s.tgt.types[c.tgt].form == "id0001001" {
			found = true
		}
	}
	if !found {
		t.Errorf("id0001000 lacks its neighbour id0001001 among its cognates")
	}
}
