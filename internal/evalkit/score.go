package evalkit

import (
	"fmt"
	"io"
	"math"
	"sort"
)

// PRF holds precision, recall and F1 with the counts behind them.
type PRF struct {
	P, R, F1 float64
	// Predicted items that are right, predicted items, gold items that
	// are found, gold items. Strict and unaligned scores have Correct ==
	// Found; lax ones may not.
	Correct, Pred, Found, Gold int
}

// prf computes the figures from the counts. Precision with nothing
// predicted, and recall with nothing to find, are undefined: NaN (and so
// is F1 then), never a perfect score.
func prf(correctP, pred, correctR, gold int) PRF {
	p, r, f := math.NaN(), math.NaN(), math.NaN()
	if pred > 0 {
		p = float64(correctP) / float64(pred)
	}
	if gold > 0 {
		r = float64(correctR) / float64(gold)
	}
	switch {
	case p+r > 0:
		f = 2 * p * r / (p + r)
	case p == 0 && r == 0:
		f = 0
	}
	return PRF{P: p, R: r, F1: f, Correct: correctP, Pred: pred, Found: correctR, Gold: gold}
}

// Add returns the PRF of the pooled counts (micro average).
func (a PRF) Add(b PRF) PRF {
	return prf(a.Correct+b.Correct, a.Pred+b.Pred, a.Found+b.Found, a.Gold+b.Gold)
}

// String formats the figures as "P 0.950 R 0.930 F1 0.940".
func (a PRF) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f", a.P, a.R, a.F1)
}

// Scores is the evaluation of one predicted alignment.
type Scores struct {
	Strict, Lax PRF
	Unaligned   PRF // sentences in beads with an empty side (both languages pooled)
}

// Add pools two evaluations (micro average).
func (s Scores) Add(o Scores) Scores {
	return Scores{s.Strict.Add(o.Strict), s.Lax.Add(o.Lax), s.Unaligned.Add(o.Unaligned)}
}

type key struct{ s, t string }

func beadKey(b Bead) key { return key{list(b.Src), list(b.Tgt)} }

// Score compares a predicted alignment with the gold one, as the
// field's standard does (vecalign's score.py, behind every published
// figure): precision is over every predicted bead, those with an empty
// side included (a predicted 1-0 or 0-1 bead is right only when the gold
// has the same bead); recall is over the gold beads with both sides,
// against the predicted beads with both sides. Strict counts exact beads;
// lax counts a bead that is not exact as right when it shares a source
// and a target sentence with a bead of the other side. Unaligned scores
// the sentences left in one-sided beads.
func Score(gold, pred []Bead) Scores {
	twoSided := func(bs []Bead) []Bead {
		var out []Bead
		for _, b := range bs {
			if len(b.Src) > 0 && len(b.Tgt) > 0 {
				out = append(out, b)
			}
		}
		return out
	}
	nonEmpty := func(bs []Bead) []Bead {
		var out []Bead
		for _, b := range bs {
			if len(b.Src) > 0 || len(b.Tgt) > 0 {
				out = append(out, b)
			}
		}
		return out
	}
	allGold, allPred := nonEmpty(gold), nonEmpty(pred)
	g, p := twoSided(gold), twoSided(pred)
	strictP, laxP := matching(allPred, allGold)
	strictR, laxR := matching(g, p)

	// Unaligned sentences.
	type sent struct {
		side byte
		i    int
	}
	unal := func(bs []Bead) map[sent]bool {
		m := map[sent]bool{}
		for _, b := range bs {
			if len(b.Tgt) == 0 {
				for _, i := range b.Src {
					m[sent{'s', i}] = true
				}
			}
			if len(b.Src) == 0 {
				for _, j := range b.Tgt {
					m[sent{'t', j}] = true
				}
			}
		}
		return m
	}
	gu, pu := unal(gold), unal(pred)
	both := 0
	for s := range pu {
		if gu[s] {
			both++
		}
	}
	return Scores{
		Strict:    prf(strictP, len(allPred), strictR, len(g)),
		Lax:       prf(laxP, len(allPred), laxR, len(g)),
		Unaligned: prf(both, len(pu), both, len(gu)),
	}
}

// matching counts the beads of a that stand in b exactly (strict), and
// those that do or share a source and a target sentence with a bead of b
// (lax).
func matching(a, b []Bead) (strict, lax int) {
	set := map[key]bool{}
	for _, x := range b {
		set[beadKey(x)] = true
	}
	var rest []Bead
	for _, x := range a {
		if set[beadKey(x)] {
			strict++
		} else {
			rest = append(rest, x)
		}
	}
	return strict, strict + countOverlapping(rest, b)
}

func countOverlapping(a, b []Bead) int {
	srcOf := map[int][]int{} // source sentence -> beads of b
	for k, bb := range b {
		for _, s := range bb.Src {
			srcOf[s] = append(srcOf[s], k)
		}
	}
	n := 0
	for _, ba := range a {
		tgts := map[int]bool{}
		for _, t := range ba.Tgt {
			tgts[t] = true
		}
		found := false
		for _, s := range ba.Src {
			for _, k := range srcOf[s] {
				for _, t := range b[k].Tgt {
					if tgts[t] {
						found = true
					}
				}
			}
		}
		if found {
			n++
		}
	}
	return n
}

// Bucket is one row of a reliability table.
type Bucket struct {
	Lo, Hi    float64 // score range [Lo, Hi)
	N         int     // predicted beads in the range
	Correct   int     // of which exactly right
	MeanScore float64
}

// Reliability groups predicted beads (both sides non-empty, or all beads
// when withEmpty) by score into the given bucket edges and counts how
// many are exactly right. scores[i] is the score of pred[i].
func Reliability(gold, pred []Bead, scores []float64, edges []float64, withEmpty bool) []Bucket {
	goldSet := map[key]bool{}
	for _, b := range gold {
		goldSet[beadKey(b)] = true
	}
	bs := make([]Bucket, len(edges)-1)
	for i := range bs {
		bs[i].Lo, bs[i].Hi = edges[i], edges[i+1]
	}
	for i, b := range pred {
		if !withEmpty && (len(b.Src) == 0 || len(b.Tgt) == 0) {
			continue
		}
		k := sort.SearchFloat64s(edges, scores[i]+1e-12) - 1
		if k < 0 {
			k = 0
		}
		if k >= len(bs) {
			k = len(bs) - 1
		}
		bs[k].N++
		bs[k].MeanScore += scores[i]
		if goldSet[beadKey(b)] {
			bs[k].Correct++
		}
	}
	for i := range bs {
		if bs[i].N > 0 {
			bs[i].MeanScore /= float64(bs[i].N)
		}
	}
	return bs
}

// WriteReliability prints a reliability table.
func WriteReliability(w io.Writer, bs []Bucket) {
	fmt.Fprintf(w, "%-12s %6s %8s %10s\n", "score", "beads", "correct", "mean score")
	for _, b := range bs {
		if b.N == 0 {
			continue
		}
		fmt.Fprintf(w, "[%.2f,%.2f) %6d %8.3f %10.3f\n", b.Lo, b.Hi, b.N, float64(b.Correct)/float64(b.N), b.MeanScore)
	}
}
