package fedele

import (
	"slices"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/token"
	"golang.org/x/text/language"
)

func TestNegationCount(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		hard, all  int
	}{
		{"en", "It does not protect workers", 1, 1},
		{"en", "It doesn't protect workers", 1, 1},
		{"en", "It doesn’t protect workers", 1, 1},
		{"en", "The reason is unclear", 0, 1},
		{"en", "It provides insufficient protection", 0, 1},
		{"en", "The result is hardly the cat's pyjamas", 0, 1},
		{"en", "It stalled at No. 96 in the chart", 0, 0},
		{"en", "No one came", 1, 1},
		{"en", "Universities understand the union", 0, 0},
		{"it", "Non protegge a sufficienza i lavoratori", 1, 1},
		{"it", "Non appena un vento stabile inizia a soffiare", 0, 0},
		{"it", "a meno che il mondo non avvii la transizione", 0, 0},
		{"it", "è stata a malapena commentata", 0, 1},
		{"it", "Il Mar dei Caraibi fu sconosciuto", 0, 1},
	} {
		if got := negationCount(c.lang, c.text, true); got != c.hard {
			t.Errorf("%s %q: %d hard negations, want %d", c.lang, c.text, got, c.hard)
		}
		if got := negationCount(c.lang, c.text, false); got != c.all {
			t.Errorf("%s %q: %d negations, want %d", c.lang, c.text, got, c.all)
		}
	}
}

func TestAlteredInNegation(t *testing.T) {
	for _, c := range []struct {
		quote, source string
		negated       bool
		want          int
	}{
		// A negation added where the source affirms.
		{"Oggi in quel luogo non si possono ammirare vaste rovine", "Today, expansive ruins can be viewed there", false, 1},
		// A negative word rendered by a negation.
		{"La ragione della promozione non è chiara", "The reason for advertising the video is unclear", false, 0},
		// A negation of rendered words dropped.
		{"Oggi in quel luogo si possono ammirare vaste rovine", "Today, expansive ruins cannot be viewed there", true, 1},
		// A negative word rendered without a negation.
		{"è difficile che il risultato sia eccellente", "The result, then, is hardly the cat's pyjamas", false, 0},
		{"Non possiamo andare avanti", "we absolutely cannot continue", true, 0},
	} {
		if got := alteredIn(c.quote, c.source, c.negated, "it", "en"); len(got) != c.want {
			t.Errorf("%q for %q: %v, want %d notes", c.quote, c.source, got, c.want)
		}
	}
}

func TestSpeakerLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ruth Abernathy: Welcome back to Shoreline.", "Ruth Abernathy"},
		{"Kasper Lindqvist: Nine, yes.", "Kasper Lindqvist"},
		{"Q: And then?", "Q"},
		{"The answer is simple: build it in pieces.", ""},
		{"In 2019: a barge.", ""},
		{"Nothing here", ""},
	} {
		if got := speakerLabel(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// The interviewer is the speaker who asks; the guest's sentences are the
// others, and a source that is no transcript has none.
func TestGuestSentences(t *testing.T) {
	transcript := "Host: Welcome. Where did you grow up?\n\nGuest: On Gotland. The wells turn salty.\n\n" +
		"Host: And then?\n\nGuest: Then Hydrona. Seven years.\n\nHost: Why did you leave?\n\n" +
		"Guest: The shape was wrong.\n\nHost: Right. What next?\n\nGuest: We built blocks."
	c := &check{src: newSide(transcript, language.English, false)}
	var got []string
	for _, i := range c.guestSentences() {
		got = append(got, c.src.sents[i].Text)
	}
	want := []string{"Guest: On Gotland.", "The wells turn salty.", "Guest: Then Hydrona.", "Seven years.", "Guest: The shape was wrong.", "Guest: We built blocks."}
	if !slices.Equal(got, want) {
		t.Errorf("guests %q, want %q", got, want)
	}
	c = &check{src: newSide("An article. It has no turns.\n\nA second paragraph?", language.English, false)}
	if g := c.guestSentences(); g != nil {
		t.Errorf("an article has guests %v", g)
	}
}

// A judgement quoted alone renders the judgement of its sentence's
// source, here more strongly.
func TestQuoteByIntensity(t *testing.T) {
	src := "Host: Welcome to the show. How is the forecasting software doing?\n\n" +
		"Guest: It's quite good. Not perfect. Last year it flagged thirty-one events across the fleet and twenty-six of them were real.\n\n" +
		"Host: And the barge?\n\nGuest: The barge was the worst idea I ever had. We sold it after eight months.\n\n" +
		"Host: What about the permits?\n\nGuest: The permits take years. Everything takes longer in California.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteSource(t, src, "Giudica i risultati «ottimi»: l'anno scorso il sistema ha segnalato 31 eventi, 26 dei quali reali.", QuoteIntensified, "quite good")
}

// A negation just before the words a quotation renders belongs to them.
func TestNegationBeforeWindow(t *testing.T) {
	src := "Host: Have you thought about giving up on California?\n\n" +
		"Guest: People ask me that a lot. We're not leaving California. It's our home, our headquarters is there.\n\n" +
		"Host: And the permits?\n\nGuest: The permits take years in every coastal county."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"Alla domanda se stia pensando di rinunciare, risponde: «Lasciamo la California».", QuoteAltered},
		{"Alla domanda se stia pensando di rinunciare, risponde: «Non lasciamo la California».", QuoteFaithful},
	})
	// The source words of the altered one hold the negation it drops.
	q := oneQuotation(t, src, "Alla domanda se stia pensando di rinunciare, risponde: «Lasciamo la California».")
	if len(q.Source) != 1 || q.Source[0].Text != "not leaving California" {
		t.Errorf("source %q; want «not leaving California»", spanTexts(q.Source))
	}
}

// A quotation that puts one person of the source for another is altered;
// a name translated is not.
func TestNamesChanged(t *testing.T) {
	src := "Host: Where did Brinecast come from?\n\n" +
		"Guest: After Ellery Bay, Amara wrote the first version of Brinecast on a plane back from the site.\n\n" +
		"Host: Who runs the plants?\n\nGuest: Jonas runs operations, and he is very strict about maintenance.\n\n" +
		"Host: And Thrace?\n\nGuest: We have no plant in Thrace yet."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"«La prima versione di Brinecast l'ha scritta Jonas in aereo, tornando da Ellery Bay», ricorda.", QuoteAltered},
		{"«La prima versione di Brinecast l'ha scritta Amara in aereo, tornando da Ellery Bay», ricorda.", QuoteFaithful},
	})
}

// FuzzReorganized guards a reorganized check on any pair of texts: no
// panic, and every quotation and its source words slices of the inputs.
func FuzzReorganized(f *testing.F) {
	f.Add("Host: Is it good?\n\nGuest: It's quite good. Not perfect. We're not leaving California.\n\nHost: Why?\n\nGuest: Amara wrote it.",
		"Giudica i risultati «ottimi». «Lasciamo la California», dice. «L'ha scritto Jonas… ottimi», ricorda.")
	f.Add("Q: x?\n\nA: y.\n\nQ: z?\n\nA: w.\n\nQ: v?\n\nA: u.", "«» «a» «…» «... …»")
	f.Fuzz(func(t *testing.T, src, tgt string) {
		r, err := Check(src, tgt, WithMode(ModeReorganized))
		if err != nil {
			return
		}
		for _, q := range r.Quotations {
			if q.Target.Start < 0 || q.Target.End > len(tgt) || tgt[q.Target.Start:q.Target.End] != q.Target.Text {
				t.Fatalf("quotation %+v does not slice the target", q.Target)
			}
			for _, sp := range q.Source {
				if sp.Start < 0 || sp.End > len(src) || sp.Start > sp.End || src[sp.Start:sp.End] != sp.Text {
					t.Fatalf("source words %+v do not slice the source", sp)
				}
			}
		}
	})
}

// A short quotation of a judgement is looked for near its sentence's
// source first («ottimi» renders "quite good" of the answer, not a "fine"
// elsewhere), and its source words take the whole phrase of strength
// that the matched words stand in ("a clear risk", not "risk").
func TestQuoteJudgementSource(t *testing.T) {
	src := "Host: How is the forecasting software doing?\n\n" +
		"Guest: It's quite good. Not perfect. Last year it flagged thirty-one events across the fleet and twenty-six of them were real.\n\n" +
		"Host: And the weather at the plants?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: And the brine?\n\nGuest: So brine is a clear risk for the seagrass near the outfalls, and I'm not going to pretend it isn't.\n\n" +
		"Host: And guilt?\n\nGuest: I never sell guilt. Guilt is a very bad marketing strategy.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	for _, c := range []struct {
		tgt, source string
		want        QuoteVerdict
	}{
		{"Giudica i risultati «ottimi»: l'anno scorso il sistema ha segnalato 31 eventi, 26 dei quali reali.", "quite good", QuoteIntensified},
		{"Lindqvist riconosce che la salamoia è «un rischio» per le praterie marine vicine agli scarichi.", "a clear risk", QuoteWeakened},
		// «colpa» renders "Guilt" inside the quotation, though «colpa»
		// comes before it too.
		{"Non fa leva sui sensi di colpa: «Il senso di colpa è una pessima strategia di marketing».", "Guilt is a very bad marketing strategy", QuoteFaithful},
	} {
		checkQuoteSource(t, src, c.tgt, c.want, c.source)
	}
}

// A quotation that renders a source word by its false friend says
// something else: altered, with the two words named.
func TestQuoteFalseFriend(t *testing.T) {
	src := "Host: And Rome?\n\nGuest: We will eventually go to Rome, but not before we have the new coaches.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"Su Roma: «Eventualmente andremo a Roma, ma non prima di avere le carrozze nuove».", QuoteAltered},
		// Rendered rightly: kept (faithful or loose: Roma, carrozze have
		// no counterpart in this lexicon).
		{"Su Roma: «Alla fine andremo a Roma, ma non prima di avere le carrozze nuove».", QuoteLoose},
	})
}

// quoteCase is a target text with one quotation and the verdict it must
// get; QuoteLoose stands for a quotation kept (faithful or loose).
type quoteCase struct {
	tgt  string
	want QuoteVerdict
}

// oneQuotation checks tgt against src in reorganized mode and returns its
// one quotation.
func oneQuotation(t *testing.T, src, tgt string) QuotationCheck {
	t.Helper()
	r, err := Check(src, tgt, WithMode(ModeReorganized))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Quotations) != 1 {
		t.Fatalf("%q: %d quotations, want 1", tgt, len(r.Quotations))
	}
	return r.Quotations[0]
}

// checkQuoteSource checks that the one quotation of tgt gets verdict
// want and the source words source, in one piece.
func checkQuoteSource(t *testing.T, src, tgt string, want QuoteVerdict, source string) {
	t.Helper()
	q := oneQuotation(t, src, tgt)
	if q.Verdict != want || len(q.Source) != 1 || q.Source[0].Text != source {
		t.Errorf("%q: %s, source %q, notes %v; want %s, «%s»", tgt, q.Verdict, spanTexts(q.Source), q.Notes, want, source)
	}
}

// checkQuoteVerdicts checks each target against src in reorganized mode
// (loose wanted, faithful is fine too).
func checkQuoteVerdicts(t *testing.T, src string, cases []quoteCase) {
	t.Helper()
	for _, c := range cases {
		q := oneQuotation(t, src, c.tgt)
		if q.Verdict != c.want && !(c.want == QuoteLoose && q.Verdict == QuoteFaithful) {
			t.Errorf("%q: %s %v, want %s", c.tgt, q.Verdict, q.Notes, c.want)
		}
	}
}

// A negation in a contraction two words before the words rendered
// governs them: "I don't think short flights will disappear".
func TestNegationInContraction(t *testing.T) {
	src := "Host: Will planes go away?\n\nGuest: There are islands. But I don't think short flights will disappear, and I don't want them to.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"Sui voli: «I voli brevi spariranno», prevede.", QuoteAltered},
		{"Sui voli: «Non credo che i voli brevi spariranno», dice.", QuoteLoose},
	})
	for _, c := range []struct {
		text string
		at   int
		want string
	}{
		{"I don't think short flights", len("I don't think "), "don't think "},
		{"we’re not sure", len("we’re not "), "we’re not "},
		{"two words", 0, ""},
	} {
		if got := c.text[wordsBack(c.text, token.Words(c.text), c.at, 2):c.at]; got != c.want {
			t.Errorf("wordsBack(%q, %d): %q, want %q", c.text, c.at, got, c.want)
		}
	}
}

// A quotation's words are matched where they stand in it: «Riempiamo»
// renders "fill" even though «riempire», a form of the same word, comes
// earlier in the sentence, outside the quotation.
func TestQuoteWordsMatchedInsideIt(t *testing.T) {
	src := "Host: What did you do before?\n\nGuest: I worked for an airline. So I spent nine years filling aeroplanes.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: How does a night train make money?\n\nGuest: An aeroplane flies four times a day. We fill the train once. That is the whole problem of the business.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteSource(t, src, "Dekker ha passato nove anni a riempire aeroplani, e riassume: «Riempiamo il treno una volta sola».", QuoteFaithful, "fill the train once")
}

// A count written in words is compared like one in digits; a round
// number word may be another word or an idiom, and is not.
func TestQuoteNumberWords(t *testing.T) {
	src := "Host: How many stores?\n\nGuest: We've opened, um, forty-three stores since January.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, with strong winds every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"«Da gennaio abbiamo aperto trentaquattro negozi», annuncia.", QuoteAltered},
		{"«Da gennaio abbiamo aperto quarantatré negozi», annuncia.", QuoteFaithful},
		{"«Da gennaio abbiamo aperto quattrocentotrenta negozi», annuncia.", QuoteAltered},
		{"«Il tempo era bello, tutto andava bene, con venti forti ogni giorno», dice.", QuoteLoose},
	})
}

// A negation of the quotation denies what the source says only when it
// stands before words that render the source; further on, it is the
// quotation's own way of saying it.
func TestQuoteNegationRendered(t *testing.T) {
	src := "Host: Who sets the price?\n\nGuest: The supermarkets, um, they decide the price, we just take it.\n\n" +
		"Host: And the crowd?\n\nGuest: The crowd was loud, they sang for the whole match.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"«Il prezzo lo fanno i supermercati, a noi non resta che accettarlo», dice il produttore.", QuoteLoose},
		{"«Il pubblico non ha cantato per tutta la partita», ricorda.", QuoteAltered},
	})
	// A praise denied where the source blames weakens the blame.
	src = "Host: Why not fly?\n\nGuest: Honestly, a short flight is a terrible way to travel eight hundred kilometres.\n\n" +
		"Host: And the crowd?\n\nGuest: The crowd was loud, they sang for the whole match.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"Per lei «un volo breve non è il modo ideale per percorrere ottocento chilometri».", QuoteWeakened},
	})
	// A negation is all that differs, but few of the quotation's words
	// are the source's: a thing never said, not the source reversed.
	src = "Host: How do you power the plants?\n\nGuest: Our plants are built next to solar farms, and they make most of their water between ten in the morning and four in the afternoon, when electricity is almost free.\n\n" +
		"Host: And the crowd?\n\nGuest: The crowd was loud, they sang for the whole match.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"«L'acqua non sarà mai più gratis, per nessuno», conclude.", QuoteUnsupported},
	})
}

// A quotation that renders two sentences in a row renders the passage:
// each alone holds too little of it.
func TestQuotePassage(t *testing.T) {
	src := "Host: Is it serious?\n\nGuest: It's not a, uh, it's not a cold. It's the flu, and it's a bad one.\n\n" +
		"Host: And the station?\n\nGuest: The old station was, uh, honestly, it was grim.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	q := oneQuotation(t, src, "«Non è un raffreddore, è l'influenza, e bella forte», spiega il medico.")
	got := spanTexts(q.Source)
	if q.Verdict == QuoteUnsupported || len(got) != 2 || !strings.Contains(got[0], "cold") || !strings.Contains(got[1], "flu") {
		t.Errorf("%s, source %q, notes %v; want the two sentences of the answer", q.Verdict, got, q.Notes)
	}
}

// A name after a title that the source gives another person is altered,
// though the source never names the quotation's person.
func TestTitledNameChanged(t *testing.T) {
	src := "Host: Who signed it?\n\nGuest: No, it was, uh, it was Minister Harlow who signed the order, not me.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"«È stato il ministro Fenwick a firmare l'ordine, non io», precisa.", QuoteAltered},
		{"«È stato il ministro Harlow a firmare l'ordine, non io», precisa.", QuoteFaithful},
	})
}

// Two sentences of one answer, the second three sentences after the
// first, stitched into one quotation: spliced, though the shorter part
// matches less than a whole quotation would.
func TestQuoteSplicedWeakPart(t *testing.T) {
	src := "Host: What do the data say?\n\nGuest: The ice is thinning faster than the models said. We've got, uh, buoys out there, we've got satellites. " +
		"Funding is the issue, honestly. We need another ten years of data.\n\n" +
		"Host: And the weather?\n\nGuest: The weather was fine, everything was fine, we had sun every day.\n\n" +
		"Host: Thank you.\n\nGuest: Thank you for having me."
	checkQuoteVerdicts(t, src, []quoteCase{
		{"“Il ghiaccio si assottiglia più in fretta di quanto dicessero i modelli: ci servono altri dieci anni di dati”, spiega la glaciologa.", QuoteSpliced},
		{"“Ci servono altri dieci anni di dati”, spiega la glaciologa.", QuoteFaithful},
	})
}
