package extract

import (
	"os"
	"strings"
	"testing"
)

// BenchmarkHTML extracts the text of the test page repeated to about
// 1 MB.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	body := string(page)
	doc := []byte(strings.Repeat(body, (1<<20)/len(body)+1))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := HTML(doc); err != nil {
			b.Fatal(err)
		}
	}
}
