package segment_test

import (
	"fmt"
	"strings"

	"github.com/fedele/fedele/segment"
	"golang.org/x/text/language"
)

func Example() {
	text := "Il Dott. Rossi è arrivato alle 9.30. «Dove sono tutti?» chiese.\n\n" +
		"Fonte: a16z\nTraduzione: M. Bianchi"
	for _, s := range segment.Split(text, language.Italian) {
		fmt.Printf("%d %d:%d %s\n", s.Para, s.Start, s.End, s.Text)
	}
	// Output:
	// 0 0:37 Il Dott. Rossi è arrivato alle 9.30.
	// 0 38:66 «Dove sono tutti?» chiese.
	// 1 68:79 Fonte: a16z
	// 1 80:102 Traduzione: M. Bianchi
}

func ExampleSegmenter_Split() {
	seg := segment.New(language.English)
	text := "I live in the U.S. How about you? At 5 a.m. Mr. Smith went to the bank."
	for _, s := range seg.Split(text) {
		fmt.Println(s.Text)
	}
	// Output:
	// I live in the U.S.
	// How about you?
	// At 5 a.m. Mr. Smith went to the bank.
}

func ExampleSegmenter_NewScanner() {
	seg := segment.New(language.Italian)
	sc := seg.NewScanner(strings.NewReader("Aspetta… Forse domani.\n\n— Dove vai? — chiese lei."))
	for sc.Scan() {
		s := sc.Sentence()
		fmt.Printf("%d %q\n", s.Para, s.Text)
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0 "Aspetta…"
	// 0 "Forse domani."
	// 1 "— Dove vai? — chiese lei."
}

func ExampleNew_fallback() {
	// German has no built-in rules: the plain UAX #29 rules apply.
	seg := segment.New(language.German)
	fmt.Println(seg.Language())
	for _, s := range seg.Split("Dr. Müller kommt. Er ist da.") {
		fmt.Println(s.Text)
	}
	// Output:
	// und
	// Dr.
	// Müller kommt.
	// Er ist da.
}

func ExampleSplitLines() {
	// One sentence a line, a blank line between paragraphs, any line ends.
	text := "\uFEFFIl Sig. Rossi è arrivato.\r\nPoi è partito.\r\n\r\n  Fine.  \rFonte: a16z"
	for _, s := range segment.SplitLines(text) {
		fmt.Printf("%d %d:%d %s\n", s.Para, s.Start, s.End, s.Text)
	}
	// Output:
	// 0 3:29 Il Sig. Rossi è arrivato.
	// 0 31:46 Poi è partito.
	// 1 52:57 Fine.
	// 1 60:71 Fonte: a16z
}
