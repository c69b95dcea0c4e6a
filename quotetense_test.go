package fedele

import (
	"strings"
	"testing"
)

func TestTensesIn(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		want       string // each mark as word:tense, copulas with a star
	}{
		{"en", "For a while we were the cheapest water in the Gulf", "were:past*"},
		{"en", "We will be profitable in 2026", "will:future"},
		{"en", "We're going to build two more", "re:present* going:future"},
		{"en", "we're going to the plant", "re:present*"},
		{"en", "we have already built nine", "have:past"},
		{"en", "we have to wait", "have:present"},
		{"en", "It's been the hardest year", "s:past"},
		{"en", "It's quite good", "s:present*"},
		{"en", "Saltwell's plants", ""},
		{"en", "I slept in the control room", "slept:past"},
		{"en", "we finally decided to stop", ""}, // an adverb between: left unknown
		{"en", "we decided to stop", "decided:past"},
		{"en", "we used to sell it", "used:past"},
		{"en", "that didn't work and it won't", "didn:past won:future"},
		{"it", "Siamo l'acqua più economica del Golfo", "siamo:present*"},
		{"it", "Eravamo l'acqua più economica", "eravamo:past*"},
		{"it", "abbiamo costruito nove impianti", "abbiamo:past"},
		{"it", "ha assolutamente ucciso il progetto", "ha:past"},
		{"it", "ha bisogno di acqua", ""},
		{"it", "è stato il periodo più duro", "è:past"},
		{"it", "è complicato", "è:past or present"},
		{"it", "è importante", "è:present*"},
		{"it", "Saremo in utile nel 2026 e lo sarà anche Amara", "saremo:future sarà:future"},
		{"it", "dichiarò bancarotta, però", ""},
		{"it", "costruiamo gli impianti in fabbrica", "costruiamo:present"},
		{"it", "la società aveva tre clienti e perdeva soldi", "aveva:past perdeva:past"},
		{"it", "una prova definitiva", ""},
		{"de", "wir waren die billigsten", ""},
	} {
		var got []string
		for _, m := range tensesIn(c.lang, c.text) {
			if c.text[m.start:m.end] != m.word {
				t.Errorf("%q: mark %q at %d:%d", c.text, m.word, m.start, m.end)
			}
			s := strings.ToLower(m.word) + ":" + m.tense.String()
			if m.copula {
				s += "*"
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.text, g, c.want)
		}
	}
}

// A quotation that moves a verb to another time is altered: between
// forms of be (were: siamo), or between the past and the future; a verb
// in another tense that a translator may choose (is working: ha
// funzionato) is not.
func TestTenseShift(t *testing.T) {
	src := "Host: How did Ras Tamur go?\n\n" +
		"Guest: For a while, when Ras Tamur opened, we were the cheapest water in the Gulf. Now two state plants are cheaper.\n\n" +
		"Host: And the money?\n\nGuest: We will be profitable in 2026, on an operating basis.\n\n" +
		"Host: Is the new software working?\n\nGuest: The new software is working so far, touch wood.\n\n" +
		"Host: And in 2020?\n\nGuest: When we started again in the summer we were losing eleven euros on every passenger.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"Per un periodo, del resto, ha potuto vantarsi: «Siamo l'acqua più economica del Golfo».", QuoteAltered},
		{"Per un periodo, del resto, ha potuto vantarsi: «Eravamo l'acqua più economica del Golfo».", QuoteFaithful},
		{"«Siamo stati in utile nel 2026, a livello operativo», ha detto.", QuoteAltered},
		{"«Saremo in utile nel 2026, a livello operativo», ha detto.", QuoteFaithful},
		{"Sul software: «Il nuovo software ha funzionato finora»", QuoteFaithful},
		{"Nell'estate del 2020 «perdiamo undici euro su ogni passeggero», racconta.", QuoteAltered},
		{"Nell'estate del 2020 «perdevamo undici euro su ogni passeggero», racconta.", QuoteFaithful},
	})
}
