package segment

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/golden"
)

// goldenDocs are the documents of testdata and the language to split them
// with. Their sentences are kept in NAME.golden.
var goldenDocs = []struct {
	name string
	tag  language.Tag
}{
	{"intervista_it.txt", language.Italian},
	{"feature_en.txt", language.English},
}

// formatSentences writes one sentence a line: paragraph, byte span and
// the quoted text.
func formatSentences(header string, ss []Sentence) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n# para start:end text\n", header)
	for _, s := range ss {
		fmt.Fprintf(&b, "%d %d:%d %s\n", s.Para, s.Start, s.End, strconv.Quote(s.Text))
	}
	return b.String()
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestGoldenDocuments compares the sentences of the documents in testdata
// with their golden files; go test -update rewrites them.
func TestGoldenDocuments(t *testing.T) {
	for _, doc := range goldenDocs {
		t.Run(doc.name, func(t *testing.T) {
			text := readTestdata(t, doc.name)
			got := New(doc.tag).Split(text)
			checkSentences(t, text, got)
			out := formatSentences(fmt.Sprintf("%s split by segment.New(%v)", doc.name, doc.tag), got)
			golden.Check(t, filepath.Join("testdata", strings.TrimSuffix(doc.name, ".txt")+".golden"), []byte(out))
		})
	}
}

// TestLineEndsDoNotMatter splits the golden documents with CR LF and CR
// line ends: the sentences are the same, line ends aside.
func TestLineEndsDoNotMatter(t *testing.T) {
	for _, doc := range goldenDocs {
		text := readTestdata(t, doc.name)
		want := texts(New(doc.tag).Split(text))
		for _, nl := range []string{"\r\n", "\r"} {
			conv := strings.ReplaceAll(text, "\n", nl)
			got := New(doc.tag).Split(conv)
			checkSentences(t, conv, got)
			gotTexts := texts(got)
			for i := range gotTexts {
				gotTexts[i] = strings.ReplaceAll(gotTexts[i], nl, "\n")
			}
			if diff := cmp.Diff(want, gotTexts); diff != "" {
				t.Errorf("%s with %q line ends (-LF +%q):\n%s", doc.name, nl, nl, diff)
			}
		}
	}
}
