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
		u := min(pp.scores.Unaligned.P, pp.scores.Unaligned.R)
		obj := 2*tb.scores.Strict.F1 + pp.scores.Strict.F1 + u -
			5*max(0, 0.985-pp.scores.Strict.F1) - 5*max(0, 0.95-u)
		return obj, fmt.Sprintf("tb %.3f/%.3f pud %.3f/%.3f", tb.scores.Strict.F1, tb.scores.Unaligned.F1, pp.scores.Strict.F1, pp.scores.Unaligned.F1)
	}
	p := defaultParams
	best, desc := objective(p)
	t.Logf("start %.4f %s %+v", best, desc, p)
	fields := map[string]func(*params) *float64{
		"skip":      func(p *params) *float64 { return &p.skip },
		"merge":     func(p *params) *float64 { return &p.merge },
		"merge22":   func(p *params) *float64 { return &p.merge22 },
		"merge3":    func(p *params) *float64 { return &p.merge3 },
		"length":    func(p *params) *float64 { return &p.length },
		"lex":       func(p *params) *float64 { return &p.lex },
		"lexZero":   func(p *params) *float64 { return &p.lexZero },
		"lexCap":    func(p *params) *float64 { return &p.lexCap },
		"kScale":    func(p *params) *float64 { return &p.kScale },
		"learnMin":  func(p *params) *float64 { return &p.learnMin },
		"lexLLR":    func(p *params) *float64 { return &p.lexLLR },
		"llrMax":    func(p *params) *float64 { return &p.llrMax },
		"temp":      func(p *params) *float64 { return &p.temp },
		"splitCov":  func(p *params) *float64 { return &p.splitCov },
		"splitGain": func(p *params) *float64 { return &p.splitGain },
	}
	names := strings.Fields(os.Getenv("FEDELE_TUNE_FIELDS"))
	if len(names) == 0 {
		names = []string{"skip", "merge", "merge22", "merge3", "length", "lex", "lexZero", "lexCap", "kScale", "learnMin"}
	}
	for round := 0; round < 2; round++ {
		for _, f := range names {
			for _, mul := range []float64{0.5, 0.75, 1.3, 2} {
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
