package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTune searches the cost parameters by coordinate descent on the
// development sets. It runs only with FEDELE_TUNE=1 (minutes).
func TestTune(t *testing.T) {
	if os.Getenv("FEDELE_TUNE") == "" {
		t.Skip("set FEDELE_TUNE=1 to tune")
	}
	evalData(t)
	objective := func(p params) (float64, string) {
		tb := textBerg(t, withParams(p))
		pp := pud(t, true, withParams(p))
		pa := pudEval(t, pudPerturbed(t, pudPartialPlan), withParams(p))
		u := min(pp.scores.Unaligned.P, pp.scores.Unaligned.R)
		ua := min(pa.scores.Unaligned.P, pa.scores.Unaligned.R)
		obj := 2*tb.scores.Strict.F1 + pp.scores.Strict.F1 + u + pa.scores.Strict.F1 + ua -
			5*max(0, 0.985-pp.scores.Strict.F1) - 5*max(0, 0.95-u) - 5*max(0, 0.93-ua)
		return obj, fmt.Sprintf("tb %.3f/%.3f pud %.3f/%.3f/%.3f partial %.3f/%.3f/%.3f", tb.scores.Strict.F1, tb.scores.Unaligned.F1,
			pp.scores.Strict.F1, pp.scores.Unaligned.P, pp.scores.Unaligned.R, pa.scores.Strict.F1, pa.scores.Unaligned.P, pa.scores.Unaligned.R)
	}
	p := diagParams()
	best, desc := objective(p)
	t.Logf("start %.4f %s %+v", best, desc, p)
	fields := paramFields
	names := strings.Fields(os.Getenv("FEDELE_TUNE_FIELDS"))
	if len(names) == 0 {
		names = []string{"skip", "merge", "merge22", "merge3", "length", "lex", "lexZero", "lexCap", "kScale", "learnMin"}
	}
	for round := 0; round < 2; round++ {
		for _, f := range names {
			for _, mul := range tuneSteps() {
				q := p
				v := fields[f](&q)
				*v *= mul
				o, d := objective(q)
				if o > best+1e-4 {
					best, desc, p = o, d, q
					t.Logf("%s x%.2f -> %.4f %s", f, mul, best, desc)
				}
			}
		}
	}
	t.Logf("best %.4f %s %+v", best, desc, p)
}

// paramFields names the tunable parameters.
var paramFields = map[string]func(*params) *float64{
	"skip":       func(p *params) *float64 { return &p.skip },
	"merge":      func(p *params) *float64 { return &p.merge },
	"merge22":    func(p *params) *float64 { return &p.merge22 },
	"merge3":     func(p *params) *float64 { return &p.merge3 },
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
}

// TestSweep prints the figures for each value of one or more parameters:
// FEDELE_SWEEP="skip=1.5,2,2.5 merge=4,5" (one line a value, the others
// at their defaults; FEDELE_SET="a=1 b=2" changes the defaults first).
func TestSweep(t *testing.T) {
	spec := os.Getenv("FEDELE_SWEEP")
	if spec == "" {
		t.Skip("set FEDELE_SWEEP=name=v1,v2 to sweep a parameter")
	}
	evalData(t)
	base := defaultParams
	for _, kv := range strings.Fields(os.Getenv("FEDELE_SET")) {
		name, v, _ := strings.Cut(kv, "=")
		f, ok := paramFields[name]
		if !ok {
			t.Fatalf("unknown parameter %q", name)
		}
		fmt.Sscan(v, f(&base))
	}
	for _, kv := range strings.Fields(spec) {
		name, vs, _ := strings.Cut(kv, "=")
		f, ok := paramFields[name]
		if !ok {
			t.Fatalf("unknown parameter %q", name)
		}
		for _, v := range strings.Split(vs, ",") {
			p := base
			fmt.Sscan(v, f(&p))
			opts := []Option{withParams(p)}
			if os.Getenv("FEDELE_NO2") != "" {
				opts = append(opts, WithoutSecondLook())
			}
			tb := textBerg(t, opts...)
			cl := pud(t, false, opts...)
			pe := pud(t, true, opts...)
			pa := pudEval(t, pudPerturbed(t, pudPartialPlan), opts...)
			t.Logf("%s=%-6s TB F1 %.3f unP/R %.3f/%.3f ece %.3f | PUD F1 %.3f | PUD+p F1 %.3f unP/R %.3f/%.3f ece %.3f | part F1 %.3f unP/R %.3f/%.3f", name, v,
				tb.scores.Strict.F1, tb.scores.Unaligned.P, tb.scores.Unaligned.R, ece(tb, false), cl.scores.Strict.F1,
				pe.scores.Strict.F1, pe.scores.Unaligned.P, pe.scores.Unaligned.R, ece(pe, true),
				pa.scores.Strict.F1, pa.scores.Unaligned.P, pa.scores.Unaligned.R)
		}
	}
}

// tuneSteps returns the factors TestTune tries for each parameter
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
