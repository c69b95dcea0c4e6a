package align

import (
	"testing"
)

// decisionDoc is a short English-Italian pair whose third target sentence
// replaces the source's third sentence with a longer one that says
// something else.
var decisionDoc = struct{ src, tgt []string }{
	src: []string{
		"The city council approved the new budget on Tuesday.",
		"The mayor said the budget would fund three new schools.",
		"Opposition members criticised the cost of the stadium project.",
		"The vote ended a debate that lasted six months.",
		"Teachers welcomed the decision.",
		"The budget also pays for repairs to the old bridge.",
		"Work on the bridge will start in March.",
	},
	tgt: []string{
		"Il consiglio comunale ha approvato martedì il nuovo bilancio.",
		"Il sindaco ha detto che il bilancio finanzierà tre nuove scuole.",
		"Domenica il museo resterà chiuso: al suo posto, in piazza, si terrà una mostra di arte moderna, di fotografia e di cinema muto, con visite guidate gratuite per le famiglie e i bambini.",
		"Il voto ha chiuso un dibattito durato sei mesi.",
		"Gli insegnanti hanno accolto con favore la decisione.",
		"Il bilancio paga anche le riparazioni del vecchio ponte.",
		"I lavori sul ponte inizieranno a marzo.",
	},
}

func TestDecision(t *testing.T) {
	d := decisionDoc
	beads := Align(d.src, d.tgt, langs("en", "it"))
	var facing []Bead
	for _, b := range beads {
		switch {
		case b.Facing:
			facing = append(facing, b)
		case len(b.Src) == 1 && len(b.Tgt) == 1 && b.Decision != DecidedByPath && b.Decision != DecidedByPairSplit:
			t.Errorf("bead %v:%v decided by %v, want path or pair-split", b.Src, b.Tgt, b.Decision)
		}
		if !b.Facing && b.Margin != 0 {
			t.Errorf("bead %v:%v is not facing but has margin %.2f", b.Src, b.Tgt, b.Margin)
		}
	}
	if len(facing) != 2 {
		t.Fatalf("facing beads %v, want the replaced sentence 2 and its replacement", facing)
	}
	for _, b := range facing {
		if len(b.Src)+len(b.Tgt) != 1 || (len(b.Src) == 1 && b.Src[0] != 2) || (len(b.Tgt) == 1 && b.Tgt[0] != 2) {
			t.Errorf("facing bead %v:%v, want sentence 2 of either side", b.Src, b.Tgt)
		}
		if b.Decision != DecidedByPath && b.Decision != DecidedBySecondLook {
			t.Errorf("facing bead %v:%v decided by %v", b.Src, b.Tgt, b.Decision)
		}
		if b.Decision == DecidedByPath && b.Margin <= 0 {
			t.Errorf("facing bead %v:%v left alone by the path with margin %.2f, want > 0", b.Src, b.Tgt, b.Margin)
		}
	}
	if facing[0].Margin != facing[1].Margin {
		t.Errorf("the two facing beads have margins %.2f and %.2f", facing[0].Margin, facing[1].Margin)
	}

	// Excluded sentences.
	ex := Align(d.src, d.tgt, langs("en", "it"), WithExcluded([]bool{false, false, false, false, true}, nil))
	found := false
	for _, b := range ex {
		if b.Excluded != (b.Decision == DecidedByExclusion) {
			t.Errorf("bead %v:%v excluded %v, decided by %v", b.Src, b.Tgt, b.Excluded, b.Decision)
		}
		found = found || b.Excluded
	}
	if !found {
		t.Error("no excluded bead")
	}

	// A 2-2 bead of two matching pairs is reported as two pairs.
	sc := NewScorer(d.src[:2], d.tgt[:2], langs("en", "it"))
	parts := sc.splitPairs(Bead{Src: []int{0, 1}, Tgt: []int{0, 1}})
	if len(parts) != 2 || parts[0].Decision != DecidedByPairSplit || parts[1].Decision != DecidedByPairSplit {
		t.Errorf("2-2 bead of two pairs: %+v, want two 1-1 beads decided by pair-split", parts)
	}

	// Without the second look, the path decides every bead.
	for _, b := range Align(d.src, d.tgt, langs("en", "it"), withoutSecondLook()) {
		if b.Decision == DecidedBySecondLook {
			t.Errorf("bead %v:%v decided by the second look without it", b.Src, b.Tgt)
		}
	}
}

func TestDecisionString(t *testing.T) {
	for d, want := range map[Decision]string{DecidedByPath: "path", DecidedBySecondLook: "second-look", DecidedByPairSplit: "pair-split", DecidedByExclusion: "excluded", Decision(99): "decision(?)"} {
		if got := d.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", d, got, want)
		}
	}
}
