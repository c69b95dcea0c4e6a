package extract_test

import (
	"fmt"
	"log"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/extract"
)

func ExampleHTML() {
	page := []byte("<html><head><title>News</title></head><body>\n<h1>Ferry &amp; port</h1>\n<p>The ferry   sailed. <em>It</em> was full.</p></body></html>")
	x, err := extract.HTML(page)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q\n", x.Text)
	// "It" in the text, and where it is in the page.
	i := 32
	fmt.Printf("%q at %d in the text is %q at %d in the page\n", x.Text[i:i+2], i, page[x.Start(i):x.End(i+2)], x.Start(i))
	// Output:
	// "Ferry & port\n\nThe ferry sailed. It was full.\n\n"
	// "It" at 32 in the text is "It" at 98 in the page
}

// A page checked against its translation: the report's positions are
// moved onto the page.
func ExampleRemap() {
	page := []byte("<html><body>\n<h1>The plant</h1>\n<p>It opens in <b>March</b>. It will employ 400 people.</p>\n</body></html>\n")
	src, err := extract.HTML(page)
	if err != nil {
		log.Fatal(err)
	}
	tgt := extract.Plain("L'impianto\n\nApre a marzo. Impiegherà 40 persone.\n")
	r, err := fedele.Check(src.Text, tgt.Text, fedele.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	r = extract.Remap(r, src, tgt)
	for _, p := range r.Alignment {
		for _, sp := range p.Source {
			fmt.Printf("%d:%d line %d: %q\n", sp.Start, sp.End, sp.Line, page[sp.Start:sp.End])
		}
	}
	// Output:
	// 17:26 line 2: "The plant"
	// 35:60 line 3: "It opens in <b>March</b>."
	// 61:87 line 3: "It will employ 400 people."
}
