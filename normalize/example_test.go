package normalize_test

import (
	"fmt"
	"strings"

	"github.com/fedele/fedele/normalize"
	"golang.org/x/text/language"
)

func ExampleString() {
	in := `E' stato "un po' difficile" - ammette - perche' l'AI...`
	res := normalize.String(in, language.Italian, normalize.RecordChanges())
	fmt.Println(res.Text)
	for _, c := range res.Changes {
		fmt.Printf("%s %q -> %q at %d\n", c.Kind, c.Original, c.Replacement, c.In.Start)
	}
	// Point back into the original: where did "perché" come from?
	i := strings.Index(res.Text, "perché")
	start, end := res.Map.Input(i, i+len("perché"))
	fmt.Printf("%q\n", in[start:end])
	// Output:
	// È stato «un po’ difficile» – ammette – perché l’AI…
	// accent "E'" -> "È" at 0
	// quote "\"" -> "«" at 9
	// apostrophe "'" -> "’" at 15
	// quote "\"" -> "»" at 26
	// dash "-" -> "–" at 28
	// dash "-" -> "–" at 38
	// accent "e'" -> "é" at 45
	// apostrophe "'" -> "’" at 49
	// ellipsis "..." -> "…" at 52
	// "perche'"
}

func ExampleString_english() {
	res := normalize.String(`"Don't," she said - "it's the '90s..."`, language.English)
	fmt.Println(res.Text)
	// Output:
	// “Don’t,” she said — “it’s the ’90s…”
}

func ExampleFold() {
	in := "«L’Energia»  NUCLEARE—perché…"
	key, m := normalize.Fold(in)
	fmt.Println(key)
	i := strings.Index(key, "l'energia")
	start, end := m.Input(i, i+len("l'energia"))
	fmt.Printf("%q\n", in[start:end])
	fmt.Println(normalize.NewFolder(normalize.StripAccents()).Key("Perché È così"))
	// Output:
	// "l'energia" nucleare-perché...
	// "L’Energia"
	// perche e cosi
}

func ExampleFolder_AppendFold() {
	f := normalize.NewFolder()
	var buf []byte
	for _, w := range []string{"Dell’AI", "dell'AI", "DELL´AI"} {
		buf = f.AppendFold(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// dell'ai
	// dell'ai
	// dell'ai
}

func ExampleBalance() {
	for _, im := range normalize.Balance(`«Il confronto c'è e continuerà", disse (senza dire altro.`) {
		fmt.Println(im)
	}
	// Output:
	// mismatched: « at 0 closed by " at 33
	// unclosed: ( at 42 is never closed
}

func ExampleMap_Output() {
	in := "Lui disse: \"Basta...\"\r\n"
	res := normalize.String(in, language.Italian)
	// Where did the input's "Basta..." go?
	start, end := res.Map.Output(12, 20)
	fmt.Printf("%q\n", res.Text[start:end])
	// Output:
	// "Basta…"
}
