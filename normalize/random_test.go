package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// randomTokens are the pieces TestStringRandom builds texts from: the words
// and marks that the quotation rules weigh against each other.
var randomTokens = []string{
	"a", "po", "E", "perche", "citta", "don", "t", "AI", "l", "dell", "90", "5", "10", "n", "em", "tempo", "ancora", "e",
	`"`, `"`, `"`, "'", "'", "'", "‘", "’", "“", "”", "«", "»", "„", "`", "´",
	" ", " ", " ", "  ", "\u00A0", "\n", "\n\n", " - ", "...", ".", ",", "(", ")", "°", "-", "?", "!",
	"‹", "›", "‚", "‛", "ʼ", "″", "′", "\t", "\r", "\u200b", "\u00ad", "\xff", "piu", "gia", "sara", "fra", "s",
	"1990", "30", "''", `""`, "—", "–", "--", " -- ", "…", "\u2028", "\u202f", "x\u0301", "„", "ja", "'s",
}

// TestStringRandom builds many short texts from tokens that stress the
// quotation and apostrophe rules and checks that String is idempotent on
// them and keeps its invariants.
func TestStringRandom(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	rng := rand.New(rand.NewPCG(3, 14))
	tags := []language.Tag{language.Italian, language.English, language.German}
	var b strings.Builder
	for i := range n {
		b.Reset()
		for range 2 + rng.IntN(14) {
			b.WriteString(randomTokens[rng.IntN(len(randomTokens))])
		}
		s := b.String()
		opts := []Option{RecordChanges()}
		if i%3 == 0 {
			opts = append(opts, PrimaryQuotes(DoubleCurly))
		}
		if i%5 == 0 {
			opts = append(opts, PlainSpaces())
		}
		checkString(t, s, tags[i%3], opts...)
	}
}
