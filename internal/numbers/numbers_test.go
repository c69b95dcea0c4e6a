package numbers

import (
	"testing"

	"github.com/google/go-cmp/cmp"
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
		{"three million", "en", [][]string{{"3000000"}}},
		{"1.5 million", "en", [][]string{{"1500000"}}},
		{"1,5 milioni", "it", [][]string{{"1500000"}}},
		// Ambiguous single separator.
		{"1,000 people", "en", [][]string{{"1000"}}},
		{"1.000 persone", "it", [][]string{{"1000"}}},
		{"1,000", "it", [][]string{{"1"}}},
		{"1.000", "", [][]string{{"1000", "1"}}},
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
