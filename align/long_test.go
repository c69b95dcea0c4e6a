package align

import (
	"os"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// TestLongDocument aligns long synthetic documents made of real sentence
// pairs (see syntheticDoc), whose true alignment is known, and checks that
// at most one source sentence in a hundred is misplaced: the coarse levels
// of the search must lead the fine ones to the right band. 10,000
// sentences by default, with two depths of levels; FEDELE_LONG=1 adds
// 30,000 and 100,000.
func TestLongDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents take seconds")
	}
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	var en, it []string
	for _, p := range pairs {
		en = append(en, p.En)
		it = append(it, p.It)
	}
	type run struct {
		n, fullCells int
	}
	// 10,000 sentences with the top level at blocks of 64; with blocks of
	// 512 at the top, which see little difference between their
	// candidates, as the top levels of much longer documents do; and
	// with blocks of 4,096 at the top, two levels above the first that
	// can tell its blocks apart.
	full := defaultLimits.fullCells
	runs := []run{{10000, full}, {10000, 1 << 10}, {10000, 1 << 6}}
	if os.Getenv("FEDELE_LONG") != "" {
		runs = append(runs, run{30000, full}, run{100000, full})
	}
	for _, r := range runs {
		lim := defaultLimits
		lim.fullCells = r.fullCells
		src, tgt, want := syntheticDoc(en, it, r.n)
		beads := Align(src, tgt, langs("en", "it"), withLimits(lim))
		misplaced := 0
		for _, b := range beads {
			for _, i := range b.Src {
				switch {
				case want[i] < 0:
					if len(b.Tgt) > 0 {
						misplaced++ // an omitted sentence given a partner
					}
				case len(b.Tgt) == 0 || want[i] < b.Tgt[0] || want[i] > b.Tgt[len(b.Tgt)-1]:
					misplaced++
				}
			}
		}
		share := float64(misplaced) / float64(len(src))
		t.Logf("%d source sentences, levels searched whole up to %d cells: %d misplaced (%.2f%%)", len(src), r.fullCells, misplaced, 100*share)
		if share > 0.01 {
			t.Errorf("%d source sentences, levels searched whole up to %d cells: %d misplaced, more than 1%%", len(src), r.fullCells, misplaced)
		}
	}
}
