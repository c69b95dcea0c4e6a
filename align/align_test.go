package align

import (
	"errors"
	"strings"
	"testing"
)

func TestReadDictionary(t *testing.T) {
	tests := []struct {
		name, in string
		n        int
		wantErr  bool
	}{
		{"native", "# c\nhouse\tcasa\n\nwater\tacqua\n", 2, false},
		{"hunalign", "casa @ house\nacqua @ water\n", 2, false},
		{"bom crlf", "\ufeffhouse\tcasa\r\n", 1, false},
		{"empty", "", 0, false},
		{"malformed", "house casa\n", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadDictionary(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && d.Len() != tt.n {
				t.Errorf("Len = %d, want %d", d.Len(), tt.n)
			}
		})
	}
}

// A user dictionary in hunalign's format makes words match that nothing
// else would.
func TestUserDictionaryMatches(t *testing.T) {
	src := []string{"The cat sleeps.", "The dog barks.", "Birds sing."}
	tgt := []string{"Il gatto dorme.", "Il cane abbaia.", "Gli uccelli cantano."}
	d, err := ReadDictionary(strings.NewReader("gatto @ cat\ndormire @ sleep\ncane @ dog\nabbaiare @ bark\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := NewScorer(src, tgt, langs("en", "xx"), WithoutBuiltinDictionary(), WithDictionary(d))
	ev, _, err := s.Evidence([]int{0}, []int{0})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range ev.Matches {
		if m.Kind == Lexicon && src[0][m.Src.Start:m.Src.End] == "cat" && tgt[0][m.Tgt.Start:m.Tgt.End] == "gatto" {
			found = true
		}
	}
	if !found {
		t.Errorf("cat/gatto not among the matches %+v", ev.Matches)
	}
}

func TestScorer(t *testing.T) {
	src := []string{"The plant will cost 2.63 billion dollars in Arizona.", "Work starts in March 2026.", "Nobody knows why."}
	tgt := []string{"L'impianto in Arizona costerà 2,63 miliardi di dollari.", "I lavori iniziano nel marzo 2026."}
	s := NewScorer(src, tgt, langs("en", "it"))
	ev, good, err := s.Evidence([]int{0}, []int{0})
	if err != nil {
		t.Fatal(err)
	}
	_, bad, _ := s.Evidence([]int{0}, []int{1})
	if good >= bad {
		t.Errorf("cost of the translation %.2f not below the cost of a wrong pair %.2f", good, bad)
	}
	kinds := map[EvidenceKind]bool{}
	for _, m := range ev.Matches {
		kinds[m.Kind] = true
	}
	if !kinds[Numbers] || !kinds[Identical] {
		t.Errorf("evidence kinds %v, want numbers and identical", kinds)
	}
	if ev.Coverage <= 0 || ev.Coverage > 1 {
		t.Errorf("coverage %v", ev.Coverage)
	}
	// Non-contiguous groups are fine.
	if _, _, err := s.Evidence([]int{0, 2}, []int{1}); err != nil {
		t.Error(err)
	}
	if _, _, err := s.Evidence([]int{3}, []int{0}); !errors.Is(err, ErrInput) {
		t.Errorf("out of range: err = %v, want ErrInput", err)
	}
	_, skip, _ := s.Evidence([]int{2}, nil)
	if skip <= 0 {
		t.Errorf("skip cost %v", skip)
	}
}

func TestEvidenceKindString(t *testing.T) {
	for k, want := range map[EvidenceKind]string{
		Length:             "length",
		Numbers | Learned:  "numbers+learned",
		0:                  "none",
		AllEvidence:        "length+numbers+identical+cognates+lexicon+learned",
		Identical | Length: "length+identical",
	} {
		if got := k.String(); got != want {
			t.Errorf("%d: %q, want %q", k, got, want)
		}
	}
}

// Switching evidence off changes what a bead rests on.
func TestWithoutEvidence(t *testing.T) {
	src := []string{"In 2024 Rome had 2.8 million people.", "Paris is larger."}
	tgt := []string{"Nel 2024 Roma aveva 2,8 milioni di abitanti.", "Parigi è più grande."}
	for _, k := range []EvidenceKind{Numbers, Lexicon, Cognates} {
		bs := Align(src, tgt, langs("en", "it"), withoutEvidence(k))
		for _, b := range bs {
			for _, m := range b.Evidence.Matches {
				if m.Kind == k {
					t.Errorf("without %s: match %+v", k, m)
				}
			}
		}
	}
}

// An omitted sentence is left alone rather than merged with a neighbour.
func TestOmission(t *testing.T) {
	src := []string{
		"The minister announced a budget of 40 billion euros on Monday.",
		"Most of the money will go to schools and hospitals in the south.",
		"The opposition called the plan a gift to the banks.",
		"Protests are expected in Naples and Palermo next week.",
		"The vote in parliament is scheduled for 12 December.",
	}
	tgt := []string{
		"Lunedì il ministro ha annunciato un bilancio di 40 miliardi di euro.",
		"La maggior parte del denaro andrà alle scuole e agli ospedali del sud.",
		"Sono previste proteste a Napoli e Palermo la prossima settimana.",
		"Il voto in parlamento è previsto per il 12 dicembre.",
	}
	bs := Align(src, tgt, langs("en", "it"))
	checkBeads(t, bs, len(src), len(tgt))
	var got []string
	for _, b := range bs {
		got = append(got, fmtList(b.Src)+":"+fmtList(b.Tgt))
	}
	want := "[0]:[0] [1]:[1] [2]:[] [3]:[2] [4]:[3]"
	if strings.Join(got, " ") != want {
		t.Errorf("beads %v, want %s", got, want)
	}
}

func TestAlignText(t *testing.T) {
	src := "The plant will cost 2.63 billion dollars. Work starts in March 2026.\n\nMr. Rossi, the mayor of Turin, did not comment."
	tgt := "L'impianto costerà 2,63 miliardi di dollari. I lavori iniziano nel marzo 2026.\n\nIl sig. Rossi, sindaco di Torino, non ha commentato."
	ta, err := AlignText(src, tgt, langs("en", "it"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ta.Src) != 3 || len(ta.Tgt) != 3 {
		t.Fatalf("sentences %d/%d, want 3/3: %+v %+v", len(ta.Src), len(ta.Tgt), ta.Src, ta.Tgt)
	}
	checkBeads(t, ta.Beads, 3, 3)
	for k, b := range ta.Beads {
		if len(b.Src) != 1 || len(b.Tgt) != 1 || b.Src[0] != k || b.Tgt[0] != k {
			t.Errorf("bead %d = %v:%v, want [%d]:[%d]", k, b.Src, b.Tgt, k, k)
		}
	}
	if s := ta.Src[2]; src[s.Start:s.End] != s.Text {
		t.Errorf("sentence span %d:%d does not cut %q", s.Start, s.End, s.Text)
	}
	if _, err := AlignText("ok", "\xff", langs("en", "it")); !errors.Is(err, ErrInput) {
		t.Errorf("invalid UTF-8: err = %v, want ErrInput", err)
	}
	if ta, err := AlignText("", "  \n", langs("en", "it")); err != nil || len(ta.Beads) != len(ta.Tgt) {
		t.Errorf("empty texts: %v, %+v", err, ta)
	}
}
