package fedele

import "testing"

func TestIntensityShiftJudgementSign(t *testing.T) {
	for _, c := range []struct {
		quote, window string
		want          QuoteVerdict
	}{
		// Judgements of each sign compared with those of the same sign:
		// the size of the changes is kept, that of the effects not.
		{"piccoli cambiamenti, un effetto discreto", "small changes, an enormous effect", QuoteWeakened},
		// «grandi» is big or great: not weaker than "enormous" by two
		// steps, and "great criticism" is «grandi critiche».
		{"piccoli cambiamenti, grandi effetti", "small changes, enormous effects", ""},
		{"ha ricevuto grandi critiche", "has received great criticism", ""},
		// A comparative after a definite article is a superlative.
		{"nel peggiore dei casi è ingenuo", "at worst it is naive", ""},
		{"ha giocato il suo miglior tennis", "he played his best tennis", ""},
		{"un risultato peggiore", "the worst result", QuoteWeakened},
		{"piccoli cambiamenti, effetti enormi", "tiny changes, large effects", QuoteIntensified},
		{"piccoli cambiamenti, effetti enormi", "small changes, enormous effects", ""},
		// A judgement of one sign for one of the other: by magnitude.
		{"un effetto enorme", "small changes", QuoteIntensified},
		{"un piccolo cambiamento", "a small change", ""},
		// An adverb of degree makes the judgement after it stronger.
		{"una pessima strategia", "a very bad strategy", ""},
		{"una pessima strategia", "a bad strategy", QuoteIntensified},
		{"risultati ottimi", "it's quite good", QuoteIntensified},
		{"una performance davvero eccellente", "such a performance", QuoteIntensified},
		// A quantity or a frequency made absolute is intensified, one
		// step though it is; the absolute word rendered by an absolute
		// one is not.
		{"i nostri treni sono sempre pieni", "our trains are usually pretty full", QuoteIntensified},
		{"i nostri treni sono sempre pieni", "our trains are always full", ""},
		{"tutti i clienti tornano", "most customers come back", QuoteIntensified},
		{"ogni cliente conta", "every customer counts", ""},
		{"spesso i treni sono pieni", "our trains are usually full", ""},
		{"producono quasi tutta la loro acqua", "they make most of their water", ""},
		// Litotes: a praise denied is a mild blame, weaker than "a
		// terrible way" or "a disaster"; "not good" stays a blame.
		{"un volo breve non è il modo ideale", "a short flight is a terrible way to travel", QuoteWeakened},
		{"la sala non ha un'acustica perfetta", "the acoustics are a disaster", QuoteWeakened},
		{"la sala non ha una buona acustica", "the acoustics are bad", ""},
		// A word of doubt left out intensifies a claim, not a thing
		// named alone.
		{"i voli brevi spariranno", "maybe short flights will disappear", QuoteIntensified},
		{"betulle", "Birch, I think", ""},
		// An absolute superlative is of the highest degree.
		{"letti comodissimi", "the beds are reasonably comfortable", QuoteIntensified},
		{"letti comodissimi", "the beds are extremely comfortable", ""},
	} {
		if got, notes := intensityShift(c.quote, c.window, c.window, "it", "en"); got != c.want {
			t.Errorf("%q for %q: %q %v, want %q", c.quote, c.window, got, notes, c.want)
		}
	}
}
