package fedele

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// The findings evaluation: UD PUD Italian-English sentence pairs built
// into documents of about 50 sentences, perturbed with a fixed seed in
// ways whose truth is known, and checked. Each kind of perturbation must
// come back as the finding that reports it:
//
//	delete-target   omission          on the source sentence
//	delete-source   addition          on the target sentence
//	replace-target  paraphrase graded unrelated, on both sentences
//	truncate        partial-omission  on the pair
//	drop-clause     partial-omission  on the pair
//	change-number   number-mismatch   on the pair
//
// Run with -v to see the table.

const evalDocs = 20

// evalSeeds are the fixed seeds of the perturbations: each perturbs the
// 20 documents anew, and the table adds them up.
var evalSeeds = []uint64{20261128, 7, 99, 12345, 31337}

// evalPlan is the perturbation of each document.
var evalPlan = evalkit.MixedPlan

// evalFloors are the precision and recall the issue asks for. The
// recall of partial omissions is asked of truncated sentences; that of
// dropped clauses, a harder case (the clause may be short), is reported
// with its own floor.
var evalFloors = map[string]float64{
	"omission":        0.95,
	"addition":        0.95,
	"number-mismatch": 0.95,
	"unrelated":       0.90,
	"partial":         0.90,
}

// evalCleanCeiling is the most findings of each class allowed on the
// clean documents (they have none to find; one each was found when the
// ceiling was set).
const evalCleanCeiling = 2

// dropClauseFloor is the recall asked of dropped clauses.
const dropClauseFloor = 0.65

// sentenceAt maps a byte offset of a text joined with "\n" to its line.
func sentenceAt(lines []string, off int) int {
	pos := 0
	for i, l := range lines {
		if off < pos+len(l)+1 {
			return i
		}
		pos += len(l) + 1
	}
	return len(lines) - 1
}

// evalKey names what a finding or a perturbation is about: a class and
// the sentences.
type evalKey struct {
	class    string
	src, tgt int // sentence indices, -1 for none
}

func findingKeys(r *Report, src, tgt []string) []evalKey {
	var keys []evalKey
	for _, f := range r.Findings {
		var class string
		switch {
		case f.Kind == Omission:
			class = "omission"
		case f.Kind == Addition:
			class = "addition"
		case f.Kind == NumberMismatch:
			class = "number-mismatch"
		case f.Kind == Paraphrase && f.Evidence.Grade == GradeUnrelated:
			class = "unrelated"
		case f.Kind == PartialOmission && (len(f.Evidence.SourceItems) == 0):
			class = "partial"
		default:
			continue
		}
		s, t := -1, -1
		if len(f.Source) > 0 {
			s = sentenceAt(src, f.Source[0].Start)
		}
		if len(f.Target) > 0 {
			t = sentenceAt(tgt, f.Target[0].Start)
		}
		keys = append(keys, evalKey{class, s, t})
	}
	return keys
}

func truthKeys(changes []evalkit.Change) []evalKey {
	var keys []evalKey
	first := func(x []int) int {
		if len(x) == 0 {
			return -1
		}
		return x[0]
	}
	for _, c := range changes {
		k := evalKey{src: first(c.Src), tgt: first(c.Tgt)}
		switch c.Kind {
		case evalkit.DeleteTarget:
			k.class, k.tgt = "omission", -1
		case evalkit.DeleteSource:
			k.class, k.src = "addition", -1
		case evalkit.ReplaceTarget:
			k.class = "unrelated"
		case evalkit.Truncate, evalkit.DropClause:
			k.class = "partial"
		case evalkit.ChangeNumber:
			k.class = "number-mismatch"
		default:
			continue
		}
		keys = append(keys, k)
	}
	return keys
}

// same reports whether a found key reports a true one: the same class,
// and the same sentence on every side the truth names.
func (k evalKey) same(t evalKey) bool {
	return k.class == t.class && (t.src < 0 || k.src == t.src) && (t.tgt < 0 || k.tgt == t.tgt)
}

type evalCount struct{ tp, fp, fn int }

// prf is precision and recall; NaN when there is nothing to measure.
func (c evalCount) prf() (p, r float64) {
	p, r = math.NaN(), math.NaN()
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	return p, r
}

// evalResult is what the evaluation counts.
type evalResult struct {
	perturbed map[string]*evalCount // by finding class, over the perturbed documents
	clean     map[string]int        // findings by class on the clean documents
	byKind    map[evalkit.Kind]*evalCount
	misses    []string
}

// evalFindings checks the clean documents, and the documents perturbed
// with each seed, and counts the findings against the truth.
func evalFindings(t testing.TB, opts ...Option) evalResult {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	docs := evalkit.PUDDocuments(pairs, evalDocs)
	res := evalResult{perturbed: map[string]*evalCount{}, clean: map[string]int{}, byKind: map[evalkit.Kind]*evalCount{}}
	for class := range evalFloors {
		res.perturbed[class] = &evalCount{}
	}
	opts = append([]Option{Presegmented()}, opts...)
	for _, doc := range docs {
		r, err := Check(strings.Join(doc.Src, "\n"), strings.Join(doc.Tgt, "\n"), opts...)
		if err != nil {
			t.Fatalf("%s clean: %v", doc.Name, err)
		}
		if r.Mode != ModeTranslation {
			t.Errorf("%s clean: auto chose %s: %s", doc.Name, r.Mode, r.ModeReason)
		}
		for _, k := range findingKeys(r, doc.Src, doc.Tgt) {
			res.clean[k.class]++
		}
	}
	for _, seed := range evalSeeds {
		for di, doc := range docs {
			// The pool of replacements: target sentences of other documents.
			var pool []string
			for dj, other := range docs {
				if dj != di {
					pool = append(pool, other.Tgt...)
				}
			}
			pd, changes := evalkit.Perturb(doc, evalPlan, seed+uint64(di), pool)
			r, err := Check(strings.Join(pd.Src, "\n"), strings.Join(pd.Tgt, "\n"), opts...)
			if err != nil {
				t.Fatalf("%s perturbed: %v", doc.Name, err)
			}
			if r.Mode != ModeTranslation {
				t.Errorf("seed %d %s perturbed: auto chose %s: %s", seed, doc.Name, r.Mode, r.ModeReason)
			}
			res.add(fmt.Sprintf("seed %d %s", seed, doc.Name), pd, changes, findingKeys(r, pd.Src, pd.Tgt))
		}
	}
	return res
}

// add counts the findings of one perturbed document against its truth.
func (res *evalResult) add(name string, pd evalkit.Doc, changes []evalkit.Change, found []evalKey) {
	truth := truthKeys(changes)
	used := make([]bool, len(found))
	for ci, tk := range truth {
		kind := changes[ci].Kind
		if res.byKind[kind] == nil {
			res.byKind[kind] = &evalCount{}
		}
		hit := false
		for i, fk := range found {
			if !used[i] && fk.same(tk) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			res.perturbed[tk.class].tp++
			res.byKind[kind].tp++
			continue
		}
		res.perturbed[tk.class].fn++
		res.byKind[kind].fn++
		res.misses = append(res.misses, fmt.Sprintf("%s: missed %s (%s) src %d tgt %d: %.80q -> %.80q",
			name, tk.class, kind, tk.src, tk.tgt, changes[ci].Before, changes[ci].After))
	}
	for i, fk := range found {
		if used[i] {
			continue
		}
		res.perturbed[fk.class].fp++
		s, tt := "", ""
		if fk.src >= 0 {
			s = pd.Src[fk.src]
		}
		if fk.tgt >= 0 {
			tt = pd.Tgt[fk.tgt]
		}
		res.misses = append(res.misses, fmt.Sprintf("%s: false %s src %d tgt %d: %.80q | %.80q", name, fk.class, fk.src, fk.tgt, s, tt))
	}
}

func TestEvalFindingsPUD(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation skipped in short mode")
	}
	res := evalFindings(t)
	classes := make([]string, 0, len(res.perturbed))
	for c := range res.perturbed {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var b strings.Builder
	fmt.Fprintf(&b, "UD PUD it-en, %d documents, perturbed with seeds %v\n", evalDocs, evalSeeds)
	fmt.Fprintf(&b, "%-16s %5s %5s %5s %9s %7s %14s\n", "finding", "true", "found", "right", "precision", "recall", "clean-doc FPs")
	for _, c := range classes {
		n := res.perturbed[c]
		p, r := n.prf()
		fmt.Fprintf(&b, "%-16s %5d %5d %5d %9.3f %7.3f %14d\n", c, n.tp+n.fn, n.tp+n.fp, n.tp, p, r, res.clean[c])
		if res.clean[c] > evalCleanCeiling {
			t.Errorf("%s: %d findings on the %d clean documents, more than %d", c, res.clean[c], evalDocs, evalCleanCeiling)
		}
		if !(p >= evalFloors[c]) || c != "partial" && !(r >= evalFloors[c]) {
			t.Errorf("%s: precision %.3f recall %.3f, floor %.2f", c, p, r, evalFloors[c])
		}
	}
	fmt.Fprintf(&b, "\nrecall by perturbation\n")
	kinds := make([]string, 0, len(res.byKind))
	for k := range res.byKind {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		n := res.byKind[evalkit.Kind(k)]
		_, r := n.prf()
		fmt.Fprintf(&b, "%-16s %5d found of %5d  %.3f\n", k, n.tp, n.tp+n.fn, r)
	}
	if _, r := res.byKind[evalkit.Truncate].prf(); !(r >= evalFloors["partial"]) {
		t.Errorf("truncated sentences: recall %.3f, floor %.2f", r, evalFloors["partial"])
	}
	if _, r := res.byKind[evalkit.DropClause].prf(); !(r >= dropClauseFloor) {
		t.Errorf("dropped clauses: recall %.3f, floor %.2f", r, dropClauseFloor)
	}
	t.Log("\n" + b.String())
	if t.Failed() || testing.Verbose() {
		for _, m := range res.misses {
			t.Log(m)
		}
	}
}

// TestEvalFreeFindings checks the UD PUD documents with 80 sentences
// rendered freely (testdata/free): a free rendering is a loose pair, not
// an omission beside an addition. It prints what each rendering is
// reported as, by kind of rendering.
func TestEvalFreeFindings(t *testing.T) {
	pairs, err := evalkit.PUD(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	free, err := evalkit.LoadFree()
	if err != nil {
		t.Fatal(err)
	}
	docs, ids := evalkit.PUDDocumentIDs(pairs, evalDocs)
	reported := map[string]map[string]int{} // kind of rendering -> what it is reported as
	split := 0
	for k, d := range docs {
		fd, changes := evalkit.FreeRender(d, ids[k], free)
		r, err := Check(strings.Join(fd.Src, "\n"), strings.Join(fd.Tgt, "\n"), Presegmented())
		if err != nil {
			t.Fatal(err)
		}
		keys := findingKeys(r, fd.Src, fd.Tgt)
		for _, c := range changes {
			kind := free[ids[k][c.Src[0]]].Kind
			if reported[kind] == nil {
				reported[kind] = map[string]int{}
			}
			as := "nothing"
			omitted, added := false, false
			for _, key := range keys {
				switch {
				case key.class == "omission" && key.src == c.Src[0]:
					omitted = true
				case key.class == "addition" && key.tgt == c.Tgt[0]:
					added = true
				case key.src == c.Src[0] && key.tgt == c.Tgt[0]:
					as = key.class
				}
			}
			if omitted || added {
				as = "omission+addition"
				split++
			}
			reported[kind][as]++
		}
	}
	var b strings.Builder
	for _, kind := range evalkit.FreeKinds() {
		fmt.Fprintf(&b, "%-14s %v\n", kind, reported[kind])
	}
	t.Logf("free renderings reported as:\n%s", b.String())
	if split > 4 {
		t.Errorf("%d of %d free renderings reported as an omission and an addition, more than 4", split, len(free))
	}
}
