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

// A lexicon learned from a corpus of document pairs (here three, in
// practice thousands) helps the aligner on short documents, which have
// too few sentences to learn one alone.
func ExampleCorpusSample() {
	corpus := [][2][]string{
		{{"The minister resigned.", "The government fell."}, {"Il ministro si è dimesso.", "Il governo è caduto."}},
		{{"The minister spoke.", "Prices fell."}, {"Il ministro ha parlato.", "I prezzi sono scesi."}},
		{{"The government spoke."}, {"Il governo ha parlato."}},
	}
	langs := align.WithLanguages(language.English, language.Italian)
	var sample align.CorpusSample // on a cluster: one per worker, then Merge
	for _, doc := range corpus {
		if err := sample.Add(align.NewScorer(doc[0], doc[1], langs)); err != nil {
			fmt.Println(err)
			return
		}
	}
	lex := sample.Learn()
	fmt.Println(sample.Len(), "sentence pairs")
	beads := align.Align([]string{"Prices rose."}, []string{"I prezzi sono saliti."}, langs, align.WithCorpusLexicon(lex))
	fmt.Println(beads[0].Src, beads[0].Tgt)
	// Output:
	// 5 sentence pairs
	// [0] [0]
}
