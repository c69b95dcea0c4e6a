package answerkey_test

import (
	"fmt"
	"log"
	"path/filepath"

	"github.com/fedele/fedele/internal/answerkey"
)

// Load the bundled interview pair and list its distorted quotations
// with the source words behind them.
func ExampleLoad() {
	k, err := answerkey.Load(filepath.Join("..", "..", "testdata", "interview"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(k.Turns), "turns,", len(k.Sentences), "sentences,", len(k.Quotations), "quotations")
	for _, q := range k.Quotations {
		if q.Verdict == answerkey.Intensified || q.Verdict == answerkey.Weakened {
			fmt.Printf("%s: %q renders %q (turn %v)\n", q.Verdict, q.Text, q.Source, q.Turns)
		}
	}
	// Output:
	// 219 turns, 91 sentences, 45 quotations
	// weakened: "un rischio" renders ["a clear risk"] (turn [42])
	// intensified: "ottimi" renders ["quite good"] (turn [64])
	// intensified: "Tutti gli operatori di data center vogliono acqua che non venga sottratta a una città" renders ["some of the data centre operators want water that's not taken from a town"] (turn [76])
	// weakened: "Potremmo essere in utile nel 2026, a livello operativo" renders ["We will be profitable in 2026, on an operating basis"] (turn [90])
}
