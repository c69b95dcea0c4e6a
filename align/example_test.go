package align_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
)

func ExampleAlign() {
	src := []string{
		"The new plant will cost 2.63 billion dollars.",
		"Construction starts in March 2026.",
		"Local residents organised three public meetings.",
		"The council of Phoenix will vote on the permits on 12 June.",
	}
	tgt := []string{
		"Il nuovo impianto costerà 2,63 miliardi di dollari.",
		"I lavori inizieranno nel marzo 2026.",
		"Il consiglio di Phoenix voterà sui permessi il 12 giugno.",
	}
	beads := align.Align(src, tgt, align.WithLanguages(language.English, language.Italian))
	for _, b := range beads {
		fmt.Println(b.Src, b.Tgt)
	}
	// Output:
	// [0] [0]
	// [1] [1]
	// [2] []
	// [3] [2]
}
