package normalize

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuotedPassages(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Nessuna citazione qui.", nil},
		{"«Tutti contano le GPU», ha detto.", []string{"Tutti contano le GPU"}},
		{"“We count GPUs,” she said, “not transformers.”", []string{"We count GPUs,", "not transformers."}},
		{"Ha detto: \"è il momento\" e basta.", []string{"è il momento"}},
		// Nesting: only the outer passage.
		{"«Lui disse “mai” e rise», spiegò.", []string{"Lui disse “mai” e rise"}},
		// German low-high quotes.
		{"Er sagte „nie“ dazu.", []string{"nie"}},
		// Apostrophes are not quotes.
		{"L'azienda dell’AI non c'è.", nil},
		// A quotation that goes on in the next sentence.
		{"«Non abbiamo fretta. Davvero", []string{"Non abbiamo fretta. Davvero"}},
		// A quotation that began in the previous sentence.
		{"E poi basta», ha aggiunto.", []string{"E poi basta"}},
		// A prime after a number is not a quotation mark.
		{"He is 6'2\" tall and said \"fine\".", []string{"fine"}},
		// A one-word quotation.
		{"Vuole un settore «noioso».", []string{"noioso"}},
		// Invalid UTF-8 inside a passage is kept.
		{"«a\xffb» c", []string{"a\xffb"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range QuotedPassages(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("QuotedPassages(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

// Thousands of nested opening marks cost linear time: the work is
// bounded by the stack (checked by counting passages, never by time).
func TestQuotedPassagesNested(t *testing.T) {
	for _, n := range []int{10, 10000} {
		text := "Inizio. " + strings.Repeat("«“", n) + "Ciao." + strings.Repeat("”»", n) + " Fine."
		if got := QuotedPassages(text); len(got) != 1 {
			t.Errorf("%d levels: %d passages, want 1", n, len(got))
		}
	}
}
