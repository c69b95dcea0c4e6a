package align

import (
	"math"
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
	en, it := pudLists(t)
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

// TestNeighbourCoverageSampled checks the scale of the word evidence on a
// document long enough that its sentences are sampled (more than
// coverageSample): the coverage expected of a translated sentence, on
// each side, is that of the same kind of text short enough to be read
// whole. The target side used to be read from the rows sampled for the
// source side, where most target sentences met only unrelated ones: its
// scale fell to the floor, the word evidence of the coarse levels
// saturated, and on a long document that repeats itself (UD PUD 160
// times) their path strayed from the band of the translation.
func TestNeighbourCoverageSampled(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents take seconds")
	}
	en, it := pudLists(t)
	ss, st, _ := syntheticDoc(en, it, coverageSample/2)
	short := NewScorer(ss, st, langs("en", "it"))
	src, tgt, _ := syntheticDoc(en, it, 3*coverageSample)
	long := NewScorer(src, tgt, langs("en", "it"))
	for _, k := range []struct {
		side        string
		short, long float64
	}{{"source", short.kSrc, long.kSrc}, {"target", short.kTgt, long.kTgt}} {
		t.Logf("%s: expected coverage %.3f on %d sentences, %.3f on %d (sampled)", k.side, k.short, len(ss), k.long, len(src))
		if math.Abs(k.long-k.short) > 0.1 {
			t.Errorf("%s: expected coverage %.3f on %d sentences (sampled), %.3f on %d", k.side, k.long, len(src), k.short, len(ss))
		}
	}
}

// TestBandEdge gives the final search a band that leaves out the true
// path over 300 sentences, up to 40 sentences off, as the coarse levels of a
// long document that repeats itself once did. The search must find the
// true path again (it widens the band where its path leans on an edge),
// and where it cannot (no widening allowed), the beads on the edge must
// not be reported with a confidence above one half.
func TestBandEdge(t *testing.T) {
	if testing.Short() {
		t.Skip("long documents take seconds")
	}
	en, it := pudLists(t)
	src, tgt, want := syntheticDoc(en, it, 3000)
	// The band: 8 sentences around the true path, 40 sentences off
	// between source sentences 1040 and 1300.
	n, m := len(src), len(tgt)
	bd := &band{n: n, m: m, lo: make([]int, n+1), hi: make([]int, n+1)}
	at := 0 // target sentences before source sentence i
	for i := 0; i <= n; i++ {
		if i > 0 && want[i-1] >= 0 {
			at = want[i-1] + 1
		}
		// Off by one more sentence each row, then one less.
		c := at + max(0, min(40, i-1000, 1340-i))
		bd.lo[i], bd.hi[i] = max(0, c-8), min(m, c+8)
	}
	bd.settle()
	// The sentences misplaced by the search are not counted; those
	// misplaced by the search in its own band are its ordinary errors.
	misplaced := func(beads []Bead) map[int]float64 {
		out := map[int]float64{} // with the confidence of the bead
		for _, b := range beads {
			for _, i := range b.Src {
				if want[i] >= 0 && (len(b.Tgt) == 0 || want[i] < b.Tgt[0] || want[i] > b.Tgt[len(b.Tgt)-1]) {
					out[i] = b.Score
				}
			}
		}
		return out
	}
	ordinary := misplaced(Align(src, tgt, langs("en", "it")))
	for _, rounds := range []int{defaultLimits.edgeRounds, 0} {
		s := NewScorer(src, tgt, langs("en", "it"))
		s.bd, s.final = bd, nil
		s.o.limits.edgeRounds = rounds
		wrong, sure := 0, 0
		for i, score := range misplaced(s.Align()) {
			if _, ok := ordinary[i]; ok {
				continue
			}
			wrong++
			if score > edgeScore {
				sure++
			}
		}
		t.Logf("%d rounds of widening: %d of %d source sentences misplaced (beyond the %d of the search in its own band), %d with a confidence above %.2f",
			rounds, wrong, n, len(ordinary), sure, edgeScore)
		if rounds > 0 && wrong > 0 {
			t.Errorf("%d rounds of widening: %d source sentences misplaced", rounds, wrong)
		}
		if sure > 0 {
			t.Errorf("%d rounds of widening: %d source sentences misplaced with a confidence above %.2f", rounds, sure, edgeScore)
		}
	}
}

// pudLists returns the English and Italian sentences of UD PUD, in
// order, or skips the test without the data.
func pudLists(t testing.TB) (en, it []string) {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	for _, p := range pairs {
		en = append(en, p.En)
		it = append(it, p.It)
	}
	return en, it
}
