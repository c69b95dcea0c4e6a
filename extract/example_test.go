package extract_test

import (
	"fmt"
	"log"

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
