package align

import (
	"fmt"
	"math"
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

func textBergDoc(t testing.TB) evalkit.Doc {
	doc, err := evalkit.TextBerg(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func textBerg(t testing.TB, opts ...Option) *evalResult {
	doc := textBergDoc(t)
	opts = append([]Option{langs("de", "fr"), WithMaxBead(tbMaxBead)}, opts...)
	bs := Align(doc.Src, doc.Tgt, opts...)
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

// pudPartialPlan adds partial omissions (a dropped clause, a truncated
// sentence, a changed number), which stay 1-1 beads, to deletions and a
// replacement: the aligner must not take a half-translated sentence for
// an omission.
var pudPartialPlan = evalkit.MixedPlan

func pudDocs(t testing.TB, perturbed bool) []evalkit.Doc {
	if perturbed {
		return pudPerturbed(t, pudPlan)
	}
	pairs, err := evalkit.PUD(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	return evalkit.PUDDocuments(pairs, 20)
}

func pudPerturbed(t testing.TB, plan evalkit.Plan) []evalkit.Doc {
	pairs, err := evalkit.PUD(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	docs := evalkit.PUDDocuments(pairs, 20)
	out := make([]evalkit.Doc, len(docs))
	for k, d := range docs {
		var pool []string
		for k2, d2 := range docs {
			if k2 != k {
				pool = append(pool, d2.Tgt...)
			}
		}
		out[k], _ = evalkit.Perturb(d, plan, uint64(k+1), pool)
	}
	return out
}

func pud(t testing.TB, perturbed bool, opts ...Option) *evalResult {
	return pudEval(t, pudDocs(t, perturbed), opts...)
}

func pudEval(t testing.TB, docs []evalkit.Doc, opts ...Option) *evalResult {
	opts = append([]Option{langs("en", "it")}, opts...)
	r := &evalResult{}
	for _, d := range docs {
		bs := Align(d.Src, d.Tgt, opts...)
		r.add(d.Gold, bs)
	}
	return r
}

func row(name string, s evalkit.Scores) string {
	return fmt.Sprintf("%-30s strict %s | lax %s | unaligned %s (%d of %d marked right, %d of %d found)",
		name, s.Strict, s.Lax, s.Unaligned, s.Unaligned.Correct, s.Unaligned.Pred, s.Unaligned.Found, s.Unaligned.Gold)
}

var buckets = []float64{0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001}

// ece is the expected calibration error of the scores: the mean gap
// between the score and the share of right beads, over ten equal-width
// score bins weighted by their beads.
func ece(r *evalResult, withEmpty bool) float64 {
	edges := []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001}
	var n, sum float64
	for _, b := range evalkit.Reliability(r.gold, r.pred, r.conf, edges, withEmpty) {
		n += float64(b.N)
		sum += math.Abs(float64(b.Correct) - b.MeanScore*float64(b.N))
	}
	if n == 0 {
		return math.NaN()
	}
	return sum / n
}

// TestEval prints the figures on the development sets (go test -run
// TestEval -v ./align) and checks the targets for UD PUD. It skips when
// shared/eval is absent.
func TestEval(t *testing.T) {
	evalData(t)
	tb := textBerg(t)
	clean := pud(t, false)
	pert := pud(t, true)
	partial := pudEval(t, pudPerturbed(t, pudPartialPlan))
	var sb strings.Builder
	fmt.Fprintln(&sb, row("text+berg dev de-fr", tb.scores))
	fmt.Fprintln(&sb, row("ud pud en-it clean", clean.scores))
	fmt.Fprintln(&sb, row("ud pud en-it perturbed", pert.scores))
	fmt.Fprintln(&sb, row("ud pud en-it partial", partial.scores))
	fmt.Fprintf(&sb, "\nexpected calibration error of Score: text+berg %.3f, ud pud perturbed %.3f\n", ece(tb, false), ece(pert, true))
	fmt.Fprintln(&sb, "\nreliability of Score, text+berg (beads with both sides):")
	evalkit.WriteReliability(&sb, evalkit.Reliability(tb.gold, tb.pred, tb.conf, buckets, false))
	fmt.Fprintln(&sb, "\nreliability of Score, ud pud perturbed (all beads):")
	evalkit.WriteReliability(&sb, evalkit.Reliability(pert.gold, pert.pred, pert.conf, buckets, true))
	t.Log("\n" + sb.String())

	// Floors against regressions, written so that a figure that cannot
	// be computed (NaN: no bead to score) fails them too.
	if f := clean.scores.Strict.F1; !(f >= 0.995) {
		t.Errorf("ud pud clean: strict F1 %.4f < 0.995", f)
	}
	if f := pert.scores.Strict.F1; !(f >= 0.985) {
		t.Errorf("ud pud perturbed: strict F1 %.4f < 0.985", f)
	}
	if u := pert.scores.Unaligned; !(u.P >= 0.95 && u.R >= 0.95) {
		t.Errorf("ud pud perturbed: unaligned P %.4f R %.4f, want both >= 0.95", u.P, u.R)
	}
	// By the standard scoring (0.847 when this floor was set).
	if f := tb.scores.Strict.F1; !(f >= 0.84) {
		t.Errorf("text+berg: strict F1 %.4f < 0.84", f)
	}
	// Partial omissions stay 1-1 beads.
	if s := partial.scores; !(s.Strict.F1 >= 0.985 && s.Unaligned.P >= 0.93 && s.Unaligned.R >= 0.93) {
		t.Errorf("ud pud partial: strict F1 %.4f, unaligned P %.4f R %.4f; want at least 0.985, 0.93, 0.93", s.Strict.F1, s.Unaligned.P, s.Unaligned.R)
	}
	// Bead.Score is a calibrated confidence: ceilings on its expected
	// calibration error (0.098 and 0.029 when they were set).
	if e := ece(tb, false); !(e <= 0.12) {
		t.Errorf("text+berg: expected calibration error %.3f > 0.12", e)
	}
	if e := ece(pert, true); !(e <= 0.05) {
		t.Errorf("ud pud perturbed: expected calibration error %.3f > 0.05", e)
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
		{"- length", []Option{withoutEvidence(Length)}},
		{"- numbers", []Option{withoutEvidence(Numbers)}},
		{"- identical words", []Option{withoutEvidence(Identical)}},
		{"- cognates", []Option{withoutEvidence(Cognates)}},
		{"- lexicon", []Option{withoutEvidence(Lexicon)}},
		{"- learned lexicon", []Option{withoutEvidence(Learned)}},
		{"- lexicon and learned", []Option{withoutEvidence(Lexicon | Learned)}},
		{"- second look", []Option{withoutSecondLook()}},
		{"length only", []Option{withoutEvidence(AllEvidence &^ Length)}},
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
	type row struct {
		name       string
		tb, pudF1  float64
		defaultOne bool
	}
	var rows []row
	for _, c := range []struct {
		name string
		m    func(a, b string) float64 // nil: LCSR, the default
		min  float64
	}{
		{"LCSR >= 0.8", nil, 0.8},
		{"LCSR >= 0.7", nil, 0.7},
		{"LCSR >= 0.6", nil, 0.6},
		{"prefix-4", prefix4, 1},
		{"Dice >= 0.5", diceBigrams, 0.5},
		{"Dice >= 0.6", diceBigrams, 0.6},
		{"Dice >= 0.4", diceBigrams, 0.4},
	} {
		p := defaultParams
		p.cognateMin = c.min
		tb := textBerg(t, withCognate(c.m), withParams(p))
		pl := pud(t, true, withCognate(c.m), withParams(p))
		pe := pud(t, true, withCognate(c.m), withParams(p), withoutEvidence(Lexicon))
		fmt.Fprintf(&sb, "%-16s %8.3f %10.3f %10.3f %10.3f %11.3f %11.3f\n", c.name, tb.scores.Strict.F1,
			pl.scores.Strict.F1, pl.scores.Unaligned.P, pl.scores.Unaligned.R, pe.scores.Strict.F1, pe.scores.Unaligned.R)
		rows = append(rows, row{c.name, tb.scores.Strict.F1, pl.scores.Strict.F1, c.m == nil && c.min == defaultParams.cognateMin})
	}
	fmt.Fprintln(&sb, "* UD PUD without the built-in lexicon")
	t.Log("\n" + sb.String())
	// The default measure must be the best on both sets with the
	// dictionary, within a bead or two.
	const slack = 0.003
	var def row
	for _, r := range rows {
		if r.defaultOne {
			def = r
		}
	}
	for _, r := range rows {
		if r.tb > def.tb+slack || r.pudF1 > def.pudF1+slack {
			t.Errorf("%s (TB %.3f, PUD+p %.3f) beats the default %s (TB %.3f, PUD+p %.3f)", r.name, r.tb, r.pudF1, def.name, def.tb, def.pudF1)
		}
	}
}

// tbMaxBead is the largest bead for Text+Berg (FEDELE_TB_MAXBEAD, for
// measurement).
var tbMaxBead = func() int {
	n := 5
	fmt.Sscan(os.Getenv("FEDELE_TB_MAXBEAD"), &n)
	return n
}()

// TestEvalLongGaps checks the coarse-to-fine search on a long document
// pair (the UD PUD sentences in order) whose target lacks a run of 40
// sentences and has a run of 25 sentences from elsewhere: the band
// around the coarse path must still hold the right beads.
func TestEvalLongGaps(t *testing.T) {
	pairs, err := evalkit.PUD(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	var d evalkit.Doc
	for k, p := range pairs[:700] {
		i := len(d.Src)
		d.Src = append(d.Src, p.En)
		switch {
		case k >= 200 && k < 240: // omitted run
			d.Gold = append(d.Gold, evalkit.Bead{Src: []int{i}})
		default:
			if k == 450 { // added run, from the end of the treebank
				for _, q := range pairs[900:925] {
					d.Gold = append(d.Gold, evalkit.Bead{Tgt: []int{len(d.Tgt)}})
					d.Tgt = append(d.Tgt, q.It)
				}
			}
			d.Gold = append(d.Gold, evalkit.Bead{Src: []int{i}, Tgt: []int{len(d.Tgt)}})
			d.Tgt = append(d.Tgt, p.It)
		}
	}
	r := pudEval(t, []evalkit.Doc{d})
	t.Log(row("ud pud long gaps", r.scores))
	if s := r.scores; !(s.Strict.F1 >= 0.99 && s.Unaligned.R >= 0.95 && s.Unaligned.P >= 0.95) {
		t.Errorf("strict F1 %.3f, unaligned P %.3f R %.3f; want at least 0.99, 0.95, 0.95", s.Strict.F1, s.Unaligned.P, s.Unaligned.R)
	}
}

// textBergPieces aligns the Text+Berg dev document cut into pieces of n
// gold beads, each alone, and pools their scores; it returns the pooled
// result and the least lax F1 of a piece.
func textBergPieces(t testing.TB, n int, opts ...Option) (*evalResult, float64) {
	opts = append([]Option{langs("de", "fr"), WithMaxBead(tbMaxBead)}, opts...)
	r := &evalResult{}
	least := math.Inf(1)
	for _, p := range evalkit.Pieces(textBergDoc(t), n) {
		bs := Align(p.Src, p.Tgt, opts...)
		pred, _ := toEval(bs)
		if f := evalkit.Score(p.Gold, pred).Lax.F1; f < least {
			least = f
		}
		r.add(p.Gold, bs)
	}
	return r, least
}

// deleteEvery removes every k-th target sentence of doc (k-1, 2k-1, ...)
// that stands in a 1-1 bead, and returns the document with its gold.
func deleteEvery(doc evalkit.Doc, k int) evalkit.Doc { return deleteEveryExcept(doc, k, nil) }

// TestEvalPieces prints the Text+Berg dev document by the standard
// scoring, whole and cut into documents of 40, 100 and 200 gold beads
// aligned alone, and the omissions found when every 12th target
// sentence of the pieces is deleted.
func TestEvalPieces(t *testing.T) {
	evalData(t)
	var sb strings.Builder
	whole := textBerg(t)
	fmt.Fprintf(&sb, "%-26s %s  least lax F1 %.3f\n", "whole", row("", whole.scores), whole.scores.Lax.F1)
	for _, n := range []int{40, 100, 200} {
		r, least := textBergPieces(t, n)
		fmt.Fprintf(&sb, "%-26s %s  least lax F1 %.3f\n", fmt.Sprintf("pieces of %d beads", n), row("", r.scores), least)
	}
	// Omissions: every 12th target sentence deleted from each piece of
	// 100 beads.
	om := &evalResult{}
	for _, p := range evalkit.Pieces(textBergDoc(t), 100) {
		d := deleteEvery(p, 12)
		om.add(d.Gold, Align(d.Src, d.Tgt, langs("de", "fr"), WithMaxBead(tbMaxBead)))
	}
	u := om.scores.Unaligned
	fmt.Fprintf(&sb, "%-26s unaligned P %.3f R %.3f\n", "100 beads, every 12th deleted", u.P, u.R)
	t.Log("\n" + sb.String())
}

// freeDocs returns the UD PUD documents with the free Italian renderings
// of testdata/free in place of the treebank's, the changes, and the same
// documents with every 10th target sentence that is not a free rendering
// deleted.
func freeDocs(t testing.TB) (free, deleted []evalkit.Doc, changes [][]evalkit.Change) {
	pairs, err := evalkit.PUD(evalData(t))
	if err != nil {
		t.Fatal(err)
	}
	free0, err := evalkit.LoadFree()
	if err != nil {
		t.Fatal(err)
	}
	docs, ids := evalkit.PUDDocumentIDs(pairs, 20)
	for k, d := range docs {
		fd, ch := evalkit.FreeRender(d, ids[k], free0)
		free = append(free, fd)
		changes = append(changes, ch)
		rendered := map[int]bool{}
		for _, c := range ch {
			for _, j := range c.Tgt {
				rendered[j] = true
			}
		}
		deleted = append(deleted, deleteEveryExcept(fd, 10, rendered))
	}
	return free, deleted, changes
}

// deleteEveryExcept is deleteEvery with the target sentences that keep
// marks left in place.
func deleteEveryExcept(doc evalkit.Doc, k int, keep map[int]bool) evalkit.Doc {
	out := evalkit.Doc{Name: doc.Name, Src: doc.Src}
	drop := map[int]bool{}
	n := 0
	for _, b := range doc.Gold {
		for _, j := range b.Tgt {
			n++
			if n%k == 0 && len(b.Src) == 1 && len(b.Tgt) == 1 && !keep[j] {
				drop[j] = true
			}
		}
	}
	newIdx := map[int]int{}
	for j, s := range doc.Tgt {
		if !drop[j] {
			newIdx[j] = len(out.Tgt)
			out.Tgt = append(out.Tgt, s)
		}
	}
	for _, b := range doc.Gold {
		nb := evalkit.Bead{Src: b.Src}
		for _, j := range b.Tgt {
			if !drop[j] {
				nb.Tgt = append(nb.Tgt, newIdx[j])
			}
		}
		out.Gold = append(out.Gold, nb)
	}
	return out
}

// TestEvalFree prints how the UD PUD documents align with 80 sentences
// rendered freely (testdata/free): strict F1, how many renderings stay
// 1-1 pairs, and the omissions found when every 10th other target
// sentence is deleted.
func TestEvalFree(t *testing.T) {
	evalData(t)
	free, deleted, changes := freeDocs(t)
	clean, del := &evalResult{}, &evalResult{}
	paired, total := 0, 0
	for k, d := range free {
		bs := Align(d.Src, d.Tgt, langs("en", "it"))
		clean.add(d.Gold, bs)
		for _, c := range changes[k] {
			total++
			for _, b := range bs {
				if len(b.Src) == 1 && b.Src[0] == c.Src[0] && len(b.Tgt) == 1 && b.Tgt[0] == c.Tgt[0] {
					paired++
				}
			}
		}
		del.add(deleted[k].Gold, Align(deleted[k].Src, deleted[k].Tgt, langs("en", "it")))
	}
	t.Logf("\n%s\n%s\nfree renderings aligned 1-1: %d of %d", row("pud with free renderings", clean.scores),
		row("... and every 10th deleted", del.scores), paired, total)
	if f := clean.scores.Strict.F1; !(f >= 0.99) {
		t.Errorf("strict F1 %.3f with free renderings, floor 0.99", f)
	}
}
