package fedele

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/answerkey"
)

// TestInterviewKey checks the bundled interview pairs in auto mode
// against their answer keys, with the figures of the synthetic
// documents: top-1 provenance, editorial sentences, quotations located
// and judged. The constants of reorganized mode were chosen on the
// synthetic documents, but for the rules that only an interview
// exercises, developed on testdata/interview: the interviewer's turns
// (interviewerQuestions, guestSlack), short quotations of a judgement
// (quoteShortWords), a name put for another, a negation before the
// words rendered, a verb moved to another time, and, with the synthetic
// documents, the sentences whose source is matched as well by chance
// (align's provenanceChance). testdata/interview2 was written later,
// blind to the checker; its figures were recorded once before anything
// was chosen on it (the closing note of issue 9 gives them), and it has
// been looked at since. testdata/interview3 and testdata/interview4 were
// written blind too, and are held out: only their figures are read.
// interview3's misses were printed once by mistake; interview4 had no
// check run on it until its figures were recorded once, after the
// alignment changes of its soft boundaries and larger beads (issue 10's
// closing note gives the order). testdata/interview5, written blind last,
// is reserved: no check has been run on it, and it joins this table when
// a clean held-out pair is needed again.
func TestInterviewKey(t *testing.T) {
	for _, c := range []struct {
		dir    string
		floors map[string]float64
		// blind marks a pair held out: its misses are never printed, so
		// that nothing is chosen on them; only its figures are read.
		blind bool
	}{
		// Floors at the figures reached (less a margin), against
		// regressions; the targets are those of
		// TestEvalReorganized.
		{"interview", map[string]float64{
			"top-1 provenance precision": 0.89, "top-1 provenance recall": 0.93,
			"editorial precision": 0.90, "editorial recall": 0.70,
			"quotations located": 0.93, "distortions found": 0.74, "faithful quotations kept": 0.95,
		}, false},
		{"interview2", map[string]float64{
			"top-1 provenance precision": 0.84, "top-1 provenance recall": 0.85,
			"editorial precision": 0.65, "editorial recall": 0.60,
			"quotations located": 0.78, "distortions found": 0.42, "faithful quotations kept": 0.88,
		}, false},
		{"interview3", map[string]float64{
			"top-1 provenance precision": 0.74, "top-1 provenance recall": 0.71,
			"editorial precision": 0.50, "editorial recall": 0.60,
			"quotations located": 0.45, "distortions found": 0.44, "faithful quotations kept": 0.79,
		}, true},
		// Measured first as the held-out pair: its floors are those
		// figures less a margin, and no rule has been chosen on it.
		{"interview4", map[string]float64{
			"top-1 provenance precision": 0.84, "top-1 provenance recall": 0.84,
			"editorial precision": 0.75, "editorial recall": 0.75,
			"quotations located": 0.70, "distortions found": 0.25, "faithful quotations kept": 0.80,
		}, true},
	} {
		t.Run(c.dir, func(t *testing.T) { scoreInterview(t, c.dir, c.floors, c.blind) })
	}
}

// scoreInterview checks the bundled pair of testdata/dir against its
// answer key and its floors.
func scoreInterview(t *testing.T, dir string, floors map[string]float64, blind bool) {
	key, err := answerkey.Load(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Check(key.Source, key.Target)
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != ModeReorganized {
		t.Fatalf("auto chose %s: %s", r.Mode, r.ModeReason)
	}
	if len(r.Provenance) != len(key.Sentences) {
		t.Fatalf("%d target sentences, the key has %d", len(r.Provenance), len(key.Sentences))
	}
	// The turn of a source offset.
	turnOf := func(off int) int { return key.TurnAt(off) }
	var res reorganizedCount
	res.docs = 1
	res.byDistortion = map[string][2]int{}
	res.confusion = map[[2]string]int{}
	var misses []string
	gradeRight := 0
	for j, p := range r.Provenance {
		truth := key.Sentences[j]
		if p.Target.Text != truth.Text {
			t.Fatalf("sentence %d: %q, the key has %q", j, p.Target.Text, truth.Text)
		}
		if string(p.Grade) == string(truth.Grade) {
			gradeRight++
		}
		if truth.Grade == answerkey.Boilerplate {
			continue
		}
		hasSource := len(truth.Turns) > 0
		if hasSource {
			res.withSource++
		} else {
			res.editorial++
		}
		if p.Grade == OriginEditorial {
			res.predictedEditorial++
			if !hasSource {
				res.editHits++
			}
		}
		if len(p.Sources) > 0 {
			res.predicted++
			// Top-1 right: the strongest source stands in one of the
			// sentence's true turns.
			if slices.Contains(truth.Turns, turnOf(p.Sources[0].Start)) {
				res.top1++
			} else {
				misses = append(misses, fmt.Sprintf("sentence %d %.60q: source in turn %d, true turns %v", j+1, truth.Text, turnOf(p.Sources[0].Start), truth.Turns))
			}
		} else if hasSource {
			misses = append(misses, fmt.Sprintf("sentence %d %.60q: no source, true turns %v", j+1, truth.Text, truth.Turns))
		}
	}
	for _, qt := range key.Quotations {
		res.quotes++
		var q *QuotationCheck
		for k := range r.Quotations {
			if r.Quotations[k].Target.Start >= qt.Start && r.Quotations[k].Target.End <= qt.End {
				q = &r.Quotations[k]
				break
			}
		}
		if q == nil {
			misses = append(misses, fmt.Sprintf("quotation %.60q not found", qt.Text))
			continue
		}
		// Located: the source words found overlap the true ones by half
		// of the true ones or more (none for an unsupported quotation).
		overlap, want := 0, 0
		for _, ts := range qt.Spans {
			want += ts.End - ts.Start
			for _, sp := range q.Source {
				overlap += max(0, min(ts.End, sp.End)-max(ts.Start, sp.Start))
			}
		}
		if len(qt.Spans) == 0 && len(q.Source) == 0 || want > 0 && 2*overlap >= want {
			res.located++
		} else {
			misses = append(misses, fmt.Sprintf("quotation %.60q (%s) not located: %v", qt.Text, qt.Verdict, spanTexts(q.Source)))
		}
		res.confusion[[2]string{string(qt.Verdict), string(q.Verdict)}]++
		d := res.byDistortion[string(qt.Verdict)]
		d[0]++
		switch qt.Verdict {
		case answerkey.Faithful, answerkey.Loose:
			res.faithful++
			if q.Verdict != QuoteFaithful && q.Verdict != QuoteLoose {
				res.faithfulFlagged++
				misses = append(misses, fmt.Sprintf("%s quotation %.60q judged %s %v", qt.Verdict, qt.Text, q.Verdict, q.Notes))
			}
		default:
			res.distorted++
			if string(q.Verdict) == string(qt.Verdict) {
				res.distortionFound++
				d[1]++
			} else {
				misses = append(misses, fmt.Sprintf("%s quotation %.60q judged %s %v", qt.Verdict, qt.Text, q.Verdict, q.Notes))
			}
		}
		res.byDistortion[string(qt.Verdict)] = d
	}
	t.Logf("\n%sgrades right: %d of %d sentences", res.table(dir+" pair"), gradeRight, len(key.Sentences))
	for _, c := range []struct {
		name string
		got  float64
	}{
		{"top-1 provenance precision", ratio(res.top1, res.predicted)},
		{"top-1 provenance recall", ratio(res.top1, res.withSource)},
		{"editorial precision", ratio(res.editHits, res.predictedEditorial)},
		{"editorial recall", ratio(res.editHits, res.editorial)},
		{"quotations located", ratio(res.located, res.quotes)},
		{"distortions found", ratio(res.distortionFound, res.distorted)},
		{"faithful quotations kept", 1 - ratio(res.faithfulFlagged, res.faithful)},
	} {
		if floor, ok := floors[c.name]; !ok || !(c.got >= floor) {
			t.Errorf("%s: %.3f, floor %.2f", c.name, c.got, floor)
		}
	}
	if (t.Failed() || testing.Verbose()) && !blind {
		t.Log("\n" + strings.Join(misses, "\n"))
	}
}

func spanTexts(sps []Span) []string {
	var out []string
	for _, sp := range sps {
		out = append(out, sp.Text)
	}
	return out
}
