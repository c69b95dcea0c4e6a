package align

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/golden"
)

// langs maps the file extensions of testdata/golden to language codes.
var goldenPairs = []struct{ name, src, tgt string }{
	{"01-interview", "en", "it"},
	{"02-report", "en", "it"},
	{"03-bergbericht", "de", "fr"},
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

func testDictionary(t *testing.T) *Dictionary {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "en_it_small.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadDictionary(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// render prints beads one a line in vecalign format with the confidence,
// followed by the strongest evidence.
func render(beads []Bead, src, tgt []string) string {
	var sb strings.Builder
	for _, b := range beads {
		fmt.Fprintf(&sb, "%s:%s:%.2f", fmtList(b.Src), fmtList(b.Tgt), b.Score)
		for k, m := range b.Evidence.Matches {
			if k == 4 {
				break
			}
			fmt.Fprintf(&sb, "  %s %q=%q", m.Kind, src[m.Src.Sent][m.Src.Start:m.Src.End], tgt[m.Tgt.Sent][m.Tgt.Start:m.Tgt.End])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func fmtList(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func TestGolden(t *testing.T) {
	dict := testDictionary(t)
	for _, p := range goldenPairs {
		t.Run(p.name, func(t *testing.T) {
			dir := filepath.Join("testdata", "golden")
			src := readLines(t, filepath.Join(dir, p.name+"."+p.src))
			tgt := readLines(t, filepath.Join(dir, p.name+"."+p.tgt))
			beads := Align(src, tgt, langs(p.src, p.tgt), WithDictionary(dict))
			checkBeads(t, beads, len(src), len(tgt))
			got := render(beads, src, tgt)
			golden.Check(t, filepath.Join(dir, p.name+".golden"), []byte(got))
		})
	}
}

// checkBeads asserts the invariants of an alignment: every sentence in
// exactly one bead, beads in order, scores in [0, 1].
func checkBeads(t testing.TB, beads []Bead, n, m int) {
	t.Helper()
	ns, nt := 0, 0
	for _, b := range beads {
		if len(b.Src) == 0 && len(b.Tgt) == 0 {
			t.Fatalf("empty bead")
		}
		for _, s := range b.Src {
			if s != ns {
				t.Fatalf("source sentence %d where %d expected (beads %v)", s, ns, beads)
			}
			ns++
		}
		for _, x := range b.Tgt {
			if x != nt {
				t.Fatalf("target sentence %d where %d expected", x, nt)
			}
			nt++
		}
		if !(b.Score >= 0 && b.Score <= 1) {
			t.Fatalf("score %v out of [0, 1]", b.Score)
		}
	}
	if ns != n || nt != m {
		t.Fatalf("beads cover %d/%d sentences of %d/%d", ns, nt, n, m)
	}
}
