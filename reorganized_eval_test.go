package fedele

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/evalkit"
)

// The synthetic reorganized documents: UD PUD documents kept in part,
// shuffled by paragraph, with fused, editorial and quoted sentences
// (evalkit.Reorganize). The constants of reorganized mode are chosen on
// reorganizeTuneSeeds and reported on reorganizeHeldSeeds too. Seeds
// 11-19 were the first tuning seeds; 21-22, 31-33, 41-43 and 51-53 were
// added as held-out seeds one after the other and each was looked at in
// its turn (the lexicon's loose senses, align's functionFor and
// sentenceMin), so all of them now tune. Seeds 61-65 were added when
// they joined, their figures recorded before anything was chosen, and
// only their totals are read: they are the figures to believe.
var (
	reorganizeTuneSeeds = []uint64{11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 31, 32, 33, 41, 42, 43, 51, 52, 53}
	reorganizeHeldSeeds = []uint64{61, 62, 63, 64, 65}
)

// reorganizedCount counts what the evaluation of reorganized mode
// measures.
type reorganizedCount struct {
	docs                                    int
	withSource, predicted, top1             int // target sentences with a true source, with a predicted one, top-1 right
	editorial, predictedEditorial, editHits int
	quotes, located                         int
	distorted, distortionFound              int
	faithful, faithfulFlagged               int
	verdictRight                            int
	translationChosen                       int // documents for which auto chose translation mode
	byDistortion                            map[string][2]int
	confusion                               map[[2]string]int // planted distortion, verdict
	misses                                  []string
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// evalReorganized checks the synthetic reorganized documents of the
// seeds in auto mode and counts the results against the truth.
func evalReorganized(t testing.TB, seeds []uint64) reorganizedCount {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	docs, paras := evalkit.PUDParagraphs(pairs, evalDocs)
	res := reorganizedCount{byDistortion: map[string][2]int{}, confusion: map[[2]string]int{}}
	for _, seed := range seeds {
		for di, doc := range docs {
			var pool []string
			for dj, other := range docs {
				if dj != di {
					pool = append(pool, other.Tgt...)
				}
			}
			rd := evalkit.Reorganize(doc, paras[di], evalkit.DefaultReorganizePlan, seed*1000+uint64(di), pool)
			name := fmt.Sprintf("seed %d %s", seed, doc.Name)
			res.add(t, name, rd)
		}
	}
	return res
}

// sourceParagraphs writes the source with a blank line between its
// paragraphs, one sentence a line.
func sourceParagraphs(rd evalkit.Reorganized) string {
	var b strings.Builder
	for i, s := range rd.Src {
		if i > 0 {
			b.WriteString("\n")
			if rd.Para[i] != rd.Para[i-1] {
				b.WriteString("\n")
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

func (res *reorganizedCount) add(t testing.TB, name string, rd evalkit.Reorganized) {
	r, err := Check(sourceParagraphs(rd), strings.Join(rd.Tgt, "\n"), Presegmented())
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	res.docs++
	if r.Mode != ModeReorganized {
		res.translationChosen++
		res.misses = append(res.misses, fmt.Sprintf("%s: auto chose %s: %s", name, r.Mode, r.ModeReason))
		return
	}
	// Source sentences by offset.
	srcAt := map[int]int{}
	off := 0
	text := sourceParagraphs(rd)
	for i, s := range rd.Src {
		k := strings.Index(text[off:], s)
		srcAt[off+k] = i
		off += k + len(s)
	}
	for j, p := range r.Provenance {
		truth := rd.Truth[j]
		var got []int
		for _, sp := range p.Sources {
			got = append(got, srcAt[sp.Start])
		}
		if len(truth.Src) > 0 {
			res.withSource++
		} else {
			res.editorial++
		}
		if p.Grade == OriginEditorial {
			res.predictedEditorial++
			if len(truth.Src) == 0 {
				res.editHits++
			}
		}
		if len(got) > 0 {
			res.predicted++
			// The top-1 source is the first, the strongest.
			if slices.Contains(truth.Src, got[0]) {
				res.top1++
			} else {
				res.misses = append(res.misses, fmt.Sprintf("%s: target %d %.60q: sources %v, true %v (%s)", name, j, rd.Tgt[j], got, truth.Src, truth.Grade))
			}
		} else if len(truth.Src) > 0 {
			res.misses = append(res.misses, fmt.Sprintf("%s: target %d %.60q: no source, true %v (%s)", name, j, rd.Tgt[j], truth.Src, truth.Grade))
		}
	}
	// Target sentences by offset (one a line).
	lineStart := make([]int, len(rd.Tgt)+1)
	for j, t := range rd.Tgt {
		lineStart[j+1] = lineStart[j] + len(t) + 1
	}
	for _, qt := range rd.Quotes {
		res.quotes++
		// The quotation found in the quotation's own sentence: the same
		// words may be quoted in another sentence too.
		var q *QuotationCheck
		for k := range r.Quotations {
			tq := r.Quotations[k].Target
			if tq.Start >= lineStart[qt.Tgt] && tq.End < lineStart[qt.Tgt+1] && strings.Contains(qt.Text, tq.Text) && tq.Text != "" {
				q = &r.Quotations[k]
				break
			}
		}
		if q == nil {
			res.misses = append(res.misses, fmt.Sprintf("%s: quotation %.60q not found", name, qt.Text))
			continue
		}
		// Located: unsupported has no source; otherwise at least half of
		// the located source words stand in the true source sentences.
		var in, all int
		for _, sp := range q.Source {
			all += len(sp.Text)
			for _, i := range qt.Src {
				if rd.Src[i] != "" && strings.Contains(rd.Src[i], sp.Text) {
					in += len(sp.Text)
					break
				}
			}
		}
		located := len(qt.Src) == 0 && len(q.Source) == 0 || all > 0 && 2*in >= all
		if located {
			res.located++
		} else {
			var got []string
			for _, sp := range q.Source {
				got = append(got, sp.Text)
			}
			var want []string
			for _, i := range qt.Src {
				want = append(want, rd.Src[i])
			}
			res.misses = append(res.misses, fmt.Sprintf("%s: %s quotation %.60q not located (%s, %.2f): %.80q; true %.80q", name, qt.Distortion, qt.Text, q.Verdict, q.Score, got, want))
		}
		res.confusion[[2]string{qt.Distortion, string(q.Verdict)}]++
		d := res.byDistortion[qt.Distortion]
		d[0]++
		if qt.Distortion == evalkit.Faithful {
			res.faithful++
			if q.Verdict != QuoteFaithful && q.Verdict != QuoteLoose {
				res.faithfulFlagged++
				res.misses = append(res.misses, fmt.Sprintf("%s: faithful quotation %.60q judged %s %v", name, qt.Text, q.Verdict, q.Notes))
			}
		} else {
			res.distorted++
			if string(q.Verdict) == qt.Distortion {
				res.distortionFound++
				d[1]++
			} else {
				res.misses = append(res.misses, fmt.Sprintf("%s: %s quotation %.60q judged %s %v", name, qt.Distortion, qt.Text, q.Verdict, q.Notes))
			}
		}
		if string(q.Verdict) == qt.Distortion || qt.Distortion == evalkit.Faithful && q.Verdict == QuoteFaithful {
			res.verdictRight++
		}
		res.byDistortion[qt.Distortion] = d
	}
}

func (res reorganizedCount) table(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d documents, reorganized mode chosen for %d\n", title, res.docs, res.docs-res.translationChosen)
	fmt.Fprintf(&b, "  top-1 provenance     precision %.3f recall %.3f (%d right of %d predicted, %d with a source)\n",
		ratio(res.top1, res.predicted), ratio(res.top1, res.withSource), res.top1, res.predicted, res.withSource)
	fmt.Fprintf(&b, "  editorial sentences  precision %.3f recall %.3f (%d right of %d predicted, %d true)\n",
		ratio(res.editHits, res.predictedEditorial), ratio(res.editHits, res.editorial), res.editHits, res.predictedEditorial, res.editorial)
	fmt.Fprintf(&b, "  quotations located   %.3f (%d of %d)\n", ratio(res.located, res.quotes), res.located, res.quotes)
	fmt.Fprintf(&b, "  distortions found    %.3f (%d of %d)", ratio(res.distortionFound, res.distorted), res.distortionFound, res.distorted)
	for _, d := range []string{evalkit.Intensified, evalkit.Weakened, evalkit.Altered, evalkit.Spliced, evalkit.Unsupported} {
		fmt.Fprintf(&b, "; %s %d/%d", d, res.byDistortion[d][1], res.byDistortion[d][0])
	}
	fmt.Fprintf(&b, "\n  faithful flagged     %.3f (%d of %d)\n", ratio(res.faithfulFlagged, res.faithful), res.faithfulFlagged, res.faithful)
	verdicts := []string{evalkit.Faithful, "loose", evalkit.Intensified, evalkit.Weakened, evalkit.Altered, evalkit.Spliced, evalkit.Unsupported}
	fmt.Fprintf(&b, "  %-12s", "planted\\got")
	for _, v := range verdicts {
		fmt.Fprintf(&b, " %11s", v)
	}
	b.WriteString("\n")
	for _, d := range verdicts {
		if d == "loose" {
			continue
		}
		fmt.Fprintf(&b, "  %-12s", d)
		for _, v := range verdicts {
			fmt.Fprintf(&b, " %11d", res.confusion[[2]string{d, v}])
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestEvalReorganized prints the figures of reorganized mode on the
// synthetic documents and checks the floors on both the seeds
// the constants were chosen on and the held-out seeds.
func TestEvalReorganized(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in short mode")
	}
	tune := evalReorganized(t, reorganizeTuneSeeds)
	held := evalReorganized(t, reorganizeHeldSeeds)
	t.Log("\n" + tune.table(fmt.Sprintf("tuning seeds %v", reorganizeTuneSeeds)) +
		held.table(fmt.Sprintf("held-out seeds %v", reorganizeHeldSeeds)))
	// The targets, and the floors this test holds: the targets
	// where they are met, the figures reached (less a margin) where they
	// are not yet, so that a regression fails.
	for _, res := range []reorganizedCount{tune, held} {
		checks := []struct {
			name          string
			got           float64
			target, floor float64
		}{
			{"auto chooses reorganized", ratio(res.docs-res.translationChosen, res.docs), 1, 1},
			{"top-1 provenance precision", ratio(res.top1, res.predicted), 0.95, 0.96},
			{"top-1 provenance recall", ratio(res.top1, res.withSource), 0.95, 0.96},
			{"editorial precision", ratio(res.editHits, res.predictedEditorial), 0.90, 0.88},
			{"editorial recall", ratio(res.editHits, res.editorial), 0.90, 0.88},
			{"quotations located", ratio(res.located, res.quotes), 0.95, 0.93},
			{"distortions found", ratio(res.distortionFound, res.distorted), 0.90, 0.90},
			{"faithful quotations kept", 1 - ratio(res.faithfulFlagged, res.faithful), 0.95, 0.92},
		}
		for _, c := range checks {
			if !(c.got >= c.floor) {
				t.Errorf("%s: %.3f, floor %.2f (target %.2f)", c.name, c.got, c.floor, c.target)
			}
		}
	}
	if t.Failed() || testing.Verbose() {
		for _, m := range tune.misses {
			t.Log(m)
		}
	}
}

// Auto mode takes the Text+Berg document, a translation with omissions
// and OCR noise in another language pair, for a translation.
func TestAutoModeTextBerg(t *testing.T) {
	doc, err := evalkit.TextBerg(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	r, err := Check(strings.Join(doc.Src, "\n"), strings.Join(doc.Tgt, "\n"), Presegmented(),
		WithLanguages(language.German, language.French))
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != ModeTranslation {
		t.Errorf("auto chose %s: %s", r.Mode, r.ModeReason)
	}
	t.Logf("Text+Berg: %s (%s)", r.Mode, r.ModeReason)
}
