package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// tuneObjective is what the cost parameters were tuned for, on several
// development sets at once: strict F1 on Text+Berg (weighted twice; the
// mean of the whole document and of its pieces of 40, 100 and 200 beads
// aligned alone) and on perturbed UD PUD, and the unaligned sentences found in perturbed UD
// PUD with and without partial changes, with penalties below the floors
// the tests assert.
func tuneObjective(t *testing.T, p params) (float64, string) {
	tb := textBerg(t, withParams(p))
	// The whole document and its pieces of 40, 100 and 200 beads, so
	// that one document's noise weighs less.
	tbF1 := tb.scores.Strict.F1
	for _, n := range []int{40, 100, 200} {
		r, _ := textBergPieces(t, n, withParams(p))
		tbF1 += r.scores.Strict.F1
	}
	tbF1 /= 4
	pp := pud(t, true, withParams(p))
	pa := pudEval(t, pudPerturbed(t, pudPartialPlan), withParams(p))
	u := min(pp.scores.Unaligned.P, pp.scores.Unaligned.R)
	ua := min(pa.scores.Unaligned.P, pa.scores.Unaligned.R)
	obj := 2*tbF1 + pp.scores.Strict.F1 + u + pa.scores.Strict.F1 + ua -
		5*max(0, 0.985-pp.scores.Strict.F1) - 5*max(0, 0.95-u) - 5*max(0, 0.93-ua)
	return obj, fmt.Sprintf("tb %.3f (whole and pieces) %.3f/%.3f pud %.3f/%.3f/%.3f partial %.3f/%.3f/%.3f", tbF1, tb.scores.Strict.F1, tb.scores.Unaligned.F1,
		pp.scores.Strict.F1, pp.scores.Unaligned.P, pp.scores.Unaligned.R, pa.scores.Strict.F1, pa.scores.Unaligned.P, pa.scores.Unaligned.R)
}

// TestTuned checks that the default cost parameters are tuned: no
// parameter multiplied by one of the factors of tuneSteps improves the
// objective by more than tuneSlack. It runs only with FEDELE_TUNE=1
// (minutes); FEDELE_TUNE_FIELDS names the parameters to try (default
// the main ten). On failure it names the better value, which is how the
// parameters are tuned: by coordinate steps until this test passes.
func TestTuned(t *testing.T) {
	if os.Getenv("FEDELE_TUNE") == "" {
		t.Skip("set FEDELE_TUNE=1 to check the tuning (minutes)")
	}
	evalData(t)
	const tuneSlack = 0.005
	base, desc := tuneObjective(t, defaultParams)
	t.Logf("defaults %.4f %s", base, desc)
	names := strings.Fields(os.Getenv("FEDELE_TUNE_FIELDS"))
	if len(names) == 0 {
		names = []string{"skip", "merge", "merge22", "merge3", "length", "lex", "lexZero", "lexCap", "kScale", "learnMin"}
	}
	for _, f := range names {
		field, ok := paramFields[f]
		if !ok {
			t.Fatalf("unknown parameter %q", f)
		}
		for _, mul := range tuneSteps() {
			q := defaultParams
			v := field(&q)
			*v *= mul
			o, d := tuneObjective(t, q)
			t.Logf("%s x%.2f -> %.4f %s", f, mul, o, d)
			if o > base+tuneSlack {
				t.Errorf("%s = %g (x%.2f) gives %.4f, better than the defaults' %.4f by more than %g: %s", f, *v, mul, o, base, tuneSlack, d)
			}
		}
	}
}

// paramFields names the tunable parameters.
var paramFields = map[string]func(*params) *float64{
	"skip":       func(p *params) *float64 { return &p.skip },
	"merge":      func(p *params) *float64 { return &p.merge },
	"merge22":    func(p *params) *float64 { return &p.merge22 },
	"merge3":     func(p *params) *float64 { return &p.merge3 },
	"softJoin":   func(p *params) *float64 { return &p.softJoin },
	"length":     func(p *params) *float64 { return &p.length },
	"lex":        func(p *params) *float64 { return &p.lex },
	"lexZero":    func(p *params) *float64 { return &p.lexZero },
	"lexCap":     func(p *params) *float64 { return &p.lexCap },
	"kScale":     func(p *params) *float64 { return &p.kScale },
	"learnMin":   func(p *params) *float64 { return &p.learnMin },
	"lexLLR":     func(p *params) *float64 { return &p.lexLLR },
	"llrMax":     func(p *params) *float64 { return &p.llrMax },
	"temp":       func(p *params) *float64 { return &p.temp },
	"scoreTemp":  func(p *params) *float64 { return &p.scoreTemp },
	"splitPost":  func(p *params) *float64 { return &p.splitPost },
	"splitLex":   func(p *params) *float64 { return &p.splitLex },
	"sizeMax":    func(p *params) *float64 { return &p.sizeMax },
	"sizePow":    func(p *params) *float64 { return &p.sizePow },
	"learnIter":  func(p *params) *float64 { return &p.learnIter },
	"learnPairs": func(p *params) *float64 { return &p.learnPairs },
	"merge4":     func(p *params) *float64 { return &p.merge4 },
	"priorPairs": func(p *params) *float64 { return &p.priorPairs },
	"lenVar":     func(p *params) *float64 { return &p.lenVar },
	"lenSpread":  func(p *params) *float64 { return &p.lenSpread },
	"stray":      func(p *params) *float64 { return &p.stray },
	"split22":    func(p *params) *float64 { return &p.split22 },
}

// tuneSteps returns the factors TestTuned tries for each parameter
// (FEDELE_TUNE_STEPS, default "0.5 0.75 1.3 2").
func tuneSteps() []float64 {
	var out []float64
	for _, f := range strings.Fields(os.Getenv("FEDELE_TUNE_STEPS")) {
		var x float64
		fmt.Sscan(f, &x)
		out = append(out, x)
	}
	if len(out) == 0 {
		out = []float64{0.5, 0.75, 1.3, 2}
	}
	return out
}
