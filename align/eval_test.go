package align

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// The evaluation on shared/eval: run with -v to see the tables.
// It skips when the data is absent.

func toEval(bs []Bead) ([]evalkit.Bead, []float64) {
	out := make([]evalkit.Bead, len(bs))
	sc := make([]float64, len(bs))
	for i, b := range bs {
		out[i] = evalkit.Bead{Src: b.Src, Tgt: b.Tgt}
		sc[i] = b.Score
	}
	return out, sc
}

type evalResult struct {
	scores evalkit.Scores
	gold   []evalkit.Bead
	pred   []evalkit.Bead
	conf   []float64
}

func (r *evalResult) add(gold []evalkit.Bead, bs []Bead) {
	p, c := toEval(bs)
	r.scores = r.scores.Add(evalkit.Score(gold, p))
	// Offset indices so pooled beads stay distinct in reliability tables.
	off := len(r.gold) * 100000
	shift := func(b evalkit.Bead) evalkit.Bead {
		var o evalkit.Bead
		for _, x := range b.Src {
			o.Src = append(o.Src, x+off)
		}
		for _, x := range b.Tgt {
			o.Tgt = append(o.Tgt, x+off)
		}
		return o
	}
	for _, b := range gold {
		r.gold = append(r.gold, shift(b))
	}
	for _, b := range p {
		r.pred = append(r.pred, shift(b))
	}
	r.conf = append(r.conf, c...)
}

func evalData(t testing.TB) string {
	d, err := evalkit.Dir()
	if err != nil {
		t.Skip(err)
	}
	return d
}

func textBerg(t testing.TB, opts ...Option) *evalResult {
	doc, err := evalkit.TextBerg(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	opts = append([]Option{WithLanguages("de", "fr"), WithMaxBead(3)}, opts...)
	bs, err := Align(doc.Src, doc.Tgt, opts...)
	if err != nil {
		t.Fatal(err)
	}
	r := &evalResult{}
	r.add(doc.Gold, bs)
	return r
}

// pudPlan is the perturbation of each UD PUD document: deleted target
// and source sentences, merged and split target sentences, and a target
// sentence replaced by one from another document.
var pudPlan = evalkit.Plan{
	evalkit.DeleteTarget:  4,
	evalkit.DeleteSource:  1,
	evalkit.MergeTarget:   2,
	evalkit.SplitTarget:   1,
	evalkit.ReplaceTarget: 1,
}

func pudDocs(t testing.TB, perturbed bool) []evalkit.Doc {
	pairs, err := evalkit.PUD(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	docs := evalkit.PUDDocuments(pairs, 20)
	if !perturbed {
		return docs
	}
	out := make([]evalkit.Doc, len(docs))
	for k, d := range docs {
		var pool []string
		for k2, d2 := range docs {
			if k2 != k {
				pool = append(pool, d2.Tgt...)
			}
		}
		out[k], _ = evalkit.Perturb(d, pudPlan, uint64(k+1), pool)
	}
	return out
}

func pud(t testing.TB, perturbed bool, opts ...Option) *evalResult {
	opts = append([]Option{WithLanguages("en", "it")}, opts...)
	r := &evalResult{}
	for _, d := range pudDocs(t, perturbed) {
		bs, err := Align(d.Src, d.Tgt, opts...)
		if err != nil {
			t.Fatal(err)
		}
		r.add(d.Gold, bs)
	}
	return r
}

func row(name string, s evalkit.Scores) string {
	return fmt.Sprintf("%-30s strict %s | lax %s | unaligned %s (%d of %d marked right, %d of %d found)",
		name, s.Strict, s.Lax, s.Unaligned, s.Unaligned.Correct, s.Unaligned.Pred, s.Unaligned.Found, s.Unaligned.Gold)
}

var buckets = []float64{0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001}

// TestEval prints the figures on the development sets (go test -run
// TestEval -v ./align) and checks the targets for UD PUD. It skips when
// shared/eval is absent.
func TestEval(t *testing.T) {
	evalData(t)
	tb := textBerg(t)
	clean := pud(t, false)
	pert := pud(t, true)
	var sb strings.Builder
	fmt.Fprintln(&sb, row("text+berg dev de-fr", tb.scores))
	fmt.Fprintln(&sb, row("ud pud en-it clean", clean.scores))
	fmt.Fprintln(&sb, row("ud pud en-it perturbed", pert.scores))
	fmt.Fprintln(&sb, "\nreliability of Score, text+berg (beads with both sides):")
	evalkit.WriteReliability(&sb, evalkit.Reliability(tb.gold, tb.pred, tb.conf, buckets, false))
	fmt.Fprintln(&sb, "\nreliability of Score, ud pud perturbed (all beads):")
	evalkit.WriteReliability(&sb, evalkit.Reliability(pert.gold, pert.pred, pert.conf, buckets, true))
	t.Log("\n" + sb.String())

	if f := clean.scores.Strict.F1; f < 0.995 {
		t.Errorf("ud pud clean: strict F1 %.4f < 0.995", f)
	}
	if f := pert.scores.Strict.F1; f < 0.985 {
		t.Errorf("ud pud perturbed: strict F1 %.4f < 0.985", f)
	}
	if u := pert.scores.Unaligned; u.P < 0.95 || u.R < 0.95 {
		t.Errorf("ud pud perturbed: unaligned P %.4f R %.4f, want both >= 0.95", u.P, u.R)
	}
	// Text+Berg: a floor against regressions (the figure is in the log).
	if f := tb.scores.Strict.F1; f < 0.79 {
		t.Errorf("text+berg: strict F1 %.4f < 0.79", f)
	}
}

// TestEvalAblation prints strict F1 and unaligned P/R with each kind of
// evidence switched off. It takes about half a minute: it runs only with
// FEDELE_ABLATION=1.
func TestEvalAblation(t *testing.T) {
	if os.Getenv("FEDELE_ABLATION") == "" {
		t.Skip("set FEDELE_ABLATION=1 to print the ablation table")
	}
	evalData(t)
	configs := []struct {
		name string
		opts []Option
	}{
		{"all evidence", nil},
		{"- length", []Option{WithoutEvidence(Length)}},
		{"- numbers", []Option{WithoutEvidence(Numbers)}},
		{"- identical words", []Option{WithoutEvidence(Identical)}},
		{"- cognates", []Option{WithoutEvidence(Cognates)}},
		{"- lexicon", []Option{WithoutEvidence(Lexicon)}},
		{"- learned lexicon", []Option{WithoutEvidence(Learned)}},
		{"- lexicon and learned", []Option{WithoutEvidence(Lexicon | Learned)}},
		{"- second look", []Option{WithoutSecondLook()}},
		{"length only", []Option{WithoutEvidence(AllEvidence &^ Length)}},
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-24s %10s %10s %10s %12s %12s\n", "evidence", "TB F1", "PUD F1", "PUD+p F1", "PUD+p unP", "PUD+p unR")
	for _, c := range configs {
		tb := textBerg(t, c.opts...)
		cl := pud(t, false, c.opts...)
		pe := pud(t, true, c.opts...)
		fmt.Fprintf(&sb, "%-24s %10.3f %10.3f %10.3f %12.3f %12.3f\n", c.name, tb.scores.Strict.F1, cl.scores.Strict.F1, pe.scores.Strict.F1, pe.scores.Unaligned.P, pe.scores.Unaligned.R)
	}
	t.Log("\n" + sb.String())
}

// TestEvalCognates compares cognate measures with the dictionaries off
// (so that cognates matter most). It runs only with FEDELE_ABLATION=1.
func TestEvalCognates(t *testing.T) {
	if os.Getenv("FEDELE_ABLATION") == "" {
		t.Skip("set FEDELE_ABLATION=1 to compare cognate measures")
	}
	evalData(t)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-16s %8s %10s %10s %10s %11s %11s\n", "cognate measure", "TB F1", "PUD+p F1", "PUD+p unP", "PUD+p unR", "PUD+p F1*", "PUD+p unR*")
	for _, c := range []struct {
		name string
		m    cognateMeasure
		min  float64
	}{
		{"LCSR >= 0.8", cognateLCSR, 0.8},
		{"LCSR >= 0.7", cognateLCSR, 0.7},
		{"LCSR >= 0.6", cognateLCSR, 0.6},
		{"prefix-4", cognatePrefix4, 1},
		{"Dice >= 0.5", cognateDice, 0.5},
		{"Dice >= 0.6", cognateDice, 0.6},
		{"Dice >= 0.4", cognateDice, 0.4},
	} {
		p := defaultParams
		p.cognateMin = c.min
		tb := textBerg(t, withCognate(c.m), withParams(p))
		pl := pud(t, true, withCognate(c.m), withParams(p))
		pe := pud(t, true, withCognate(c.m), withParams(p), WithoutEvidence(Lexicon))
		fmt.Fprintf(&sb, "%-16s %8.3f %10.3f %10.3f %10.3f %11.3f %11.3f\n", c.name, tb.scores.Strict.F1,
			pl.scores.Strict.F1, pl.scores.Unaligned.P, pl.scores.Unaligned.R, pe.scores.Strict.F1, pe.scores.Unaligned.R)
	}
	fmt.Fprintln(&sb, "* UD PUD without the built-in lexicon")
	t.Log("\n" + sb.String())
}
