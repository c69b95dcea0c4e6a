package format_test

import (
	"fmt"
	"log"
	"strings"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/format"
)

// A check's report as an HTML page: one file, to open in a browser.
func ExampleWriteHTML() {
	r, err := fedele.Check("The plant opens in March. It will employ 400 people.",
		"L'impianto apre a marzo. Impiegherà 40 persone.",
		fedele.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	var page strings.Builder
	if err := format.WriteHTML(&page, r); err != nil {
		log.Fatal(err)
	}
	fmt.Println(strings.Contains(page.String(), `Content-Security-Policy" content="default-src`))
	fmt.Println(strings.Contains(page.String(), `number-mismatch`))
	// Output:
	// true
	// true
}

// The alignment of a check as tab-separated lines, as hunalign writes
// them: score, source, target.
func ExampleWriteTSV() {
	r, err := fedele.Check("The plant opens in March. It will employ 400 people.",
		"L'impianto apre a marzo. Impiegherà 400 persone.",
		fedele.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	// Only the columns of text: the scores depend on the aligner's model.
	var b strings.Builder
	if err := format.WriteTSV(&b, r); err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		_, texts, _ := strings.Cut(line, "\t")
		fmt.Println(texts)
	}
	// Output:
	// The plant opens in March.	L'impianto apre a marzo.
	// It will employ 400 people.	Impiegherà 400 persone.
}

// A sentence alignment alone, without a check, written as TMX for a
// translation memory.
func ExampleAlignmentReport() {
	ta, err := align.AlignText("The plant opens in March. It will employ 400 people.",
		"L'impianto apre a marzo. Impiegherà 400 persone.",
		align.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	r := format.AlignmentReport(
		format.Text{Name: "en.txt", Lang: "en", Sentences: ta.Src},
		format.Text{Name: "it.txt", Lang: "it", Sentences: ta.Tgt},
		ta.Beads)
	fmt.Println(len(r.Alignment), "beads, coverage", r.Summary.SentenceCoverage)
	var b strings.Builder
	if err := format.WriteTMX(&b, r, format.Tool("example", "1.0"), format.MinScore(0.5)); err != nil {
		log.Fatal(err)
	}
	// The translation units' texts (the scores depend on the aligner's
	// model).
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, "<seg>") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// 2 beads, coverage 1
	// <seg>The plant opens in March.</seg>
	// <seg>L&#39;impianto apre a marzo.</seg>
	// <seg>It will employ 400 people.</seg>
	// <seg>Impiegherà 400 persone.</seg>
}

// A check's report as XLIFF 2.0: the findings become notes of their
// units.
func ExampleWriteXLIFF() {
	r, err := fedele.Check("The plant opens in March. It will employ 400 people.",
		"L'impianto apre a marzo. Impiegherà 40 persone.",
		fedele.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if err := format.WriteXLIFF(&b, r); err != nil {
		log.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, `category="number-mismatch"`) {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// <note id="n2" category="number-mismatch" priority="1">error: The numbers differ: «400» in the source, «40» in the translation.</note>
}
