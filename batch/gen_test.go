package batch

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
)

// The synthetic document pairs of the tests and benchmarks: news-like
// English sentences and their Italian translations, built from the
// parts below, with a sentence left out or a number changed in some
// translations, so that reports have findings.
var (
	subjects = [][2]string{
		{"The company", "L'azienda"}, {"The city council", "Il consiglio comunale"},
		{"The ministry", "Il ministero"}, {"The university", "L'università"},
		{"The hospital", "L'ospedale"}, {"The regional bank", "La banca regionale"},
		{"The museum", "Il museo"}, {"The railway operator", "L'operatore ferroviario"},
	}
	verbs = [][2]string{
		{"hired", "ha assunto"}, {"lost", "ha perso"}, {"counted", "ha contato"},
		{"expects", "prevede"}, {"reported", "ha segnalato"}, {"welcomed", "ha accolto"},
	}
	nouns = [][2]string{
		{"new workers", "nuovi lavoratori"}, {"patients", "pazienti"},
		{"students", "studenti"}, {"complaints", "reclami"}, {"visitors", "visitatori"},
		{"passengers", "passeggeri"},
	}
	months = [][2]string{
		{"January", "gennaio"}, {"February", "febbraio"}, {"March", "marzo"},
		{"April", "aprile"}, {"May", "maggio"}, {"June", "giugno"}, {"July", "luglio"},
		{"September", "settembre"}, {"October", "ottobre"}, {"November", "novembre"},
	}
	tails = [][2]string{
		{"", ""},
		{", according to a report published on Tuesday", ", secondo un rapporto pubblicato martedì"},
		{", more than in any year since 2010", ", più che in qualsiasi anno dal 2010"},
		{", the director said in an interview", ", ha detto il direttore in un'intervista"},
	}
)

// syntheticPair returns the texts of a document pair of 8 to 20
// sentences, made from rng.
func syntheticPair(rng *rand.Rand) (src, tgt string) {
	n := 8 + rng.IntN(13)
	drop, change := -1, -1
	switch rng.IntN(4) {
	case 0:
		drop = rng.IntN(n)
	case 1:
		change = rng.IntN(n)
	}
	var s, t strings.Builder
	pick := func(list [][2]string) [2]string { return list[rng.IntN(len(list))] }
	for i := range n {
		sub, verb, noun, month, tail := pick(subjects), pick(verbs), pick(nouns), pick(months), pick(tails)
		num := 10 + rng.IntN(4990)
		fmt.Fprintf(&s, "%s %s %d %s in %s%s.", sub[0], verb[0], num, noun[0], month[0], tail[0])
		s.WriteByte(' ')
		if i == drop {
			continue
		}
		if i == change {
			num++
		}
		fmt.Fprintf(&t, "%s %s %d %s a %s%s.", sub[1], verb[1], num, noun[1], month[1], tail[1])
		t.WriteByte(' ')
		if rng.IntN(5) == 0 {
			s.WriteString("\n\n")
			t.WriteString("\n\n")
		}
	}
	return s.String(), t.String()
}

// syntheticInput returns n JSON Lines pair records with inline texts.
func syntheticInput(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i := range n {
		src, tgt := syntheticPair(rng)
		enc.Encode(Pair{ID: fmt.Sprintf("p%05d", i), SourceText: src, TargetText: tgt})
	}
	return []byte(b.String())
}
