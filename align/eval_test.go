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
	return fmt.Sprintf("%-28s strict %s | lax %s | unaligned %s", name, s.Strict, s.Lax, s.Unaligned)
}

func TestEval(t *testing.T) {
	evalData(t)
	tb := textBerg(t)
	clean := pud(t, false)
	pert := pud(t, true)
	var sb strings.Builder
	fmt.Fprintln(&sb, row("text+berg dev de-fr", tb.scores))
	fmt.Fprintln(&sb, row("ud pud en-it clean", clean.scores))
	fmt.Fprintln(&sb, row("ud pud en-it perturbed", pert.scores))
	t.Log("\n" + sb.String())
	if os.Getenv("FEDELE_EVAL_STRICT") != "" {
		if tb.scores.Strict.F1 < 0.85 {
			t.Errorf("text+berg strict F1 %.3f < 0.85", tb.scores.Strict.F1)
		}
	}
}
