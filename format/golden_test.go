package format_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
	"github.com/fedele/fedele/internal/golden"
)

// exampleReport checks the bundled example pair once for all the tests.
var exampleReport = sync.OnceValues(func() (*fedele.Report, error) {
	dir := filepath.Join("..", "testdata", "example")
	src, err := os.ReadFile(filepath.Join(dir, "en.txt"))
	if err != nil {
		return nil, err
	}
	tgt, err := os.ReadFile(filepath.Join(dir, "it.txt"))
	if err != nil {
		return nil, err
	}
	return fedele.Check(string(src), string(tgt),
		fedele.WithLanguages(language.English, language.Italian),
		fedele.WithNames("en.txt", "it.txt"))
})

// reorganizedReport checks testdata/reorganized/it.txt, an article
// written from the bundled example's source, in reorganized mode.
var reorganizedReport = sync.OnceValues(func() (*fedele.Report, error) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "example", "en.txt"))
	if err != nil {
		return nil, err
	}
	tgt, err := os.ReadFile(filepath.Join("testdata", "reorganized", "it.txt"))
	if err != nil {
		return nil, err
	}
	return fedele.Check(string(src), string(tgt),
		fedele.WithLanguages(language.English, language.Italian),
		fedele.WithNames("en.txt", "it.txt"),
		fedele.WithMode(fedele.ModeReorganized))
})

func reorganized(t testing.TB) *fedele.Report {
	t.Helper()
	r, err := reorganizedReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func example(t testing.TB) *fedele.Report {
	t.Helper()
	r, err := exampleReport()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// testTool fixes the tool version written in the files, which would
// otherwise follow the build.
var testTool = format.Tool("fedele", "test")

// TestGolden renders the bundled example with every writer and compares
// the files with testdata/golden (go test ./format -run Golden -update
// rewrites them).
func TestGolden(t *testing.T) {
	r := example(t)
	re := reorganized(t)
	writers := []struct {
		file  string
		write func(*bytes.Buffer) error
	}{
		{"example.html", func(b *bytes.Buffer) error { return format.WriteHTML(b, r, testTool) }},
		{"reorganized.html", func(b *bytes.Buffer) error { return format.WriteHTML(b, re, testTool) }},
		{"reorganized.xlf", func(b *bytes.Buffer) error { return format.WriteXLIFF(b, re, testTool) }},
		{"example.tmx", func(b *bytes.Buffer) error { return format.WriteTMX(b, r, testTool) }},
		{"example-min.tmx", func(b *bytes.Buffer) error { return format.WriteTMX(b, r, testTool, format.MinScore(0.9)) }},
		{"example.xlf", func(b *bytes.Buffer) error { return format.WriteXLIFF(b, r, testTool) }},
		{"example.tsv", func(b *bytes.Buffer) error { return format.WriteTSV(b, r, testTool) }},
	}
	for _, w := range writers {
		t.Run(w.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := w.write(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", w.file), b.Bytes())
		})
	}
}
