package intensity

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestTable(t *testing.T) {
	tab := get()
	if tab.err != nil {
		t.Fatal(tab.err)
	}
	for _, lang := range []string{"en", "it"} {
		es := Entries(lang)
		if len(es) < 150 {
			t.Errorf("%s: %d entries, want at least 150", lang, len(es))
		}
		perClass := map[Class]int{}
		for _, e := range es {
			perClass[e.Class]++
		}
		for _, c := range Classes {
			if perClass[c] < 10 {
				t.Errorf("%s: %d %s entries, want at least 10", lang, perClass[c], c)
			}
		}
		t.Logf("%s: %d entries %v", lang, len(es), perClass)
	}
	if Entries("fr") != nil {
		t.Error("entries for a language the table does not have")
	}
	if got, want := len(Entries("it-IT")), len(Entries("it")); got != want {
		t.Errorf("Entries(it-IT) has %d entries, Entries(it) %d", got, want)
	}
}

// The brief's anchors: the order of strengths the comparisons rely on.
func TestTableOrder(t *testing.T) {
	strength := map[string]float64{}
	for _, lang := range []string{"en", "it"} {
		for _, e := range Entries(lang) {
			strength[lang+":"+e.Phrase] = e.Strength
		}
	}
	chains := [][]string{
		{"en:slightly", "en:somewhat", "en:quite", "en:very", "en:extremely", "en:completely"},
		{"it:leggermente", "it:un po'", "it:abbastanza", "it:molto", "it:estremamente", "it:del tutto"},
		{"en:none", "en:few", "en:some", "en:many", "en:most", "en:all"},
		{"it:nessuno", "it:pochi", "it:alcuni", "it:molti", "it:la maggior parte", "it:tutti"},
		{"en:never", "en:sometimes", "en:often", "en:always"},
		{"it:mai", "it:a volte", "it:spesso", "it:sempre"},
		{"en:maybe", "en:probably", "en:certainly"},
		{"it:forse", "it:probabilmente", "it:sicuramente"},
		{"en:might", "en:could", "en:should", "en:will", "en:must"},
		{"it:potrebbe", "it:può", "it:dovrebbe", "it:sarà", "it:deve"},
		{"en:good", "en:great", "en:excellent", "en:perfect"},
		{"it:buono", "it:ottimo", "it:perfetto"},
		{"en:terrible", "en:bad", "en:good"},
		{"it:pessimo", "it:cattivo", "it:buono"},
		{"en:huge risk", "en:clear risk", "en:risk", "en:small risk"},
		{"it:rischio enorme", "it:rischio evidente", "it:rischio", "it:piccolo rischio"},
	}
	for _, chain := range chains {
		for i, p := range chain {
			if _, ok := strength[p]; !ok {
				t.Errorf("%s not in the table", p)
				continue
			}
			if i > 0 && chain[i-1] != "" && strength[chain[i-1]] >= strength[p] {
				t.Errorf("%s (%g) is not weaker than %s (%g)", chain[i-1], strength[chain[i-1]], p, strength[p])
			}
		}
	}
	// The translations the brief pairs have the same strength.
	pairs := [][2]string{{"quite", "abbastanza"}, {"very", "molto"}, {"extremely", "estremamente"},
		{"totally", "del tutto"}, {"really", "davvero"}, {"absolutely", "assolutamente"}, {"slightly", "leggermente"},
		{"some", "alcuni"}, {"many", "molti"}, {"most", "la maggior parte"}, {"all", "tutti"}, {"every", "ogni"},
		{"none", "nessuno"}, {"few", "pochi"}, {"always", "sempre"}, {"often", "spesso"}, {"sometimes", "a volte"},
		{"never", "mai"}, {"certainly", "certamente"}, {"definitely", "sicuramente"}, {"probably", "probabilmente"},
		{"maybe", "forse"}, {"could", "potrebbe"}, {"will", "sarà"}, {"must", "deve"}, {"good", "buono"},
		{"excellent", "eccellente"}, {"terrible", "terribile"}, {"risk", "rischio"}, {"clear risk", "rischio evidente"}}
	for _, p := range pairs {
		if a, b := strength["en:"+p[0]], strength["it:"+p[1]]; a != b {
			t.Errorf("%s (%g) and %s (%g) differ", p[0], a, p[1], b)
		}
	}
}

func TestParseTableErrors(t *testing.T) {
	bad := []string{
		"en\tvery\t+1",
		"en\tvery\tone\tdegree",
		"en\tvery\t+4\tdegree",
		"en\tvery\t+1\tadverb",
		"en\tVery\t+1\tdegree",
		"en\ta  bit\t-1\tdegree",
		"en\ta-bit\t-1\tdegree",
		"en\t\t-1\tdegree",
		"en\tvery\t+1\tdegree\nen\tvery\t+2\tdegree",
	}
	for _, text := range bad {
		if tab := parseTable(text); tab.err == nil {
			t.Errorf("parseTable(%q): no error", text)
		}
	}
	if tab := parseTable("# comment\n\nen\tun po'\t-1\tdegree\nen\t'll\t+2\tmodal\nen\twon't\t+2\tmodal\n"); tab.err != nil {
		t.Errorf("a good table: %v", tab.err)
	}
}

// found writes the items as "phrase[text]class:strength" for a compact
// comparison.
func found(text string, items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%s[%s]%s:%+g", it.Phrase, text[it.Start:it.End], it.Class, it.Strength))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		// degree
		{"en", "It's quite good, really.", []string{"quite[quite]degree:+0.5", "good[good]evaluative:+1", "really[really]degree:+1"}},
		{"en", "Slightly better, but a little bit late.", []string{"slightly[Slightly]degree:-2", "better[better]evaluative:+2", "a little bit[a little bit]degree:-1.5"}},
		{"en", "EXTREMELY, totally and absolutely", []string{"extremely[EXTREMELY]degree:+2", "totally[totally]degree:+3", "absolutely[absolutely]degree:+3"}},
		{"it", "È un po’ stanco, anzi un po' troppo.", []string{"un po'[un po’]degree:-1.5", "un po'[un po']degree:-1.5"}},
		{"it", "Del tutto vero, molto bello.", []string{"del tutto[Del tutto]degree:+3", "molto[molto]degree:+1", "bello[bello]evaluative:+1"}},
		// quantifier
		{"en", "Some of them, not all of them; most of the towns.", []string{"some of[Some of]quantifier:-1", "all of[all of]quantifier:+3", "most of[most of]quantifier:+2"}},
		{"en", "Everybody says so, nobody does it.", []string{"everybody[Everybody]quantifier:+3", "nobody[nobody]quantifier:-3"}},
		{"it", "Tutti i comuni, alcuni clienti, la maggior parte dei pozzi.", []string{"tutti[Tutti]quantifier:+3", "alcuni[alcuni]quantifier:-1", "la maggior parte[la maggior parte]quantifier:+2"}},
		{"it", "Nessuno, quasi tutti, ogni città.", []string{"nessuno[Nessuno]quantifier:-3", "quasi tutti[quasi tutti]quantifier:+2.5", "ogni[ogni]quantifier:+3"}},
		// frequency
		{"en", "We never stop; sometimes it fails, all the time.", []string{"never[never]frequency:-3", "sometimes[sometimes]frequency:-1", "all the time[all the time]frequency:+3"}},
		{"it", "Non succede mai più, a volte sì, spesso no, ogni volta.", []string{"mai più[mai più]frequency:-3", "a volte[a volte]frequency:-1", "spesso[spesso]frequency:+1", "ogni volta[ogni volta]frequency:+3"}},
		// certainty
		{"en", "Maybe, probably, of course.", []string{"maybe[Maybe]certainty:-1", "probably[probably]certainty:+1", "of course[of course]certainty:+2.5"}},
		{"it", "Forse sì, senz’altro no, di sicuro.", []string{"forse[Forse]certainty:-1", "senz'altro[senz’altro]certainty:+3", "di sicuro[di sicuro]certainty:+3"}},
		// modal
		{"en", "We will, we'll, we won't, we might, we must.", []string{"will[will]modal:+2", "'ll['ll]modal:+2", "won't[won't]modal:+2", "might[might]modal:-2", "must[must]modal:+3"}},
		{"en", "We’ll see; we're going to build it.", []string{"'ll[’ll]modal:+2", "going to[going to]modal:+2"}},
		{"it", "Potremmo essere in utile, saremo in utile, dobbiamo esserlo.", []string{"potremmo[Potremmo]modal:-1.5", "saremo[saremo]modal:+2", "dobbiamo[dobbiamo]modal:+3"}},
		// evaluative
		{"en", "A clear risk, a huge risk, a risk.", []string{"clear risk[clear risk]evaluative:-2", "huge risk[huge risk]evaluative:-3", "risk[risk]evaluative:-1"}},
		{"it", "Un rischio evidente, un rischio, ottimi risultati.", []string{"rischio evidente[rischio evidente]evaluative:-2", "rischio[rischio]evaluative:-1", "ottimi[ottimi]evaluative:+2.5"}},
		{"it", "Un pessimo affare, un'ottima idea.", []string{"pessimo[pessimo]evaluative:-3", "ottima[ottima]evaluative:+2.5"}},
		// whole words only
		{"it", "tuttavia, overall, ogniqualvolta, sempreverde", nil},
		{"en", "overall, somewhere, allow, canal", nil},
		// n't: the contraction is not the word
		{"en", "You can't, you cannot, you can.", []string{"can[can]modal:+0"}},
		// punctuation breaks a phrase
		{"en", "a, little late; of. course", nil},
		{"it", "del, tutto", []string{"tutto[tutto]quantifier:+3"}},
		// languages
		{"en-GB", "very", []string{"very[very]degree:+1"}},
		{"fr", "très bien", nil},
		// invalid UTF-8 separates words
		{"it", "molto\xffbuono\xfe", []string{"molto[molto]degree:+1", "buono[buono]evaluative:+1"}},
		{"en", "", nil},
	}
	for _, tt := range tests {
		got := found(tt.text, Find(tt.lang, tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%s, %q) (-want +got):\n%s", tt.lang, tt.text, diff)
		}
	}
}

func TestTokens(t *testing.T) {
	text := "l’acqua, \"po'\" e\tcan't"
	var got []string
	for _, tk := range tokens(text) {
		got = append(got, fmt.Sprintf("%s/%v/%v", text[tk.start:tk.end], tk.spaced, tk.joined))
	}
	want := []string{"l/true/false", "’/false/true", "acqua/false/true", "po/false/false", "'/false/true",
		"e/false/false", "can/true/false", "'/false/true", "t/false/true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"It's quite good.", "un po’ stanco", "can't won't we'll", "del tutto\xff", "«ottimi»"} {
		f.Add("en", s)
		f.Add("it", s)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		items := Find(lang, text)
		end := 0
		for _, it := range items {
			if it.Start < end || it.End <= it.Start || it.End > len(text) {
				t.Fatalf("item %+v out of order or out of range (previous end %d, text %d bytes)", it, end, len(text))
			}
			end = it.End
			if !utf8.ValidString(text[it.Start:it.End]) {
				t.Fatalf("item %+v spans invalid UTF-8", it)
			}
			// The span holds the phrase's words, apostrophes folded.
			words := strings.Fields(strings.NewReplacer("’", "'", "ʼ", "'").Replace(strings.ToLower(text[it.Start:it.End])))
			if strings.Join(words, " ") != it.Phrase {
				t.Fatalf("item %+v spans %q", it, text[it.Start:it.End])
			}
		}
	})
}

// BenchmarkFind runs over a long Italian text: the time grows with the
// length of the text only.
func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("Lindqvist giudica i risultati «ottimi», anche se forse non tutti i comuni saranno d’accordo: un rischio evidente, dice, ma molto piccolo. ", 500)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find("it", text)
	}
}

// BenchmarkFindNoSpace runs over a text with no white space at all, the
// shape that would make a careless matcher quadratic.
func BenchmarkFindNoSpace(b *testing.B) {
	text := strings.Repeat("molto'", 20000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find("it", text)
	}
}
