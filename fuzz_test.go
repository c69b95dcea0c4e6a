package fedele

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzCheck guards the invariants of a check on any pair of byte
// strings: no panic; an error only for input that is not UTF-8 or has no
// text, and then one wrapping ErrInput; otherwise every sentence of both
// texts in exactly one pair of the alignment, in order, and every span
// of the report a slice of its input.
func FuzzCheck(f *testing.F) {
	seeds := [][2]string{
		{"The plant opens in March. It employs 400 people.", "L'impianto apre a marzo. Impiega 400 persone."},
		{"One.", ""},
		{"", "Uno."},
		{"   \n\t ", "x"},
		{"\uFEFFTitle\r\n\r\nA sentence.\rAnother one!", "Titolo\r\n\r\nUna frase.\rUn'altra!"},
		{"Bad \xff byte.", "Byte \xfe cattivo."},
		{"«Unbalanced quote. (and bracket.", "“Virgolette. [e parentesi."},
		{"L'azienda è italiana. Il testo è in italiano.", "The company is Italian. The text is in English."},
		{"\x00\x01\x02 binary \x00 junk", "\x00junk\x00"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, src, tgt string) {
		r, err := Check(src, tgt)
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Fatalf("error does not wrap ErrInput: %v", err)
			}
			if utf8.ValidString(src) && utf8.ValidString(tgt) && validate("source", src) == nil && validate("target", tgt) == nil {
				t.Fatalf("error on valid input: %v", err)
			}
			return
		}
		seen := func(side string, text string, n int, spans func(Pair) []Span) {
			next := 0
			for _, p := range r.Alignment {
				for _, sp := range spans(p) {
					if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End || text[sp.Start:sp.End] != sp.Text {
						t.Fatalf("%s span %+v does not slice the input", side, sp)
					}
					next++
				}
			}
			if next != n {
				t.Fatalf("%s: %d sentences in the alignment, %d in the text", side, next, n)
			}
		}
		seen("source", src, r.Source.Sentences, func(p Pair) []Span { return p.Source })
		seen("target", tgt, r.Target.Sentences, func(p Pair) []Span { return p.Target })
		// Order: the spans of each side increase along the alignment.
		lastS, lastT := -1, -1
		for _, p := range r.Alignment {
			for _, sp := range p.Source {
				if sp.Start <= lastS {
					t.Fatalf("source spans out of order at %+v", sp)
				}
				lastS = sp.Start
			}
			for _, sp := range p.Target {
				if sp.Start <= lastT {
					t.Fatalf("target spans out of order at %+v", sp)
				}
				lastT = sp.Start
			}
		}
		for _, fd := range r.Findings {
			for _, sp := range fd.Source {
				if sp.End > len(src) || src[sp.Start:sp.End] != sp.Text {
					t.Fatalf("finding %s: bad source span %+v", fd.Kind, sp)
				}
			}
			for _, sp := range fd.Target {
				if sp.End > len(tgt) || tgt[sp.Start:sp.End] != sp.Text {
					t.Fatalf("finding %s: bad target span %+v", fd.Kind, sp)
				}
			}
		}
	})
}
