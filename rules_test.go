package fedele

import (
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/segment"
)

// findingsOf checks a pair and returns its findings of kind k.
func findingsOf(t *testing.T, src, tgt string, k Kind, opts ...Option) []Finding {
	t.Helper()
	r, err := Check(src, tgt, opts...)
	if err != nil {
		t.Fatal(err)
	}
	var out []Finding
	for _, f := range r.Findings {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// A short faithful English-Italian news pair that the rule tests vary.
var (
	ruleSrc = []string{
		"The battery maker will build three factories in Arizona, Ohio and Quebec.",
		"The plants should produce 40 gigawatt-hours of batteries a year by 2029.",
		"About $1.1 billion will come from a green bond issued in January.",
		"The company expects the plants to create about 2,200 jobs.",
		"Its chief executive said the grid was the real bottleneck.",
		"Shares rose 4% after the announcement on Tuesday.",
	}
	ruleTgt = []string{
		"Il produttore di batterie costruirà tre stabilimenti in Arizona, Ohio e Quebec.",
		"Gli impianti dovrebbero produrre 40 gigawattora di batterie all'anno entro il 2029.",
		"Circa 1,1 miliardi di dollari arriveranno da un green bond emesso a gennaio.",
		"L'azienda prevede che gli impianti creeranno circa 2.200 posti di lavoro.",
		"La sua amministratrice delegata ha detto che la rete è il vero collo di bottiglia.",
		"Le azioni sono salite del 4% dopo l'annuncio di martedì.",
	}
)

// pairWith returns the rule pair with target sentence i replaced.
func pairWith(i int, tgt string) (string, string) {
	ts := append([]string(nil), ruleTgt...)
	ts[i] = tgt
	return strings.Join(ruleSrc, "\n"), strings.Join(ts, "\n")
}

func TestRuleFaithfulPairHasNoErrors(t *testing.T) {
	r, err := Check(strings.Join(ruleSrc, "\n"), strings.Join(ruleTgt, "\n"), Presegmented())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Severity == SeverityError {
			t.Errorf("faithful pair: unexpected error %s: %s", f.Kind, f.Message)
		}
	}
}

// withTarget returns the rule pair with target sentence i replaced.
func withTarget(i int, tgt string) [2]string {
	src, t := pairWith(i, tgt)
	return [2]string{src, t}
}

// withBoth returns the rule pair with source and target sentence 4
// replaced.
func withBoth(src, tgt string) [2]string {
	return [2]string{strings.Join(append(ruleSrc[:4:4], src, ruleSrc[5]), "\n"), strings.Join(append(ruleTgt[:4:4], tgt, ruleTgt[5]), "\n")}
}

// ruleCases are the table of the rules: for each, a pair (presegmented)
// and the finding it must give, found by its kind, its severity and the
// start of the text of its first target span (of its first source span
// when it has no target; "" for a document-wide finding).
var ruleCases = []struct {
	name     string
	pair     [2]string
	kind     Kind
	severity Severity
	at       string
}{
	{"NumberChanged", withTarget(5, "Le azioni sono salite del 40% dopo l'annuncio di martedì."), NumberMismatch, SeverityError, "Le azioni sono salite del 40%"},
	{"MagnitudeSlip", withTarget(2, "Circa 1,1 milioni di dollari arriveranno da un green bond emesso a gennaio."), NumberMismatch, SeverityError, "Circa 1,1 milioni"},
	{"YearChanged", withTarget(1, "Gli impianti dovrebbero produrre 40 gigawattora di batterie all'anno entro il 2039."), NumberMismatch, SeverityError, "Gli impianti dovrebbero"},
	{"NumberDropped", withTarget(3, "L'azienda prevede che gli impianti creeranno molti posti di lavoro."), PartialOmission, SeverityWarning, "L'azienda prevede"},
	{"Untranslated", withTarget(4, "Its chief executive said the grid was the real bottleneck."), Untranslated, SeverityError, "Its chief executive"},
	{"QuestionForStatement", withTarget(4, "La sua amministratrice delegata ha chiesto se la rete sia il vero collo di bottiglia?"), EndPunctuation, SeverityInfo, "La sua amministratrice"},
	{"DoubleSpace", withTarget(5, "Le azioni sono salite del 4%  dopo l'annuncio di martedì."), Whitespace, SeverityInfo, "Le azioni sono salite"},
	{"UnclosedQuote", withTarget(4, "La sua amministratrice delegata ha detto che «la rete è il vero collo di bottiglia."), UnbalancedQuotes, SeverityWarning, "La sua amministratrice"},
	{"MismatchedQuote", withTarget(4, "La sua amministratrice delegata ha detto: «la rete è il vero collo di bottiglia\"."), UnbalancedQuotes, SeverityWarning, "La sua amministratrice"},
	{"QuotedInTargetOnly", withTarget(4, "La sua amministratrice delegata ha detto che «la rete è il vero collo di bottiglia»."), Quotation, SeverityInfo, "La sua amministratrice"},
	{"Truncated", withTarget(2, "Circa 1,1 miliardi di dollari."), PartialOmission, SeverityError, "Circa 1,1 miliardi di dollari."},
	{"Unrelated", withTarget(4, "Il tempo a Milano sarà soleggiato per tutto il fine settimana con temperature miti."), Paraphrase, SeverityError, "Il tempo a Milano"},
	{"Omitted", [2]string{strings.Join(ruleSrc, "\n"), strings.Join(append(ruleTgt[:2:2], ruleTgt[3:]...), "\n")}, Omission, SeverityError, "About $1.1 billion"},
	{"Added", [2]string{strings.Join(ruleSrc, "\n"), strings.Join(append(ruleTgt[:6:6], "Questa frase non ha alcuna fonte e parla di cucina toscana e di vini rossi."), "\n")}, Addition, SeverityError, "Questa frase non ha"},
	{"CodeChanged", withBoth("Its chief executive said the GPT-5 model was the real bottleneck.", "La sua amministratrice delegata ha detto che il modello GPT-4 è il vero collo di bottiglia."), NameMismatch, SeverityError, "La sua amministratrice"},
	{"FalseFriend", withBoth("“Actually, the grid is the real bottleneck,” she said.", "«Attualmente la rete è il vero collo di bottiglia», ha detto."), FalseFriend, SeverityError, "«Attualmente"},
	{"Swapped", [2]string{strings.Join(ruleTgt, "\n") + "\n" + strings.Join(ruleTgt, "\n"), strings.Join(ruleSrc, "\n") + "\n" + strings.Join(ruleSrc, "\n")}, WrongLanguage, SeverityError, ""},
	{"MixedApostrophes", withTarget(3, "L’azienda prevede che gli impianti creeranno circa 2.200 posti di lavoro."), InconsistentTypography, SeverityInfo, ""},
}

func TestRules(t *testing.T) {
	for _, tt := range ruleCases {
		t.Run(tt.name, func(t *testing.T) {
			fs := findingsOf(t, tt.pair[0], tt.pair[1], tt.kind, Presegmented())
			ok := false
			for _, f := range fs {
				var at string
				switch {
				case len(f.Target) > 0:
					at = f.Target[0].Text
				case len(f.Source) > 0:
					at = f.Source[0].Text
				}
				if f.Severity == tt.severity && strings.HasPrefix(at, tt.at) && (tt.at != "" || at == "") {
					ok = true
				}
			}
			if !ok {
				r, _ := Check(tt.pair[0], tt.pair[1], Presegmented())
				t.Errorf("no %s %s at %q; findings: %+v", tt.severity, tt.kind, tt.at, r.Findings)
			}
		})
	}
}

// Every kind of finding has a rule that reports it and a case in the
// rule table, and every rule has exactly one way to run.
func TestEveryKindHasARule(t *testing.T) {
	ruled := map[Kind]bool{}
	for _, r := range rules {
		ways := 0
		for _, set := range []bool{r.document != nil, r.unpaired != nil, r.pair != nil} {
			if set {
				ways++
			}
		}
		if ways != 1 || len(r.kinds) == 0 {
			t.Errorf("rule %s: %d ways to run, %d kinds; want one way and some kinds", r.name, ways, len(r.kinds))
		}
		for _, k := range r.kinds {
			ruled[k] = true
		}
	}
	cased := map[Kind]bool{}
	for _, c := range ruleCases {
		cased[c.kind] = true
	}
	for _, k := range Kinds() {
		if !ruled[k] {
			t.Errorf("kind %s: no rule reports it", k)
		}
		if !cased[k] {
			t.Errorf("kind %s: no case in ruleCases", k)
		}
	}
}

// WithThresholds changes what the rules decide: with the bar of a
// faithful rendering above any similarity, every pair of a faithful
// translation is graded; with the default, none is an error.
func TestWithThresholds(t *testing.T) {
	src, tgt := strings.Join(ruleSrc, "\n"), strings.Join(ruleTgt, "\n")
	if fs := findingsOf(t, src, tgt, Paraphrase, Presegmented()); len(fs) > 1 {
		t.Fatalf("default thresholds: %d paraphrase findings on a faithful pair", len(fs))
	}
	th := DefaultThresholds()
	th.MinFaithful, th.MinLoose = 1.01, 1.005
	fs := findingsOf(t, src, tgt, Paraphrase, Presegmented(), WithThresholds(th))
	if len(fs) != len(ruleSrc) {
		t.Errorf("faithful bar above 1: %d paraphrase findings, want one per pair (%d)", len(fs), len(ruleSrc))
	}
	for _, f := range fs {
		if f.Severity == SeverityError {
			t.Errorf("faithful pair graded unrelated: %+v", f)
		}
	}
}

// WithAlignOptions reaches the aligner: a user dictionary makes a pair
// that nothing else would match.
func TestWithAlignOptions(t *testing.T) {
	src := "Zorbly flimmered the quandle.\nThe battery maker will build three factories in Arizona, Ohio and Quebec."
	tgt := "Xutto glabrava il pirnolo.\nIl produttore di batterie costruirà tre stabilimenti in Arizona, Ohio e Quebec."
	similarity := func(opts ...Option) float64 {
		r, err := Check(src, tgt, append([]Option{Presegmented()}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Alignment {
			if len(p.Source) == 1 && strings.HasPrefix(p.Source[0].Text, "Zorbly") && len(p.Target) > 0 {
				return p.Similarity
			}
		}
		return 0
	}
	d, err := align.ReadDictionary(strings.NewReader("zorbly\txutto\nflimmer\tglabrare\nquandle\tpirnolo\n"))
	if err != nil {
		t.Fatal(err)
	}
	without, with := similarity(), similarity(WithAlignOptions(align.WithDictionary(d)))
	if with <= without || with < 0.5 {
		t.Errorf("similarity of the invented pair: %.2f without the dictionary, %.2f with it", without, with)
	}
}

func TestRuleFalseFriend(t *testing.T) {
	src := strings.Join(append(ruleSrc[:4:4], "“Actually, the grid is the real bottleneck,” she said.", ruleSrc[5]), "\n")
	tgt := strings.Join(append(ruleTgt[:4:4], "«Attualmente la rete è il vero collo di bottiglia», ha detto.", ruleTgt[5]), "\n")
	fs := findingsOf(t, src, tgt, FalseFriend, Presegmented())
	if len(fs) != 1 || fs[0].Severity != SeverityError || fs[0].Evidence.TargetItems[0] != "Attualmente" {
		t.Errorf("false friends = %+v, want one error on «Attualmente»", fs)
	}
	// The quotation rule sees the same slip inside the quotation.
	if qs := findingsOf(t, src, tgt, Quotation, Presegmented()); len(qs) != 1 || qs[0].Severity != SeverityError {
		t.Errorf("quotations = %+v, want one error", qs)
	}
}

func TestRuleQuotationReworded(t *testing.T) {
	src := strings.Join(append(ruleSrc[:4:4], "“The grid is the real bottleneck,” she said.", ruleSrc[5]), "\n")
	tgt := strings.Join(append(ruleTgt[:4:4], "«Nessuno sa davvero quanto costerà questa avventura industriale», ha detto.", ruleTgt[5]), "\n")
	qs := findingsOf(t, src, tgt, Quotation, Presegmented())
	if len(qs) != 1 || qs[0].Severity != SeverityWarning || len(qs[0].Evidence.TargetItems) < 3 {
		t.Errorf("quotations = %+v, want one warning listing the quotation's words", qs)
	}
	// The faithful quotation has none.
	tgt = strings.Join(append(ruleTgt[:4:4], "«La rete è il vero collo di bottiglia», ha detto.", ruleTgt[5]), "\n")
	if qs := findingsOf(t, src, tgt, Quotation, Presegmented()); len(qs) != 0 {
		t.Errorf("faithful quotation: quotations = %+v", qs)
	}
}

func TestRuleOmissionAndAddition(t *testing.T) {
	src := strings.Join(ruleSrc, "\n")
	tgt := strings.Join(append(append(ruleTgt[:2:2], ruleTgt[3:]...), "Questa frase non ha alcuna fonte e parla di cucina toscana e di vini rossi."), "\n")
	om := findingsOf(t, src, tgt, Omission, Presegmented())
	if len(om) != 1 || om[0].Source[0].Text != ruleSrc[2] || om[0].Severity != SeverityError {
		t.Errorf("omissions = %+v, want sentence 2 as an error", om)
	}
	ad := findingsOf(t, src, tgt, Addition, Presegmented())
	if len(ad) != 1 || ad[0].Severity != SeverityError {
		t.Errorf("additions = %+v, want one error", ad)
	}
}

func TestRuleWrongLanguage(t *testing.T) {
	src, tgt := readExample(t)
	// The two files swapped.
	fs := findingsOf(t, tgt, src, WrongLanguage)
	if len(fs) != 1 || fs[0].Severity != SeverityError || !strings.Contains(fs[0].Message, "swapped") {
		t.Errorf("swapped files: wrong-language findings = %+v", fs)
	}
	// The source given as its own translation.
	fs = findingsOf(t, src, src, WrongLanguage)
	if len(fs) != 1 || fs[0].Severity != SeverityError {
		t.Errorf("untranslated document: wrong-language findings = %+v", fs)
	}
	// The right way round: none.
	if fs := findingsOf(t, src, tgt, WrongLanguage); len(fs) != 0 {
		t.Errorf("correct pair: wrong-language findings = %+v", fs)
	}
}

func TestBoilerplateRoles(t *testing.T) {
	text := "Titolo dell'articolo\n\nFonte originale: a16z\nTraduzione: redazione\n\nIl testo dice qualcosa. E poi altro.\n\n" +
		"Esclusione di responsabilità: il contenuto non è una consulenza. Non investite.\nTi potrebbe interessare anche\nUn titolo qualsiasi\nUn altro titolo"
	sents := segment.New(language.Italian).Split(text)
	roles := classify(sents)
	var got []string
	for i, s := range sents {
		got = append(got, roles[i].String()+": "+s.Text)
	}
	want := []string{
		"text: Titolo dell'articolo",
		"publication metadata: Fonte originale: a16z",
		"publication metadata: Traduzione: redazione",
		"text: Il testo dice qualcosa.",
		"text: E poi altro.",
		"disclaimer: Esclusione di responsabilità: il contenuto non è una consulenza.",
		"disclaimer: Non investite.",
		"heading of a related-articles block: Ti potrebbe interessare anche",
		"teaser of a related-articles block: Un titolo qualsiasi",
		"teaser of a related-articles block: Un altro titolo",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckBadInput(t *testing.T) {
	for _, tt := range []struct{ src, tgt string }{
		{"Valid text.", "Bad \xff byte."},
		{"Bad \xc3 byte.", "Testo valido."},
		{"", "Testo."},
		{"Text.", " \n\t "},
		{"\uFEFF", "Testo."},
		// Invisible characters alone are no text.
		{"Text.", "\u200b\u200b\u200b"},
		{"\uFEFF  \u2060\n", "Testo."},
		{"Text.", "\u00ad\u200d \u200e"},
	} {
		if _, err := Check(tt.src, tt.tgt); err == nil {
			t.Errorf("Check(%q, %q): no error", tt.src, tt.tgt)
		}
	}
	// Binary junk that is valid UTF-8 is checked, not rejected.
	if _, err := Check("\x00\x01 text \x02", "\x00 testo \x03"); err != nil {
		t.Errorf("binary junk: %v", err)
	}
}

// A false friend's forms: its inflections, not the derivations that share
// its stem.
func TestInflects(t *testing.T) {
	for _, tt := range []struct {
		lang, w, lemma string
		want           bool
	}{
		{"en", "actually", "actually", true},
		{"en", "larger", "large", true},
		{"en", "bigger", "big", true},
		{"en", "largely", "large", false},
		{"en", "editors", "editor", true},
		{"en", "libraries", "library", true},
		{"en", "realized", "realize", true},
		{"en", "realizing", "realize", true},
		{"en", "planned", "plan", true},
		{"en", "realization", "realize", false},
		{"it", "editori", "editore", true},
		{"it", "realizzato", "realizzare", true},
		{"it", "realizzarono", "realizzare", true},
		{"it", "larghi", "largo", true},
		{"it", "largamente", "largo", false},
	} {
		if got := inflects(tt.lang, tt.w, tt.lemma); got != tt.want {
			t.Errorf("inflects(%q, %q, %q) = %v, want %v", tt.lang, tt.w, tt.lemma, got, tt.want)
		}
	}
}

func TestRuleFalseFriendForms(t *testing.T) {
	pair := func(s, t string) (string, string) {
		return strings.Join(append(ruleSrc[:4:4], s, ruleSrc[5]), "\n"), strings.Join(append(ruleTgt[:4:4], t, ruleTgt[5]), "\n")
	}
	// A loan word is the source word itself, not its look-alike.
	src, tgt := pair("The photo shows the display that had been anticipated in rumors.", "La foto mostra il display anticipato dai rumor.")
	if fs := findingsOf(t, src, tgt, FalseFriend, Presegmented()); len(fs) != 0 {
		t.Errorf("loan word: false friends = %+v, want none", fs)
	}
	// A derivation that shares the stem of a false friend ("largely" and
	// "large"/"largo") is not that false friend.
	src, tgt = pair("The pattern was largely dictated by geography.", "Il modello era largamente dettato dalla geografia.")
	if fs := findingsOf(t, src, tgt, FalseFriend, Presegmented()); len(fs) != 0 {
		t.Errorf("derivation: false friends = %+v, want none", fs)
	}
	// A look-alike that translates the word in a narrow sense is a
	// warning.
	src, tgt = pair("He studied at a military college near the capital.", "Ha studiato in un collegio militare vicino alla capitale.")
	if fs := findingsOf(t, src, tgt, FalseFriend, Presegmented()); len(fs) != 1 || fs[0].Severity != SeverityWarning {
		t.Errorf("narrow sense: false friends = %+v, want one warning", fs)
	}
}

// An acronym that the dictionary renders in words (BC: a.C., UK: Regno
// Unito) is found in the translation that renders it, and missed in one
// that does not.
func TestRuleNamesRendered(t *testing.T) {
	pair := func(s, t string) (string, string) {
		return strings.Join(append(ruleSrc[:4:4], s, ruleSrc[5]), "\n"), strings.Join(append(ruleTgt[:4:4], t, ruleTgt[5]), "\n")
	}
	for _, tt := range []struct {
		src, tgt string
		want     int
	}{
		{"Athens ruled the straits in the 5th century BC, with its allies.", "Atene controllava gli stretti nel V secolo a.C., con i suoi alleati.", 0},
		{"The agency is based in the UK, near the coast.", "L'agenzia ha sede nel Regno Unito, vicino alla costa.", 0},
		{"On the 1st January 49 BC, Antony read a declaration from Caesar.", "Il 1 gennaio 49 d.C., Antonio lesse una dichiarazione di Cesare.", 1},
	} {
		src, tgt := pair(tt.src, tt.tgt)
		if fs := findingsOf(t, src, tgt, NameMismatch, Presegmented()); len(fs) != tt.want {
			t.Errorf("%q -> %q: name findings = %+v, want %d", tt.src, tt.tgt, fs, tt.want)
		}
	}
}

// Thousands of unpaired marks in one sentence give one finding, not one
// each repeating the sentence: the report stays a small multiple of the
// text.
func TestUnbalancedQuotesGrouped(t *testing.T) {
	tgt := "Inizio. " + strings.Repeat("«“‘", 5000) + "Ciao. Come stai? Bene. Fine."
	src := "Start. Hello. How are you? Fine. The end."
	r, err := Check(src, tgt)
	if err != nil {
		t.Fatal(err)
	}
	perSentence := map[int]int{}
	for _, f := range r.Findings {
		if f.Kind == UnbalancedQuotes {
			perSentence[f.Target[0].Start]++
		}
	}
	if len(perSentence) == 0 {
		t.Fatal("no unbalanced-quotes finding")
	}
	for at, n := range perSentence {
		if n != 1 {
			t.Errorf("sentence at %d: %d unbalanced-quotes findings, want one", at, n)
		}
	}
	var b strings.Builder
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if n := b.Len(); n > 20*len(tgt) {
		t.Errorf("JSON report of %d bytes for a %d-byte text", n, len(tgt))
	}
}

// Boilerplate that both sides carry (a disclaimer translated with the
// article, metadata lines) is rendered, not omitted and added.
func TestBoilerplateOnBothSides(t *testing.T) {
	_, tgt := readExample(t)
	r, err := Check(tgt, tgt, WithLanguages(language.Italian, language.Italian))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Kind == Omission || f.Kind == Addition {
			t.Errorf("the text against itself: %s %s: %s", f.Severity, f.Kind, f.Message)
		}
	}
	if r.Summary.Verdict != VerdictFaithful {
		t.Errorf("the text against itself: verdict %s", r.Summary.Verdict)
	}
}

// A sentence too long to be compared whole (one line of 3,000 words) is
// compared by its first words, and the report says so.
func TestReportCut(t *testing.T) {
	tgt := strings.Repeat("parola ", 3000) + "fine."
	r, err := Check(strings.Join(ruleSrc, "\n"), tgt)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Target.Cut) != 1 || len(r.Source.Cut) != 0 {
		t.Errorf("cut: source %v, target %d spans, want the target's one sentence", r.Source.Cut, len(r.Target.Cut))
	}
	var b strings.Builder
	if err := r.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "first words only") {
		t.Error("the text report does not say that a sentence was cut")
	}
}
