package format_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
)

// longPair is the bundled example repeated 100 times (5,000 source and
// 5,500 target sentences), each line of copy i starting "Section i:"
// ("Sezione i:") so that the copies differ, as scripts/large-report.sh
// builds it.
var longPair = sync.OnceValues(func() (*fedele.Report, error) {
	dir := filepath.Join("..", "testdata", "example")
	line := regexp.MustCompile(`(?m)^(\S)`)
	var texts [2]strings.Builder
	for k, name := range []string{"en.txt", "it.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		label := [2]string{"Section", "Sezione"}[k]
		for i := 1; i <= 100; i++ {
			texts[k].WriteString(line.ReplaceAllString(string(b), fmt.Sprintf("%s %d: $1", label, i)))
			texts[k].WriteString("\n")
		}
	}
	return fedele.Check(texts[0].String(), texts[1].String(),
		fedele.WithLanguages(language.English, language.Italian))
})

func benchmarkWriter(b *testing.B, write func(io.Writer, *fedele.Report, ...format.Option) error) {
	r, err := longPair()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(r.Source.Bytes + r.Target.Bytes))
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// The writers on a check of 5,000 source sentences; the rate is of the
// two texts' bytes.
func BenchmarkWriteHTML5k(b *testing.B)  { benchmarkWriter(b, format.WriteHTML) }
func BenchmarkWriteTMX5k(b *testing.B)   { benchmarkWriter(b, format.WriteTMX) }
func BenchmarkWriteXLIFF5k(b *testing.B) { benchmarkWriter(b, format.WriteXLIFF) }
func BenchmarkWriteTSV5k(b *testing.B)   { benchmarkWriter(b, format.WriteTSV) }
