package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// stringTests are the rules of String, case by case. lang is "it", "en" or
// another language; opts picks options by letter: p PlainSpaces, r
// ReplaceInvalid, c PrimaryQuotes(DoubleCurly), h InciseDash("-"), s
// PrimaryQuotes(StraightPair). rules,
// when set, lists the rules of the changes in order.
var stringTests = []struct {
	lang, opts string
	in, want   string
	rules      string
}{
	// Empty, blank and plain text.
	{"it", "", "", "", ""},
	{"it", "", "Niente da cambiare.", "Niente da cambiare.", ""},
	{"en", "", "Nothing to change.", "Nothing to change.", ""},
	{"it", "", "   ", "", "SpaceTrailing"},
	{"en", "", "\n\n", "\n\n", ""},

	// Line ends.
	{"it", "", "uno\r\ndue\r\n", "uno\ndue\n", "LineEndCRLF LineEndCRLF"},
	{"it", "", "uno\rdue", "uno\ndue", "LineEndCR"},
	{"en", "", "one\u2028two", "one\ntwo", "LineEndSeparator"},
	{"en", "", "one\u2029two", "one\n\ntwo", "LineEndParagraph"},
	{"en", "", "one\u0085two", "one\ntwo", "LineEndSeparator"},
	{"en", "", "one\r\n\r\ntwo", "one\n\ntwo", "LineEndCRLF LineEndCRLF"},

	// Invisible characters.
	{"it", "", "\uFEFFTesto", "Testo", "ByteOrderMark"},
	{"it", "", "in\u00ADcre\u00ADdi\u00ADbi\u00ADle", "incredibile", "SoftHyphen SoftHyphen SoftHyphen SoftHyphen"},
	{"en", "", "zero\u200Bwidth", "zerowidth", "ZeroWidthSpace"},
	// Kept before a combining mark: removed, it would leave the text out
	// of NFC ("é" and U+0323 compose).
	{"fr", "", "\u00E9\u200B\u0323", "\u00E9\u200B\u0323", ""},
	{"it", "", "A\u00AD\u0323 e", "A\u00AD\u0323 e", ""},
	{"en", "", "word\u2060joiner", "wordjoiner", "WordJoiner"},
	{"en", "", "emoji 👩\u200D💻 stays", "emoji 👩\u200D💻 stays", ""},

	// Unicode NFC.
	{"it", "", "perche\u0301", "perché", "NFC"},
	{"it", "", "E\u0300 vero", "È vero", "NFC"},
	{"it", "", "\u212Bngstr\u00F6m", "Ångström", "NFC"},
	{"en", "", "cafe\u0301 au lait", "café au lait", "NFC"},
	{"de", "", "\u0F5C", "\u0F5B\u0FB7", "NFC"},

	// Spaces: runs collapsed, trailing removed, special spaces kept or
	// made plain.
	{"it", "", "due  spazi", "due spazi", "SpaceRun"},
	{"it", "", "molti      spazi", "molti spazi", "SpaceRun"},
	{"it", "", "fine riga   \nnuova", "fine riga\nnuova", "SpaceTrailing"},
	{"it", "", "fine testo  ", "fine testo", "SpaceTrailing"},
	{"it", "", "10\u00A0km", "10\u00A0km", ""},
	{"it", "p", "10\u00A0km", "10 km", "SpacePlain"},
	{"it", "", "10\u202Fkm", "10\u202Fkm", ""},
	{"it", "p", "10\u202Fkm e 5\u2009m", "10 km e 5 m", "SpacePlain SpacePlain"},
	{"it", "", "a \u00A0b", "a\u00A0b", "SpaceRun"},
	{"it", "p", "a \u00A0b", "a b", "SpaceRun"},
	{"en", "", "tab\tstays", "tab\tstays", ""},
	{"en", "", "  indented", " indented", "SpaceRun"},

	// Ellipsis.
	{"it", "", "Allora...", "Allora…", "Ellipsis"},
	{"it", "", "e poi... niente", "e poi… niente", "Ellipsis"},
	{"en", "", "Wait....", "Wait....", ""},
	{"en", "", "Two.. dots", "Two.. dots", ""},
	{"de", "", "Also...", "Also…", "Ellipsis"},
	{"en", "", "Already…", "Already…", ""},

	// Spaced hyphens: incisi.
	{"it", "", "Serve coraggio - e pazienza - ogni giorno", "Serve coraggio – e pazienza – ogni giorno", "DashIncise DashIncise"},
	{"en", "", "You need courage - and patience - every day", "You need courage — and patience — every day", "DashIncise DashIncise"},
	{"en", "", "a canopy -- as he said -- and panels", "a canopy — as he said — and panels", "DashIncise DashIncise"},
	{"it", "", "pagine 10 - 20", "pagine 10 – 20", "DashRange"},
	{"en", "", "pages 10 - 20", "pages 10 – 20", "DashRange"},
	{"it", "", "alta-velocità", "alta-velocità", ""},
	{"en", "", "- a list item", "- a list item", ""},
	{"en", "", "Items:\n- one\n- two", "Items:\n- one\n- two", ""},
	{"en", "h", "courage - and patience", "courage - and patience", ""},
	{"de", "", "Mut - und Geduld", "Mut - und Geduld", ""},
	{"it", "", "il -5 per cento", "il -5 per cento", ""},
	{"it", "", "due  -  spazi", "due – spazi", "SpaceRun DashIncise SpaceRun"},

	// Italian quotation marks.
	{"it", "", `Ha detto "sì".`, "Ha detto «sì».", "QuoteFlank QuoteFlank"},
	{"it", "", `"Andiamo", disse.`, "«Andiamo», disse.", "QuoteFlank QuoteFlank"},
	{"it", "", `“Andiamo”, disse.`, "«Andiamo», disse.", "QuoteTrusted QuoteFlank"},
	{"it", "", "«Andiamo», disse.", "«Andiamo», disse.", ""},
	{"it", "c", `Ha detto "sì".`, "Ha detto “sì”.", "QuoteFlank QuoteFlank"},
	{"it", "c", "Ha detto «sì».", "Ha detto “sì”.", "QuoteTrusted QuoteTrusted"},
	{"it", "", `"Lui ha detto "no" e se n'è andato"`, "«Lui ha detto “no” e se n’è andato»", ""},
	{"it", "", `«Lui ha detto "no" e se ne è andato»`, "«Lui ha detto “no” e se ne è andato»", "QuoteFlank QuoteFlank"},
	{"it", "", "«Lui ha detto “no” e basta»", "«Lui ha detto “no” e basta»", ""},
	{"it", "", `"Chi 'tiene il binario' vince"`, "«Chi ‘tiene il binario’ vince»", ""},
	{"it", "", `«a “b ‘c’ b” a»`, "«a “b ‘c’ b” a»", ""},
	{"it", "", `"a "b "c" b" a"`, "«a “b “c” b” a»", ""},
	{"it", "c", `"a "b "c" b" a"`, "“a “b “c” b” a”", ""},
	{"it", "", `"a "b 'c' b" a"`, "«a “b ‘c’ b” a»", ""},
	{"it", "", `("tra parentesi")`, "(«tra parentesi»)", ""},
	{"it", "", `disse:"ciao"`, "disse:«ciao»", ""},
	{"it", "", "„Ja”, disse.", "«Ja», disse.", "QuoteTrusted QuoteFlank"},
	{"it", "", `"Fine."`, "«Fine.»", ""},
	{"it", "", `"E adesso?"`, "«E adesso?»", ""},
	{"it", "", `dal "2031" in poi`, "dal «2031» in poi", ""},
	{"it", "", `"non prima del 2031", disse`, "«non prima del 2031», disse", ""},
	{"it", "", `un "impero AI" verticale`, "un «impero AI» verticale", ""},
	{"it", "", "uno\n\"due\ntre\"", "uno\n«due\ntre»", ""},
	{"it", "", "\"Fine.\nNuovo\" rigo", "«Fine.\nNuovo\" rigo", ""},
	{"it", "", "\"uno.\n\ndue\"", "«uno.\n\ndue\"", ""},
	{"it", "", `" da solo "`, "« da solo »", ""},
	{"it", "", `solo "aperta`, "solo «aperta", ""},

	// Italian apostrophes.
	{"it", "", "l'AI", "l’AI", "ApostropheInWord"},
	{"it", "", "dell'energia e un'altra", "dell’energia e un’altra", "ApostropheInWord ApostropheInWord"},
	{"it", "", "l’AI e dell'elettronica", "l’AI e dell’elettronica", "ApostropheInWord"},
	{"it", "", "l'8 ottobre", "l’8 ottobre", "ApostropheInWord"},
	{"it", "", "un po' di tempo", "un po’ di tempo", "ApostropheElision"},
	{"it", "", "a mo' di esempio", "a mo’ di esempio", "ApostropheElision"},
	{"it", "", "Lorenzo de' Medici", "Lorenzo de’ Medici", "ApostropheElision"},
	{"it", "", "be' vediamo", "be’ vediamo", "ApostropheElision"},
	{"it", "", "Fra' Martino", "Fra’ Martino", "ApostropheElision"},
	{"it", "", "negli anni '90", "negli anni ’90", "ApostropheYear"},
	{"it", "", "la 'ndrangheta", "la ’ndrangheta", "ApostropheLeading"},
	{"it", "", "l´AI", "l’AI", "ApostropheInWord"},
	{"it", "", "l`AI", "l’AI", "ApostropheInWord"},

	// Italian accents typed as apostrophes.
	{"it", "", "E' vero.", "È vero.", "AccentList"},
	{"it", "", "Non e' vero.", "Non è vero.", "AccentList"},
	{"it", "", "Perche' no?", "Perché no?", "AccentList"},
	{"it", "", "perche' no", "perché no", "AccentList"},
	{"it", "", "PERCHE' NO", "PERCHÉ NO", "AccentList"},
	{"it", "", "allorche' venne", "allorché venne", "AccentChe"},
	{"it", "", "fini' presto", "finì presto", "AccentI"},
	{"it", "", "lassu' in cima", "lassù in cima", "AccentU"},
	{"it", "", "la gioventu' passa", "la gioventù passa", "AccentTu"},
	{"it", "", "puo' darsi", "può darsi", "AccentList"},
	{"it", "", "piu' o meno", "più o meno", "AccentList"},
	{"it", "", "cioe' niente", "cioè niente", "AccentList"},
	{"it", "", "gia' fatto", "già fatto", "AccentList"},
	{"it", "", "cosi' sia", "così sia", "AccentList"},
	{"it", "", "pero' no", "però no", "AccentList"},
	{"it", "", "la citta' e l'universita'", "la città e l’università", "AccentTa ApostropheInWord AccentTa"},
	{"it", "", "sara' possibile", "sarà possibile", "AccentRa"},
	{"it", "", "parlo' a lungo", "parlò a lungo", "AccentO"},
	{"it", "", "ne' piu' ne' meno", "né più né meno", "AccentList AccentList AccentList"},
	{"it", "", "c'e' tempo", "c’è tempo", "ApostropheInWord AccentList"},
	{"it", "", "perche’ no", "perché no", "AccentList"},
	{"it", "", "E’ tardi", "È tardi", "AccentList"},
	{"it", "", "ventitre' anni", "ventitré anni", "AccentList"},
	{"it", "", "la virtu' sta", "la virtù sta", "AccentList"},
	{"it", "", "va' via e fa' presto", "va’ via e fa’ presto", "ApostropheElision ApostropheElision"},
	{"it", "", "di' la verità", "di’ la verità", "ApostropheElision"},
	{"it", "", "«Si dice 'perche''»", "«Si dice ‘perche’'»", ""},
	{"en", "", "perche' no", "perche’ no", "ApostropheFinal"},

	// Primes in measures and coordinates are left alone.
	{"it", "", `alto 5'10"`, `alto 5'10"`, ""},
	{"it", "", `a 45°30'15" N`, `a 45°30'15" N`, ""},
	{"it", "", "a 45°52'N", "a 45°52'N", ""},
	{"en", "", `a 6'2" driver`, `a 6'2" driver`, ""},
	{"en", "", `a 12" pipe`, `a 12" pipe`, ""},
	{"en", "", "the 1990's and a 747's wing", "the 1990’s and a 747’s wing", "ApostropheInWord ApostropheInWord"},
	{"en", "", "at 45°30'S, 10°15'W", "at 45°30'S, 10°15'W", ""},
	{"en", "", `He is "5'10"" tall`, `He is “5'10"” tall`, ""},
	{"it", "", "5′10″", "5′10″", ""},

	// English quotation marks and apostrophes.
	{"en", "", `She said "yes".`, "She said “yes”.", "QuoteFlank QuoteFlank"},
	{"en", "", `"Yes," she said.`, "“Yes,” she said.", "QuoteFlank QuoteFlank"},
	{"en", "", `«Yes», she said.`, "“Yes”, she said.", "QuoteTrusted QuoteTrusted"},
	{"en", "", `"He said "no" to me"`, "“He said “no” to me”", ""},
	{"en", "", `"He said 'no' to me"`, "“He said ‘no’ to me”", ""},
	{"en", "", `"whoever 'holds the track' wins"`, "“whoever ‘holds the track’ wins”", ""},
	{"en", "", "don't won't can't", "don’t won’t can’t", "ApostropheInWord ApostropheInWord ApostropheInWord"},
	{"en", "", "It's the '90s", "It’s the ’90s", "ApostropheInWord ApostropheYear"},
	{"en", "", "back in the ‘80s", "back in the ’80s", "ApostropheYear"},
	{"en", "", "rock 'n' roll", "rock ’n’ roll", "ApostropheLeading ApostropheFinal"},
	{"en", "", "tell 'em", "tell ’em", "ApostropheLeading"},
	{"en", "", "'cause I said so", "’cause I said so", "ApostropheLeading"},
	{"en", "", "the students' books", "the students’ books", "ApostropheFinal"},
	{"en", "", "waitin' for you", "waitin’ for you", "ApostropheFinal"},
	{"en", "", "'Quoted' word", "‘Quoted’ word", "QuoteFlank QuoteFlank"},
	{"en", "", "“Already right”", "“Already right”", ""},
	{"en", "", "“Fine,” he said, “fine.”", "“Fine,” he said, “fine.”", ""},
	{"en", "", "‘Single’ and “double”", "‘Single’ and “double”", ""},
	{"en", "c", `"Hi"`, "“Hi”", ""},
	{"en", "", `the "2031" plan`, "the “2031” plan", ""},
	{"en", "", `She said: "the '90s are back."`, "She said: “the ’90s are back.”", ""},

	// Languages without conventions: quotation marks, apostrophes and
	// hyphens are left as they are.
	{"de", "", `Er sagte "ja" und ging's an`, `Er sagte "ja" und ging's an`, ""},
	{"de", "", "„Ja“, sagte er.", "„Ja“, sagte er.", ""},
	{"fr", "", "«\u00A0Oui\u00A0», dit-il.", "«\u00A0Oui\u00A0», dit-il.", ""},
	{"fr", "c", `"Oui"`, "“Oui”", ""},
	{"it", "s", "«Andiamo», disse.", `"Andiamo", disse.`, "QuoteTrusted QuoteTrusted"},
	{"it", "s", "«a «b» c»", `"a «b» c"`, "QuoteTrusted QuoteTrusted"},

	// Invalid UTF-8: kept, or replaced when asked.
	{"it", "", "a\xffb", "a\xffb", ""},
	{"it", "r", "a\xffb", "a\uFFFDb", "ReplaceInvalid"},
	{"it", "r", "a\xff\xfeb\xc3", "a\uFFFDb\uFFFD", "ReplaceInvalid ReplaceInvalid"},
	{"it", "", "\xc3\u00AD\xa8", "\xc3\u00AD\xa8", ""},
	{"it", "", "\xff\"ciao\"", "\xff«ciao»", ""},
}

func stringOpts(letters string) []Option {
	var opts []Option
	for _, c := range letters {
		switch c {
		case 'p':
			opts = append(opts, PlainSpaces())
		case 'r':
			opts = append(opts, ReplaceInvalid())
		case 'c':
			opts = append(opts, PrimaryQuotes(DoubleCurly))
		case 'h':
			opts = append(opts, InciseDash("-"))
		case 's':
			opts = append(opts, PrimaryQuotes(StraightPair))
		}
	}
	return opts
}

func TestString(t *testing.T) {
	byLang := map[string]int{}
	for _, tt := range stringTests {
		byLang[tt.lang]++
	}
	if byLang["it"]+byLang["en"] < 120 {
		t.Errorf("only %d Italian and English table cases", byLang["it"]+byLang["en"])
	}
	t.Logf("%d cases: %d Italian, %d English, %d other", len(stringTests), byLang["it"], byLang["en"], len(stringTests)-byLang["it"]-byLang["en"])
	for _, tt := range stringTests {
		tag := language.MustParse(tt.lang)
		opts := append(stringOpts(tt.opts), RecordChanges())
		res := checkString(t, tt.in, tag, opts...)
		if res.Text != tt.want {
			t.Errorf("String(%q, %s, %q) = %q, want %q", tt.in, tt.lang, tt.opts, res.Text, tt.want)
			continue
		}
		if tt.rules != "" || tt.in == tt.want {
			var rules []string
			for _, c := range res.Changes {
				rules = append(rules, c.Rule)
			}
			if got := strings.Join(rules, " "); got != tt.rules {
				t.Errorf("String(%q, %s): rules %q, want %q", tt.in, tt.lang, got, tt.rules)
			}
		}
	}
}
