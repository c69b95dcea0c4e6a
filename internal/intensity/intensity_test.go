package intensity

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	type found struct {
		text     string
		class    Class
		strength float64
	}
	tests := []struct {
		lang, in string
		want     []found
	}{
		// Degree.
		{"en", "It was quite good.", []found{{"quite", Degree, 1}, {"good", Judgement, 1}}},
		{"en", "It is EXTREMELY hard.", []found{{"EXTREMELY", Degree, 3}}},
		{"en", "a little bit late", []found{{"a little bit", Degree, -2}}},
		{"it", "È un po' tardi.", []found{{"un po'", Degree, -2}}},
		{"it", "È un po’ tardi.", []found{{"un po’", Degree, -2}}},
		{"it", "Era davvero ottimo.", []found{{"davvero", Degree, 2}, {"ottimo", Judgement, 4}}},
		// An absolute superlative is an adverb of the highest degree;
		// "prossimo" and "massimo" are not superlatives of that kind.
		{"it", "Letti comodissimi, il prossimo anno, al massimo.", []found{{"comodissimi", Degree, 3}}},
		// Quantity: the longest phrase first.
		{"en", "Some of them left; most of them stayed.", []found{{"Some of them", Quantity, 2}, {"most of them", Quantity, 4}}},
		{"it", "La maggior parte è rimasta, tutti lo sanno.", []found{{"La maggior parte", Quantity, 4}, {"tutti", Quantity, 5}}},
		// Frequency and certainty.
		{"en", "We sometimes fail, but probably not always.", []found{{"sometimes", Frequency, 2}, {"probably", Certainty, 2}, {"always", Frequency, 5}}},
		{"it", "Forse succede spesso.", []found{{"Forse", Certainty, 1}, {"spesso", Frequency, 3}}},
		// Modal.
		{"en", "We'll do it; we must.", []found{{"We'll", Modal, 3}, {"must", Modal, 4}}},
		{"it", "Potremmo farlo, dobbiamo farlo.", []found{{"Potremmo", Modal, 1}, {"dobbiamo", Modal, 4}}},
		// Judgement, with its sign, and a phrase over a word.
		{"en", "It is a clear risk, and a terrible one.", []found{{"a clear risk", Judgement, 3}, {"terrible", Judgement, -3}}},
		{"it", "È un rischio, non una catastrofe.", []found{{"un rischio", Judgement, 1}}},
		{"it", "Parla di un rischio evidente per le praterie.", []found{{"un rischio evidente", Judgement, 3}}},
		// Whole words only: "allow" is not "all", "sometimes" not "some".
		{"en", "They allow it sometimes.", []found{{"sometimes", Frequency, 2}}},
		{"it", "Il buonismo e la buona fede.", []found{{"buona", Judgement, 1}}},
		// Line breaks inside a phrase.
		{"en", "a\nlittle late", []found{{"a\nlittle", Degree, -2}}},
		// Unknown language, empty text, invalid UTF-8.
		{"xx", "very good", nil},
		{"en", "", nil},
		{"en", "\xffvery\xfe good", []found{{"very", Degree, 2}, {"good", Judgement, 1}}},
	}
	for _, tt := range tests {
		var got []found
		for _, it := range Find(tt.lang, tt.in) {
			got = append(got, found{tt.in[it.Start:it.End], it.Class, it.Strength})
		}
		if len(got) != len(tt.want) {
			t.Errorf("Find(%q, %q) = %v, want %v", tt.lang, tt.in, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != tt.want[k] {
				t.Errorf("Find(%q, %q)[%d] = %v, want %v", tt.lang, tt.in, k, got[k], tt.want[k])
			}
		}
	}
}

// Every line of the table is read, every class is one of the six, and
// both languages have entries of every class.
func TestTable(t *testing.T) {
	lines := 0
	for _, line := range strings.Split(table, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			lines++
			if len(strings.Split(line, "\t")) != 4 {
				t.Errorf("malformed line %q", line)
			}
		}
	}
	n := 0
	perClass := map[string]map[Class]int{}
	for lang, byFirst := range entries {
		perClass[lang] = map[Class]int{}
		for _, es := range byFirst {
			n += len(es)
			for _, e := range es {
				perClass[lang][e.class]++
			}
		}
	}
	if n != lines {
		t.Errorf("%d entries read from %d lines", n, lines)
	}
	for _, lang := range []string{"en", "it"} {
		total := 0
		for _, c := range []Class{Degree, Quantity, Frequency, Certainty, Modal, Judgement} {
			if perClass[lang][c] == 0 {
				t.Errorf("%s: no entry of class %s", lang, c)
			}
			total += perClass[lang][c]
		}
		if total != func() int {
			s := 0
			for _, v := range perClass[lang] {
				s += v
			}
			return s
		}() {
			t.Errorf("%s: entries of unknown classes", lang)
		}
		if total < 150 {
			t.Errorf("%s: %d entries, want at least 150", lang, total)
		}
	}
}

// A long text of phrase-like words is read once: the work grows with its
// length (counted in items found, never timed).
func TestFindLinear(t *testing.T) {
	for _, n := range []int{1000, 100000} {
		text := strings.Repeat("a little a lot all of very ", n)
		if got := len(Find("en", text)); got != 4*n {
			t.Errorf("%d repeats: %d items, want %d", n, got, 4*n)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("The results were quite good, and most of them said it will probably work very well. ", 1000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find("en", text)
	}
}

// TestSuperlatives checks that an Italian comparative after a definite
// determiner has the strength of the superlative.
func TestSuperlatives(t *testing.T) {
	for _, tt := range []struct {
		text string
		want float64
	}{
		{"un risultato migliore", 2},
		{"il migliore", 4},
		{"nel peggiore dei casi", -4},
		{"il suo miglior tennis", 4},
		{"dell'migliore", 4},
		{"ancora peggiori", -2},
		{"è peggiore.", -2},
		{"Migliore", 2},
		{"la città più grande a ovest", 4},
		{"uno dei suoi più grandi successi", 4},
		{"il più grande", 4},
		{"Roma è più grande di Milano", 2},
	} {
		items := Find("it", tt.text)
		if len(items) != 1 || items[0].Strength != tt.want {
			t.Errorf("Find(it, %q) = %+v, want one item of strength %v", tt.text, items, tt.want)
		}
	}
}
