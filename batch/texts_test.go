package batch

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/fedele/fedele"
)

// TestCheckerTexts checks that Texts gives the texts of a pair, from
// files or inline, and for a pair whose texts cannot be checked the
// error of its record.
func TestCheckerTexts(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
		return path
	}
	en, it := write("a.en", "The minister resigned.\n"), write("a.it", "Il ministro si è dimesso.\n")
	latin1, empty := write("b.it", "Il ministro si \xe8 dimesso.\n"), write("c.it", " \n\u200b\n")
	var c Checker
	good := []Pair{
		{ID: "files", Source: en, Target: it},
		{ID: "inline", SourceText: "The minister resigned.\n", TargetText: "Il ministro si è dimesso.\n"},
		{ID: "mixed", Source: en, TargetText: "Il ministro si è dimesso.\n"},
	}
	for _, p := range good {
		src, tgt, err := c.Texts(p)
		if err != nil || src != "The minister resigned.\n" || tgt != "Il ministro si è dimesso.\n" {
			t.Errorf("%s: %q, %q, %v", p.ID, src, tgt, err)
		}
	}
	bad := []Pair{
		{ID: "missing", Source: en, Target: filepath.Join(dir, "none.it")},
		{ID: "latin1", Source: en, Target: latin1},
		{ID: "empty file", Source: en, Target: empty},
		{ID: "empty inline", SourceText: "\n\n", TargetText: "Ciao."},
		{ID: "both", Source: en, SourceText: "Hi.", TargetText: "Ciao."},
	}
	for _, p := range bad {
		_, _, err := c.Texts(p)
		res := c.Check(p)
		if err == nil || res.Error == "" || err.Error() != res.Error {
			t.Errorf("%s: Texts says %v, the record %q", p.ID, err, res.Error)
		}
		if p.ID != "missing" && p.ID != "both" && !errors.Is(err, fedele.ErrInput) {
			t.Errorf("%s: %v does not wrap fedele.ErrInput", p.ID, err)
		}
	}
}
