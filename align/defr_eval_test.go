package align

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// TestEvalDeFrHeldOut prints the figures on the German-French documents
// of testdata/defr, written blind for the project and held out: nothing
// is chosen on them, and this test prints no bead of theirs, only the
// figures by the standard scoring, each document aligned alone and the
// four pooled, and the omissions found when every 12th target sentence
// is deleted. The floors are the first figures measured, less a margin.
func TestEvalDeFrHeldOut(t *testing.T) {
	docs, err := evalkit.LoadDeFr(filepath.Join("..", "testdata", "defr"))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	all, om := &evalResult{}, &evalResult{}
	least := math.Inf(1)
	for _, d := range docs {
		bs := Align(d.Src, d.Tgt, langs("de", "fr"))
		pred, _ := toEval(bs)
		s := evalkit.Score(d.Gold, pred)
		least = min(least, s.Lax.F1)
		fmt.Fprintln(&sb, row(d.Name, s))
		all.add(d.Gold, bs)
		del := deleteEvery(d, 12)
		om.add(del.Gold, Align(del.Src, del.Tgt, langs("de", "fr")))
	}
	fmt.Fprintln(&sb, row("all four", all.scores))
	u := om.scores.Unaligned
	fmt.Fprintf(&sb, "%-30s unaligned P %.3f R %.3f (%d of %d marked right, %d of %d found)\n", "every 12th deleted", u.P, u.R, u.Correct, u.Pred, u.Found, u.Gold)
	fmt.Fprintf(&sb, "least lax F1 of a document %.3f\n", least)
	t.Log("\n" + sb.String())
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		// Measured first: 0.971, 0.986, 0.909, 0.976 (and 0.932, 0.971,
		// 0.727, 0.976 with the aligner before its soft boundaries and
		// beads of four and five sentences).
		{"strict F1", all.scores.Strict.F1, 0.95},
		{"least lax F1", least, 0.97},
		{"omissions P", u.P, 0.88},
		{"omissions R", u.R, 0.95},
	} {
		if !(c.got >= c.floor) {
			t.Errorf("%s: %.3f, floor %.2f", c.name, c.got, c.floor)
		}
	}
}
