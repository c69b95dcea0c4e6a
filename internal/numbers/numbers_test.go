package numbers

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fedele/fedele/internal/hostile"
	"github.com/fedele/fedele/internal/token"
)

func TestFind(t *testing.T) {
	tests := []struct {
		text, lang string
		want       [][]string
	}{
		// Equal quantities across languages.
		{"2,63 miliardi di dollari", "it", [][]string{{"2630000000"}}},
		{"2.63 billion dollars", "en", [][]string{{"2630000000"}}},
		{"2,63 Mrd. Euro", "de", [][]string{{"2630000000"}}},
		{"170.500.000,00 euro", "it", [][]string{{"170500000"}}},
		{"170,500,000.00 euros", "en", [][]string{{"170500000"}}},
		{"il 40% dei voti", "it", [][]string{{"40"}}},
		{"40 per cent of votes", "en", [][]string{{"40"}}},
		{"40 per cento", "it", [][]string{{"40"}}},
		{"nel 1956 e nel 2025", "it", [][]string{{"1956"}, {"2025"}}},
		{"tre milioni", "it", [][]string{{"3000000"}}},
		// Italian compounds of a hundred and more, one word each;
		// "cento" and "mille" alone are not read, nor words that only
		// hold them.
		{"mungiamo quattrocentoventi mucche", "it", [][]string{{"420"}}},
		{"centotré, centottanta e duecento", "it", [][]string{{"103"}, {"180"}, {"200"}}},
		{"duemila persone, tremilacinquecento euro, milleduecento metri", "it", [][]string{{"2000"}, {"3500"}, {"1200"}}},
		{"cento volte, mille grazie, il centro di Milano, un accento", "it", nil},
		{"three million", "en", [][]string{{"3000000"}}},
		{"1.5 million", "en", [][]string{{"1500000"}}},
		{"1,5 milioni", "it", [][]string{{"1500000"}}},
		// Ambiguous single separator.
		{"1,000 people", "en", [][]string{{"1000"}}},
		{"1.000 persone", "it", [][]string{{"1000"}}},
		{"1,000", "it", [][]string{{"1"}}},
		{"1.000", "", [][]string{{"1000", "1"}}},
		// Multipliers against the digits, and after a currency sign only
		// for one letter.
		{"up 6% to $221bn", "en", [][]string{{"6"}, {"221000000000"}}},
		{"£1.4bn and €16bn", "en", [][]string{{"1400000000"}, {"16000000000"}}},
		{"a $5m deal", "en", [][]string{{"5000000"}}},
		{"a 5m wall", "en", [][]string{{"5"}}},
		// Numbers inside hyphenated words; codes are not numbers.
		{"the 1.5-degree target", "en", [][]string{{"1.5"}}},
		{"by mid-1962", "en", [][]string{{"1962"}}},
		{"a 90-hectare park", "en", [][]string{{"90"}}},
		{"a five-member council", "en", [][]string{{"5"}}},
		{"COVID-19 and F-16 and GPT-5", "en", nil},
		// Number words to ninety-nine.
		{"twenty years", "en", [][]string{{"20"}}},
		{"with twenty eight men", "en", [][]string{{"28"}}},
		{"twenty-eight men", "en", [][]string{{"28"}}},
		{"fifty people", "en", [][]string{{"50"}}},
		{"ventotto uomini e ventitré donne", "it", [][]string{{"28"}, {"23"}}},
		{"diciotto mesi, trentuno giorni", "it", [][]string{{"18"}, {"31"}}},
		{"eighteen months", "en", [][]string{{"18"}}},
		// Runs of English number words.
		{"two hundred and twelve million euros", "en", [][]string{{"212000000"}}},
		{"a hundred and ninety paying passengers", "en", [][]string{{"190"}}},
		{"four hundred and six passengers", "en", [][]string{{"406"}}},
		{"three thousand five hundred tonnes", "en", [][]string{{"3500"}}},
		{"two hundred twenty five", "en", [][]string{{"225"}}},
		{"one hundred days", "en", [][]string{{"100"}}},
		{"a hundred and fifty million", "en", [][]string{{"150000000"}}},
		{"a thousand and one nights", "en", [][]string{{"1001"}}},
		{"three or four times", "en", [][]string{{"3"}, {"4"}}},
		{"two hundred and a half", "en", [][]string{{"200.5"}}},
		{"one of the eleven routes", "en", [][]string{{"11"}}},
		{"nine countries, nine managers", "en", [][]string{{"9"}, {"9"}}},
		{"a hundred", "it", nil},
		// Ranges, halves, one percent.
		{"the market (6.30-10am)", "en", [][]string{{"6.3"}, {"10"}}},
		{"il mercato (6:30-10)", "it", [][]string{{"6.3"}, {"10"}}},
		{"15 milioni e mezzo", "it", [][]string{{"15500000"}}},
		{"two and a half years", "en", [][]string{{"2.5"}}},
		{"Two And A Half years", "en", [][]string{{"2.5"}}},
		{"2 e mezzo", "it", [][]string{{"2.5"}}},
		{"2 e mezzogiorno", "it", [][]string{{"2"}}},
		{"about one percent", "en", [][]string{{"1"}}},
		{"one of them", "en", nil},
		// Ordinals, ages, Roman numerals, decades in words.
		{"the 45th president", "en", [][]string{{"45"}}},
		{"il 45esimo presidente", "it", [][]string{{"45"}}},
		{"il 53enne", "it", [][]string{{"53"}}},
		{"nel XX secolo e nel XVI", "it", [][]string{{"20"}, {"16"}}},
		// A lone Roman numeral only before a century; ordinal words.
		{"nel V secolo a.C., con la Vitamina C", "it", [][]string{{"5"}}},
		{"V per Vendetta", "it", nil},
		{"il sedicesimo secolo e la ventunesima edizione, il primo gennaio", "it", [][]string{{"16"}, {"21"}, {"1"}}},
		{"the sixteenth and the twentieth century, the first of January", "en", [][]string{{"16"}, {"20"}, {"1"}}},
		{"secondo lui, prima del voto", "it", nil},
		{"Washington DC and MIX and I", "en", nil},
		{"in the Sixties", "en", [][]string{{"60", "1960", "2060"}}},
		{"negli anni Sessanta", "it", [][]string{{"60", "1960", "2060"}}},
		// Times.
		{"alle 23:45", "it", [][]string{{"23.45"}}},
		{"at 23.45", "en", [][]string{{"23.45"}}},
		// Elided years meet decades.
		{"negli anni '60", "it", [][]string{{"60", "1960", "2060"}}},
		{"negli anni ’80", "it", [][]string{{"80", "1980", "2080"}}},
		{"in the 1960s", "en", [][]string{{"1960"}}},
		// Units and names.
		{"8848m high", "en", [][]string{{"8848"}}},
		{"GPT-5 is here", "en", nil},
		{"0.50 and 007", "en", [][]string{{"0.5"}, {"7"}}},
		{"the 21st century", "en", [][]string{{"21"}}},
	}
	for _, tt := range tests {
		var got [][]string
		for _, n := range Find(tt.text, tt.lang) {
			got = append(got, n.Keys)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q, %q) mismatch (-want +got):\n%s", tt.text, tt.lang, diff)
		}
	}
}

// TestFindWritten checks the numerals as written: the same digits are
// equal whatever the locale reading, and a multiplier keeps them apart.
func TestFindWritten(t *testing.T) {
	tests := []struct {
		a, langA, b, langB string
		match              bool
	}{
		{"1,335 euro", "en", "1,335 euro", "it", true},
		{"2,63 billion", "en", "2,63 miliardi", "it", true},
		{"2.63 billion", "en", "2,63 miliardi", "it", false},
		{"5 billion", "en", "5 milioni", "it", false},
		{"3 million", "en", "3", "it", false},
		{"23.45", "en", "23:45", "it", true},
		{"62%", "en", "26%", "it", false},
	}
	for _, tt := range tests {
		a, b := Find(tt.a, tt.langA), Find(tt.b, tt.langB)
		if len(a) != 1 || len(b) != 1 {
			t.Errorf("%q, %q: found %d and %d numbers, want 1 each", tt.a, tt.b, len(a), len(b))
			continue
		}
		match := a[0].Written == b[0].Written
		if match != tt.match {
			t.Errorf("%q (%q) and %q (%q): equal %v, want %v", tt.a, a[0].Written, tt.b, b[0].Written, match, tt.match)
		}
	}
}

func TestFindSpan(t *testing.T) {
	text := "Costa 2,63 miliardi."
	ns := Find(text, "it")
	if len(ns) != 1 || text[ns[0].Start:ns[0].End] != "2,63 miliardi" {
		t.Fatalf("Find(%q) = %+v", text, ns)
	}
}

func TestParseRejects(t *testing.T) {
	for _, s := range []string{"", "abc", ",5", "5.", "1.2.3,4,5", "1,00,000"} {
		if got := Parse(s, "en"); got != nil {
			t.Errorf("Parse(%q) = %v, want nil", s, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("2,63 miliardi 1.000.000,5 three million", "it")
	f.Fuzz(func(t *testing.T, s, lang string) {
		for _, n := range Find(s, lang) {
			if n.Start < 0 || n.End > len(s) || n.Start >= n.End || len(n.Keys) == 0 {
				t.Fatalf("bad number %+v in %q", n, s)
			}
		}
	})
}

// A number followed by a long text is found in time linear in the text
// (the check for "and a half" looks at a prefix only).
func TestFindLongText(t *testing.T) {
	text := "1 " + strings.Repeat("word 1 ", 50000)
	ns := Find(text, "en")
	if len(ns) != 50001 {
		t.Fatalf("found %d numbers, want 50001", len(ns))
	}
}

// FindIn with the words and their keys given finds what Find finds,
// whatever keys are missing.
func TestFindInGivenKeys(t *testing.T) {
	texts := []string{
		"At 6:30-10am on 23:45 twenty-eight and twenty eight, XIV and XX",
		"gli anni Sessanta, the sixties, one percent, 2,63 miliardi e mezzo",
		"IV Vittorio Xavier XXI IX x xx I ii, three million and a half",
		"'60 ’70 $221bn £5m 8848m 1.5-degree mid-1962 five-member GPT-5",
		"", "   ", "uno per cento, un milione, una dozzina",
		"2,63 miliardi di dollari; 170.500.000,00 euro; il 40% dei voti; 40 per cent of votes",
		"nel 1956 e nel 2025, tre milioni, three million, 1.5 million, 1,5 milioni, 1,000 people",
		"ore 12:00 e 9:15, dalle 18:30-20:00; 3:4 not a time: 123:45, 1:234",
		"at 12:30one percent, 9:15twenty eight, 7:45XX", // a time glued to a word
		"Thirty-one thirty one forty-two Forty Two, ventuno trentadue, dozens",
	}
	for _, text := range texts {
		for _, lang := range []string{"en", "it", ""} {
			want := Find(text, lang)
			for gap := 1; gap <= 3; gap++ {
				ws := token.Words(text)
				folds := make([]string, len(ws))
				for k, w := range ws {
					if k%gap == 0 {
						folds[k] = token.Fold(w.Text(text))
					}
				}
				if diff := cmp.Diff(want, FindIn(text, lang, ws, folds)); diff != "" {
					t.Errorf("FindIn(%q, %q) with every %dth key (-Find +FindIn):\n%s", text, lang, gap, diff)
				}
			}
		}
	}
}

// Find allocates in proportion to its input whatever the input's shape:
// the memory it allocates per byte does not grow from 20 KB to 80 KB (a
// quadratic cost would multiply it by about four). "una", "uno" and "un"
// used to make Find lower-case the whole rest of the text, to look for a
// percent word after them, and "venti" ("anni Venti") the whole text
// before it.
func TestFindLinear(t *testing.T) {
	for _, sh := range hostile.Shapes {
		for _, lang := range []string{"it", "en"} {
			g := hostile.AllocGrowth(func(s string) { Find(s, lang) }, sh.Make, 20000)
			if g > 1.5 {
				t.Errorf("%s (%s): allocation per byte grows %.1f times from 20 KB to 80 KB", sh.Name, lang, g)
			}
		}
	}
}

// TestRangeMultipliers checks that the first end of a range takes the
// multiplier word of the second.
func TestRangeMultipliers(t *testing.T) {
	for _, tt := range []struct {
		text, lang string
		want       [][]string
	}{
		{"tra i 3 e i 10 milioni di civili", "it", [][]string{{"3", "3000000"}, {"10000000"}}},
		{"between 3 million and 10 million", "en", [][]string{{"3000000"}, {"10000000"}}},
		{"from 3 to 10 million", "en", [][]string{{"3", "3000000"}, {"10000000"}}},
		{"2-5 miliardi", "it", [][]string{{"2", "2000000000"}, {"5000000000"}}},
		{"1, 2 e 3 milioni", "it", [][]string{{"1", "1000000"}, {"2", "2000000"}, {"3000000"}}},
		{"nel 2019 5 milioni", "it", [][]string{{"2019"}, {"5000000"}}},
		{"3 mele e 10 milioni", "it", [][]string{{"3"}, {"10000000"}}},
	} {
		var got [][]string
		for _, n := range Find(tt.text, tt.lang) {
			got = append(got, n.Keys)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) keys (-want +got):\n%s", tt.text, diff)
		}
	}
}
