package fedele

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuoted(t *testing.T) {
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
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range quoted(tt.in) {
			got = append(got, tt.in[sp[0]:sp[1]])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quoted(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
