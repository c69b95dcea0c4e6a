package normalize

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/evalkit"
)

// readPUD returns the sentences of a PUD file (sent_id<TAB>text).
func readPUD(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if id, text, ok := strings.Cut(sc.Text(), "\t"); ok && id != "sent_id" {
			out = append(out, text)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestEvalPUD runs String, Fold and Balance over the 1000 Italian and 1000
// English sentences of UD PUD: it checks every invariant on real text and
// logs what changed and how many sentences Balance flags (a measure of its
// false alarms: the sentences are edited text).
func TestEvalPUD(t *testing.T) {
	dir := evalkit.DirOrSkip(t)
	for _, side := range []struct {
		file string
		tag  language.Tag
	}{{"pud_it.tsv", language.Italian}, {"pud_en.tsv", language.English}} {
		sents := readPUD(t, filepath.Join(dir, "ud-pud", side.file))
		counts := map[Kind]int{}
		flagged := 0
		var examples []string
		for _, s := range sents {
			res := checkString(t, s, side.tag, RecordChanges())
			for _, c := range res.Changes {
				counts[c.Kind]++
			}
			k, m := Fold(s)
			checkMap(t, s, k, m)
			if again := (Folder{}).Key(k); again != k {
				t.Fatalf("Fold not idempotent on %q", s)
			}
			if im := Balance(s); len(im) > 0 {
				flagged++
				if len(examples) < 5 {
					examples = append(examples, im[0].String()+" in "+s)
				}
			}
		}
		var sb strings.Builder
		for k := Kind(1); k < numKinds; k++ {
			if counts[k] > 0 {
				sb.WriteString(" " + k.String() + "=" + itoa(counts[k]))
			}
		}
		t.Logf("%s: %d sentences; changes:%s; Balance flags %d sentences", side.file, len(sents), sb.String(), flagged)
		for _, e := range examples {
			t.Logf("  %s", e)
		}
	}
}
