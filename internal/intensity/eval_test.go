package intensity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// pudDocs is how many UD PUD documents the evaluation reorganizes.
const pudDocs = 20

// TestEvalPUDQuotations measures Compare on the quotations of the
// synthetic reorganized UD PUD documents (evalkit.Reorganize): each
// quotation against the whole English source sentence it renders (wider
// than the words it renders, so a modal or degree word of the rest of the
// sentence can make a faithful quotation shift). Intensified and
// weakened quotations should shift in their direction, faithful ones not
// at all. The one-sided rules (weakModal, strongDegree) were chosen on
// seeds 11-13; seeds 21-22 are held out.
func TestEvalPUDQuotations(t *testing.T) {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	docs, paras := evalkit.PUDParagraphs(pairs, pudDocs)
	var b strings.Builder
	fmt.Fprintf(&b, "UD PUD it-en, %d documents, DefaultReorganizePlan\n", pudDocs)
	for _, set := range []struct {
		name  string
		seeds []uint64
	}{{"tuned on", []uint64{11, 12, 13}}, {"held out", []uint64{21, 22}}} {
		res := pudQuotations(docs, paras, set.seeds)
		fmt.Fprintf(&b, "seeds %v (%s)\n", set.seeds, set.name)
		for _, d := range []string{evalkit.Intensified, evalkit.Weakened, evalkit.Faithful, evalkit.Altered, evalkit.Spliced} {
			c := res[d]
			what := "found in the right direction"
			if d != evalkit.Intensified && d != evalkit.Weakened {
				what = "given a shift"
			}
			rate := float64(c.hit) / float64(max(1, c.n))
			fmt.Fprintf(&b, "  %-12s %4d quotations, %4d %s (%.3f)\n", d, c.n, c.hit, what, rate)
			// Floors and ceilings a little below and above the figures
			// measured when the constants were set.
			switch {
			case c.n == 0:
				t.Errorf("seeds %v: no %s quotation", set.seeds, d)
			case (d == evalkit.Intensified || d == evalkit.Weakened) && rate < 0.7:
				t.Errorf("seeds %v: %s found %.3f, want at least 0.7", set.seeds, d, rate)
			case d == evalkit.Faithful && rate > 0.1:
				t.Errorf("seeds %v: faithful given a shift %.3f, want at most 0.1", set.seeds, rate)
			}
		}
	}
	t.Log("\n" + b.String())
}

type count struct{ n, hit int }

// pudQuotations counts, by planted distortion, the quotations of the
// reorganized documents of the seeds and those Compare judges right:
// shifted in the right direction for intensified and weakened ones,
// shifted at all for the others.
func pudQuotations(docs []evalkit.Doc, paras [][]int, seeds []uint64) map[string]count {
	res := map[string]count{}
	for _, seed := range seeds {
		for di, doc := range docs {
			rd := evalkit.Reorganize(doc, paras[di], evalkit.DefaultReorganizePlan, seed*1000+uint64(di), nil)
			for _, q := range rd.Quotes {
				if len(q.Src) == 0 {
					continue
				}
				shifts := Compare("en", rd.Src[q.Src[0]], "it", q.Text)
				c := res[q.Distortion]
				c.n++
				var ok bool
				switch q.Distortion {
				case evalkit.Intensified:
					ok = len(shifts) > 0 && shifts[0].Stronger()
				case evalkit.Weakened:
					ok = len(shifts) > 0 && !shifts[0].Stronger()
				default:
					ok = len(shifts) > 0 // flagged
				}
				if ok {
					c.hit++
				}
				res[q.Distortion] = c
			}
		}
	}
	return res
}
