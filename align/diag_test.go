package align

import (
	"fmt"
	"sort"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

func quant(xs []float64) string {
	sort.Float64s(xs)
	if len(xs) == 0 {
		return "-"
	}
	q := func(p float64) float64 { return xs[int(p*float64(len(xs)-1))] }
	return fmt.Sprintf("n=%d p10 %.2f p25 %.2f p50 %.2f p75 %.2f p90 %.2f", len(xs), q(.1), q(.25), q(.5), q(.75), q(.9))
}

func TestDiag(t *testing.T) {
	dir := evalData(t)
	doc, _ := evalkit.TextBerg(dir)
	run := func(name string, d evalkit.Doc, opts ...Option) {
		s, _ := NewScorer(d.Src, d.Tgt, opts...)
		sc := s.match.newScratch()
		t.Logf("%s learned %d k %.2f %.2f var %.1f ratio %.2f", name, s.nLearned, s.kSrc, s.kTgt, s.lm.variance, s.lm.ratio)
		var gs, gt, rs, rt []float64
		for _, b := range d.Gold {
			if len(b.Src) != 1 || len(b.Tgt) != 1 {
				continue
			}
			i, j := b.Src[0], b.Tgt[0]
			ms, mt := s.match.pairStats(i, j, sc)
			if s.src.total[i] > 0 {
				gs = append(gs, float64(ms/s.src.total[i]))
			}
			if s.tgt.total[j] > 0 {
				gt = append(gt, float64(mt/s.tgt.total[j]))
			}
			j2 := (j + 7) % len(d.Tgt)
			ms, mt = s.match.pairStats(i, j2, sc)
			if s.src.total[i] > 0 {
				rs = append(rs, float64(ms/s.src.total[i]))
			}
			if s.tgt.total[j2] > 0 {
				rt = append(rt, float64(mt/s.tgt.total[j2]))
			}
		}
		t.Logf("%s gold src %s", name, quant(gs))
		t.Logf("%s gold tgt %s", name, quant(gt))
		t.Logf("%s rand src %s", name, quant(rs))
		t.Logf("%s rand tgt %s", name, quant(rt))
	}
	run("tb", doc, WithLanguages("de", "fr"))
	run("tb-nolearn", doc, WithLanguages("de", "fr"), WithoutEvidence(Learned))
	docs := pudDocs(t, false)
	run("pud0", docs[0], WithLanguages("en", "it"))
}

func TestDiagShapes(t *testing.T) {
	r := pud(t, false)
	count := map[string]int{}
	for _, b := range r.pred {
		count[fmt.Sprintf("%d-%d", len(b.Src), len(b.Tgt))]++
	}
	t.Logf("pud clean predicted shapes %v", count)
	r = textBerg(t)
	count = map[string]int{}
	for _, b := range r.pred {
		count[fmt.Sprintf("%d-%d", len(b.Src), len(b.Tgt))]++
	}
	t.Logf("tb predicted shapes %v", count)
}
