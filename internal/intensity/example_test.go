package intensity_test

import (
	"fmt"

	"github.com/fedele/fedele/internal/intensity"
)

func ExampleFind() {
	text := "Un rischio evidente, ma forse non tutti lo vedono."
	for _, it := range intensity.Find("it", text) {
		fmt.Printf("%q %s %+g\n", text[it.Start:it.End], it.Class, it.Strength)
	}
	// Output:
	// "rischio evidente" evaluative -2
	// "forse" certainty -1
	// "tutti" quantifier +3
}

func ExampleCompare() {
	for _, pair := range [][2]string{
		{"It's quite good. Not perfect.", "ottimi"},
		{"some of the operators want it", "tutti gli operatori lo vogliono"},
		{"a clear risk", "un rischio"},
		{"We will be profitable in 2026", "Potremmo essere in utile nel 2026"},
		{"a clear risk", "un rischio evidente"},
	} {
		shifts := intensity.Compare("en", pair[0], "it", pair[1])
		if len(shifts) == 0 {
			fmt.Printf("%q → %q: same strength\n", pair[0], pair[1])
		}
		for _, s := range shifts {
			fmt.Printf("%q → %q: stronger %v, %s\n", pair[0], pair[1], s.Stronger(), s)
		}
	}
	// Output:
	// "It's quite good. Not perfect." → "ottimi": stronger true, evaluative: "quite good" (+1.375) → "ottimi" (+2.5)
	// "some of the operators want it" → "tutti gli operatori lo vogliono": stronger true, quantifier: "some of" (-1) → "tutti" (+3)
	// "a clear risk" → "un rischio": stronger false, evaluative: "clear risk" (-2) → "rischio" (-1)
	// "We will be profitable in 2026" → "Potremmo essere in utile nel 2026": stronger false, modal: "will" (+2) → "potremmo" (-1.5)
	// "a clear risk" → "un rischio evidente": same strength
}
