package evalkit

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind names a perturbation.
type Kind string

// Perturbation kinds. The first five change the gold alignment; the last
// three keep the sentence pair aligned 1-1 but make its target say less
// or something else (partial omissions and changed facts).
const (
	DeleteTarget  Kind = "delete-target"  // target sentence removed: its source is an omission (1-0)
	DeleteSource  Kind = "delete-source"  // source sentence removed: its target is an addition (0-1)
	MergeTarget   Kind = "merge-target"   // two adjacent target sentences joined into one (2-1)
	SplitTarget   Kind = "split-target"   // one target sentence split at a comma (1-2)
	ReplaceTarget Kind = "replace-target" // target replaced by a sentence of another document: 1-0 and 0-1
	DropClause    Kind = "drop-clause"    // target loses its part after the first comma (stays 1-1)
	ChangeNumber  Kind = "change-number"  // a number of the target is changed (stays 1-1)
	Truncate      Kind = "truncate"       // target cut to its first half of words (stays 1-1)
)

// Plan says how many perturbations of each kind to apply to a document.
type Plan map[Kind]int

// MixedPlan is the mix of the evaluations of partial changes: deletions
// on both sides and a replacement, with a truncated sentence, a dropped
// clause and a changed number, which stay one-to-one pairs (the aligner's
// partial row and the findings table both use it).
var MixedPlan = Plan{
	DeleteTarget:  2,
	DeleteSource:  2,
	ReplaceTarget: 1,
	Truncate:      1,
	DropClause:    1,
	ChangeNumber:  1,
}

// Change records one applied perturbation in the coordinates of the
// perturbed document.
type Change struct {
	Kind     Kind
	Src, Tgt []int  // sentences involved in the perturbed document
	Before   string // the original target text (or source text for DeleteSource)
	After    string // the new target text, "" when removed
}

// unit is a gold bead with its sentences, while perturbing.
type unit struct {
	src, tgt []string
	touched  bool
	change   *Change
	added    string // a replacement target sentence that follows the unit as a 0-1 bead
}

// Perturb applies the plan to doc with a random source seeded by seed and
// returns the perturbed document (its Gold updated) and the changes made,
// in document order. Only 1-1 beads are perturbed, each at most once, and
// never two neighbours, so that every change keeps a clear truth.
// pool supplies replacement sentences (sentences of other documents);
// it may be nil when the plan has no ReplaceTarget. When doc has too few
// suitable beads, fewer changes are made than planned.
func Perturb(doc Doc, plan Plan, seed uint64, pool []string) (Doc, []Change) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	units := make([]*unit, len(doc.Gold))
	for i, b := range doc.Gold {
		u := &unit{}
		for _, s := range b.Src {
			u.src = append(u.src, doc.Src[s])
		}
		for _, t := range b.Tgt {
			u.tgt = append(u.tgt, doc.Tgt[t])
		}
		units[i] = u
	}
	free := func(i int) bool {
		if i < 0 || i >= len(units) {
			return false
		}
		u := units[i]
		if u.touched || len(u.src) != 1 || len(u.tgt) != 1 {
			return false
		}
		return (i == 0 || !units[i-1].touched) && (i+1 == len(units) || !units[i+1].touched)
	}
	// Apply kinds in a fixed order so the result does not depend on map order.
	kinds := []Kind{MergeTarget, SplitTarget, ReplaceTarget, DeleteTarget, DeleteSource, DropClause, ChangeNumber, Truncate}
	for _, k := range kinds {
		for n := 0; n < plan[k]; n++ {
			order := rng.Perm(len(units))
			for _, i := range order {
				if !free(i) {
					continue
				}
				if apply(k, units, i, rng, pool, free) {
					break
				}
			}
		}
	}
	// Flatten.
	out := Doc{Name: doc.Name}
	var changes []Change
	for _, u := range units {
		b := Bead{}
		for _, s := range u.src {
			b.Src = append(b.Src, len(out.Src))
			out.Src = append(out.Src, s)
		}
		for _, t := range u.tgt {
			b.Tgt = append(b.Tgt, len(out.Tgt))
			out.Tgt = append(out.Tgt, t)
		}
		if len(b.Src)+len(b.Tgt) > 0 {
			out.Gold = append(out.Gold, b)
		}
		if u.change != nil {
			c := *u.change
			c.Src, c.Tgt = b.Src, b.Tgt
			if u.added != "" {
				c.Tgt = []int{len(out.Tgt)}
				out.Gold = append(out.Gold, Bead{Tgt: c.Tgt})
				out.Tgt = append(out.Tgt, u.added)
			}
			changes = append(changes, c)
		}
	}
	return out, changes
}

func apply(k Kind, units []*unit, i int, rng *rand.Rand, pool []string, free func(int) bool) bool {
	u := units[i]
	t := u.tgt[0]
	switch k {
	case DeleteTarget:
		u.change = &Change{Kind: k, Before: t}
		u.tgt = nil
	case DeleteSource:
		u.change = &Change{Kind: k, Before: u.src[0], After: t}
		u.src = nil
	case MergeTarget:
		if !free(i+1) || (i+2 < len(units) && units[i+2].touched) {
			return false
		}
		v := units[i+1]
		u.change = &Change{Kind: k, Before: t + "\n" + v.tgt[0], After: t + " " + v.tgt[0]}
		u.src = append(u.src, v.src...)
		u.tgt = []string{u.change.After}
		v.src, v.tgt = nil, nil
		v.touched = true
	case SplitTarget:
		a, b, ok := splitAtComma(t)
		if !ok {
			return false
		}
		u.change = &Change{Kind: k, Before: t, After: a + "\n" + b}
		u.tgt = []string{a, b}
	case ReplaceTarget:
		if len(pool) == 0 {
			return false
		}
		r := pool[rng.IntN(len(pool))]
		if r == t {
			return false
		}
		u.change = &Change{Kind: k, Before: t, After: r}
		u.tgt = nil
		u.added = r
	case DropClause:
		j := strings.IndexByte(t, ',')
		if j < len(t)/4 || j < 0 {
			return false
		}
		u.change = &Change{Kind: k, Before: t, After: strings.TrimSpace(t[:j]) + "."}
		u.tgt = []string{u.change.After}
	case ChangeNumber:
		after, ok := changeNumber(t, rng)
		if !ok {
			return false
		}
		u.change = &Change{Kind: k, Before: t, After: after}
		u.tgt = []string{after}
	case Truncate:
		ws := strings.Fields(t)
		if len(ws) < 8 {
			return false
		}
		after := strings.Join(ws[:len(ws)/2], " ")
		u.change = &Change{Kind: k, Before: t, After: after}
		u.tgt = []string{after}
	default:
		return false
	}
	u.touched = true
	return true
}

// splitAtComma cuts a sentence at the comma nearest its middle (within
// the middle 60 %) into two sentences: the first ends with a full stop,
// the second starts with a capital letter.
func splitAtComma(t string) (string, string, bool) {
	best := -1
	for i := 0; i < len(t); i++ {
		if t[i] != ',' || i < len(t)/5 || i > len(t)*4/5 {
			continue
		}
		if best < 0 || abs(i-len(t)/2) < abs(best-len(t)/2) {
			best = i
		}
	}
	if best < 0 {
		return "", "", false
	}
	a := strings.TrimSpace(t[:best]) + "."
	b := strings.TrimSpace(t[best+1:])
	r, size := utf8.DecodeRuneInString(b)
	if size == 0 {
		return "", "", false
	}
	b = string(unicode.ToUpper(r)) + b[size:]
	return a, b, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// changeNumber replaces the first run of digits of t by a different
// number of the same length.
func changeNumber(t string, rng *rand.Rand) (string, bool) {
	i := strings.IndexFunc(t, unicode.IsDigit)
	if i < 0 || t[i] < '0' || t[i] > '9' {
		return "", false
	}
	j := i
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	old := t[i:j]
	b := []byte(old)
	for {
		p := rng.IntN(len(b))
		d := byte('0' + rng.IntN(10))
		if p == 0 && d == '0' && len(b) > 1 {
			continue
		}
		if d != b[p] {
			b[p] = d
			break
		}
	}
	return t[:i] + string(b) + t[j:], true
}
