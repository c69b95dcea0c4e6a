package intensity

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/answerkey"
)

func TestCompare(t *testing.T) {
	tests := []struct {
		src, tgt string
		want     string // the shifts, "+class" or "-class", space-separated
	}{
		// intensified
		{"It's quite good.", "ottimi", "+evaluative"},
		{"some of the data centre operators want water", "Tutti gli operatori vogliono acqua", "+quantifier"},
		{"it sometimes happens", "succede sempre", "+frequency"},
		{"maybe it works", "funziona", "+certainty"},
		{"the results were good", "i risultati erano straordinari", "+evaluative"},
		{"a small risk", "un grave rischio", "+evaluative"},
		// weakened
		{"a clear risk", "un rischio", "-evaluative"},
		{"We will be profitable in 2026", "Potremmo essere in utile nel 2026", "-modal"},
		{"it always fails", "a volte fallisce", "-frequency"},
		{"it works", "forse funziona", "-certainty"},
		{"an excellent year", "un anno discreto", "-evaluative"},
		{"we must act", "potremmo agire", "-modal"},
		{"everybody agrees", "alcuni sono d'accordo", "-quantifier"},
		// faithful: the same strength, or a word of no class
		{"everybody says modular now", "tutti", ""},
		{"Some of the municipalities are coming back", "alcuni comuni tornano", ""},
		{"a clear risk", "un rischio evidente", ""},
		{"very good", "ottimo", ""},
		{"great", "ottimo", ""},
		{"It's quite good.", "È abbastanza buono.", ""},
		{"probably", "probabilmente", ""},
		{"I'm not going to pretend it isn't", "Non ho intenzione di fingere che non lo sia", ""},
		{"You can learn the software", "Il software si impara", ""},
		{"the worst three months of my working life", "il periodo più duro di tutta la mia carriera", ""},
		{"certainly", "", ""},
		{"", "", ""},
		// one side only: a strong degree word, a weak modal, a hedge
		{"the economy has grown", "l'economia è cresciuta estremamente", "+degree"},
		{"it was entirely new", "era nuovo", "-degree"},
		{"the results are in", "i risultati potrebbero essere arrivati", "-modal"},
		{"it might work", "funziona", "+modal"},
		{"it would work", "funziona", ""},
		{"it works", "funzionerebbe", ""},
		{"it is very new", "è nuovo", ""},
		{"a very good year", "un anno buono", ""},
		// a negated phrase is left out
		{"It's quite good. Not perfect.", "ottimi", "+evaluative"},
		{"not perfect", "ottimo", ""},
		{"it isn't great", "ottimo", ""},
		{"it isn’t great", "ottimo", ""},
		{"not always", "sempre", ""},
		{"it is not always", "non sempre", ""},
		// a change of polarity is not a change of force
		{"good", "pessimo", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Compare("en", tt.src, "it", tt.tgt) {
			sign := "-"
			if s.Stronger() {
				sign = "+"
			}
			got = append(got, sign+string(s.Class))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Compare(%q, %q) = %q, want %q (%v)", tt.src, tt.tgt, g, tt.want, Compare("en", tt.src, "it", tt.tgt))
		}
	}
}

func TestShiftString(t *testing.T) {
	shifts := Compare("en", "It's quite good.", "it", "ottimi")
	if len(shifts) != 1 {
		t.Fatalf("%d shifts, want 1: %v", len(shifts), shifts)
	}
	if got, want := shifts[0].String(), `evaluative: "quite good" (+1.375) → "ottimi" (+2.5)`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	shifts = Compare("en", "maybe it works", "it", "funziona")
	if len(shifts) != 1 {
		t.Fatalf("%d shifts, want 1: %v", len(shifts), shifts)
	}
	if got, want := shifts[0].String(), `certainty: "maybe" (-1) → "" (+2)`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestInterviewQuotations compares every quotation of the bundled
// interview pair with the source words the key gives it, alone and with
// the three words of context on each side that a checker's source
// window takes: the intensified and weakened quotations must shift in
// their direction, the faithful and loose ones must not shift. The
// constants were chosen on this pair, so these figures are not held out.
func TestInterviewQuotations(t *testing.T) {
	k, err := answerkey.Load(filepath.Join("..", "..", "testdata", "interview"))
	if err != nil {
		t.Fatal(err)
	}
	for _, context := range []int{0, 3} {
		found, planted, flagged, clean := 0, 0, 0, 0
		for _, q := range k.Quotations {
			var src []string
			for _, sp := range q.Spans {
				src = append(src, window(k.Source, sp, context))
			}
			shifts := Compare("en", strings.Join(src, " "), "it", q.Text)
			switch q.Verdict {
			case answerkey.Intensified, answerkey.Weakened:
				planted++
				if len(shifts) > 0 && shifts[0].Stronger() == (q.Verdict == answerkey.Intensified) {
					found++
				} else {
					t.Errorf("context %d: line %d: %s quotation %q ← %q: shifts %v", context, q.Line, q.Verdict, q.Text, src, shifts)
				}
			case answerkey.Faithful, answerkey.Loose:
				clean++
				if len(shifts) > 0 {
					flagged++
					t.Errorf("context %d: line %d: %s quotation %q ← %q: shifts %v", context, q.Line, q.Verdict, q.Text, src, shifts)
				}
			}
		}
		t.Logf("context %d words: %d of %d planted shifts found, %d of %d faithful or loose quotations flagged", context, found, planted, flagged, clean)
	}
}

// window widens the span by n words on each side, within its line.
func window(text string, sp answerkey.Span, n int) string {
	lineStart := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	lineEnd := len(text)
	if e := strings.IndexByte(text[sp.End:], '\n'); e >= 0 {
		lineEnd = sp.End + e
	}
	before := strings.Fields(text[lineStart:sp.Start])
	after := strings.Fields(text[sp.End:lineEnd])
	before = before[max(0, len(before)-n):]
	after = after[:min(n, len(after))]
	return strings.Join(append(append(before, text[sp.Start:sp.End]), after...), " ")
}
