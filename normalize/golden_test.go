package normalize

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/golden"
)

// goldenDocs are the realistic documents in testdata and their languages.
var goldenDocs = []struct {
	name string
	tag  language.Tag
}{
	{"it_news", language.Italian},
	{"en_news", language.English},
}

// TestGolden normalizes the documents in testdata and compares the text,
// the list of changes, the comparison keys and the quote balance of each
// line with the golden files. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	for _, doc := range goldenDocs {
		t.Run(doc.name, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("testdata", doc.name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			res := checkString(t, string(in), doc.tag, RecordChanges())
			var changes strings.Builder
			counts := map[Kind]int{}
			for _, c := range res.Changes {
				counts[c.Kind]++
				fmt.Fprintf(&changes, "%d:%d\t%s\t%s\t%q\t%q\n", c.In.Start, c.In.End, c.Kind, c.Rule, c.Original, c.Replacement)
			}
			fmt.Fprintf(&changes, "# map: %d segments for %d input and %d output bytes\n", res.Map.Len(), len(in), len(res.Text))
			fmt.Fprintf(&changes, "# %d changes:", len(res.Changes))
			for k := Kind(1); k < numKinds; k++ {
				if counts[k] > 0 {
					fmt.Fprintf(&changes, " %s %d", k, counts[k])
				}
			}
			changes.WriteString("\n")
			var keys strings.Builder
			for line := range strings.Lines(res.Text) {
				k, m := Fold(line)
				checkMap(t, line, k, m)
				keys.WriteString(k)
				keys.WriteString("\n")
			}
			var balance strings.Builder
			for n, line := range strings.Split(string(in), "\n") {
				for _, im := range Balance(line) {
					fmt.Fprintf(&balance, "line %d: %s\n", n+1, im)
				}
			}
			compareGolden(t, doc.name+".golden.txt", res.Text)
			compareGolden(t, doc.name+".changes.golden", changes.String())
			compareGolden(t, doc.name+".fold.golden", keys.String())
			compareGolden(t, doc.name+".balance.golden", balance.String())
		})
	}
}

func compareGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), []byte(got))
}
