package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/hostile"
)

// corpus returns a realistic text of about 4 MB: the testdata documents,
// Italian and English, repeated.
var corpus = sync.OnceValues(func() (string, error) {
	var docs []string
	for _, name := range []string{"it_news.txt", "en_news.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			return "", err
		}
		docs = append(docs, string(b))
	}
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		for _, d := range docs {
			sb.WriteString(d)
			sb.WriteString("\n")
		}
	}
	return sb.String(), nil
})

func benchText(b *testing.B) string {
	s, err := corpus()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkFold folds the whole corpus and builds its map.
func BenchmarkFold(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}

// BenchmarkFoldAppend folds the whole corpus into a reused buffer, no map.
func BenchmarkFoldAppend(b *testing.B) {
	s := benchText(b)
	buf := make([]byte, 0, len(s)+1024)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		buf = (Folder{}).AppendFold(buf[:0], s)
	}
}

// BenchmarkFoldWords folds the corpus word by word, as an aligner does.
func BenchmarkFoldWords(b *testing.B) {
	s := benchText(b)
	words := strings.Fields(s)
	f := NewFolder()
	buf := make([]byte, 0, 256)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			buf = f.AppendFold(buf[:0], w)
		}
	}
}

// BenchmarkFoldWordsStripAccents is BenchmarkFoldWords without accents.
func BenchmarkFoldWordsStripAccents(b *testing.B) {
	s := benchText(b)
	words := strings.Fields(s)
	f := NewFolder(StripAccents())
	buf := make([]byte, 0, 256)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			buf = f.AppendFold(buf[:0], w)
		}
	}
}

// BenchmarkString normalizes the corpus as Italian, with its map.
func BenchmarkString(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s, language.Italian)
	}
}

// BenchmarkStringRecord is BenchmarkString with the list of changes.
func BenchmarkStringRecord(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s, language.Italian, RecordChanges())
	}
}

// BenchmarkStringNormalized normalizes text that is already normalized:
// the cost of checking.
func BenchmarkStringNormalized(b *testing.B) {
	s := String(benchText(b), language.Italian).Text
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		String(s, language.Italian)
	}
}

// The sizes of the benchmarks of hostile input.
var hostileSizes = []struct {
	name string
	n    int
}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

// benchmarkHostile runs f on every hostile shape at three sizes; the
// time per byte (MB/s) must not fall as the size grows:
//
//	go test ./normalize -run '^$' -bench Hostile -benchmem -cpu 1
func benchmarkHostile(b *testing.B, f func(string)) {
	for _, sh := range hostile.Shapes {
		for _, size := range hostileSizes {
			s := sh.Make(size.n)
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					f(s)
				}
			})
		}
	}
}

// BenchmarkStringHostile normalizes each hostile shape as Italian.
func BenchmarkStringHostile(b *testing.B) {
	benchmarkHostile(b, func(s string) { String(s, language.Italian) })
}

// BenchmarkFoldHostile folds each hostile shape, with its map.
func BenchmarkFoldHostile(b *testing.B) {
	benchmarkHostile(b, func(s string) { Fold(s) })
}
