package align

import (
	"fmt"
	"math"
	"testing"
)

// Evidence takes any group of sentences, however large, on either side;
// a group larger than any bead the search can take costs +Inf.
func TestEvidenceLargeGroups(t *testing.T) {
	var src, tgt []string
	for i := range 12 {
		src = append(src, fmt.Sprintf("The plant number %d will cost %d billion dollars.", i, i+2))
		tgt = append(tgt, fmt.Sprintf("L'impianto numero %d costerà %d miliardi di dollari.", i, i+2))
	}
	s := NewScorer(src, tgt, langs("en", "it"))
	all := func(n int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out
	}
	for _, g := range [][2]int{{7, 1}, {1, 7}, {12, 12}, {12, 1}, {0, 12}, {12, 0}} {
		ev, cost, err := s.Evidence(all(g[0]), all(g[1]))
		if err != nil {
			t.Fatalf("%d-%d: %v", g[0], g[1], err)
		}
		if g[0] > 0 && g[1] > 0 && (ev.Coverage <= 0 || len(ev.Matches) == 0) {
			t.Errorf("%d-%d: coverage %.2f, %d matches", g[0], g[1], ev.Coverage, len(ev.Matches))
		}
		large := g[0] > MaxBeadLimit || g[1] > MaxBeadLimit
		if math.IsNaN(cost) || large != math.IsInf(cost, 1) {
			t.Errorf("%d-%d: cost %v", g[0], g[1], cost)
		}
	}
}
