package align

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// LocateIn among one sentence finds what it matches there: chance is the
// whole source's, not the few sentences searched.
func TestLocateInOneSentence(t *testing.T) {
	src := []string{
		"The city was founded in 1200 by the king.",
		"Today, expansive ruins of the old harbour can be viewed there.",
		"The harbour closed when the river silted up.",
		"Tourists come for the ruins and the wine.",
	}
	tgt := []string{"«Oggi si possono ammirare le rovine del vecchio porto», ha detto."}
	s := NewScorer(src, tgt, WithLanguages(language.English, language.Italian))
	p := s.LocateIn(0, 2, len("«Oggi si possono ammirare le rovine del vecchio porto"), []int{1})
	if len(p.Src) != 1 || p.Src[0] != 1 || p.Score <= 0 {
		t.Errorf("LocateIn sentence 1: sources %v, score %.2f", p.Src, p.Score)
	}
	if q := s.LocateIn(0, 2, len("«Oggi si possono ammirare le rovine del vecchio porto"), []int{0}); len(q.Src) != 0 {
		t.Errorf("LocateIn sentence 0, which says none of it: sources %v", q.Src)
	}
}

// The words of a stretch are matched where they stand in it: a form of
// the same word before the stretch does not take the match away.
func TestLocateMatchesInsideTheStretch(t *testing.T) {
	src := []string{
		"I worked for an airline for nine years.",
		"We fill the train once.",
	}
	tgt := []string{"Ha passato nove anni a riempire aerei, e dice: «Riempiamo il treno una volta sola»."}
	s := NewScorer(src, tgt, WithLanguages(language.English, language.Italian))
	start := strings.Index(tgt[0], "Riempiamo")
	end := strings.Index(tgt[0], "»")
	p := s.Locate(0, start, end)
	if len(p.Src) == 0 || p.Src[0] != 1 {
		t.Fatalf("sources %v, want sentence 1 first", p.Src)
	}
	var got []string
	for _, m := range p.Evidence.Matches {
		if m.Tgt.Start < start || m.Tgt.End > end {
			t.Errorf("match %q outside the stretch", tgt[0][m.Tgt.Start:m.Tgt.End])
		}
		got = append(got, src[m.Src.Sent][m.Src.Start:m.Src.End]+"="+tgt[0][m.Tgt.Start:m.Tgt.End])
	}
	if !slices.Contains(got, "fill=Riempiamo") {
		t.Errorf("matches %v, want fill=Riempiamo among them", got)
	}
}

// A stretch that renders two source sentences in a row, each too little
// of it alone, has both as sources.
func TestLocateTwoSentencesInARow(t *testing.T) {
	src := []string{"Host: Is it a cold?", "Guest: It's not a, uh, it's not a cold.", "It's the flu, and it's a bad one.",
		"Host: What else?", "Guest: The old station was, uh, honestly, it was grim."}
	tgt := []string{"«Non è un raffreddore, è l'influenza, e bella forte», spiega il medico di base."}
	s := NewScorer(src, tgt, WithLanguages(language.English, language.Italian))
	p := s.Locate(0, len("«"), strings.Index(tgt[0], "»"))
	if got := slices.Sorted(slices.Values(p.Src)); !slices.Equal(got, []int{1, 2}) {
		t.Errorf("sources %v, want [1 2]", p.Src)
	}
}

// A sentence whose only word with a match in the source is a word the
// source repeats in many sentences has no source: as many sentences would
// match it by chance. A sentence that renders one source sentence closely
// has it, with a chance far below one.
func TestProvenanceChance(t *testing.T) {
	src := []string{
		"We opened our first plant in California in 2016.",
		"California has the strictest permits in the country.",
		"The coast of California is long and the water is cold.",
		"Our engineers in California built the first membranes.",
		"The permits in California take eight years.",
		"A storm damaged the harbour pumps last winter.",
	}
	tgt := []string{
		"La California, sempre la California.",
		"L'inverno scorso una tempesta ha danneggiato le pompe del porto.",
	}
	s := NewScorer(src, tgt, WithLanguages(language.English, language.Italian))
	prov := s.Provenance()
	if len(prov) != 2 {
		t.Fatalf("%d provenances, want 2", len(prov))
	}
	if p := prov[0]; len(p.Src) != 0 {
		t.Errorf("sentence of a name the source repeats: sources %v (chance %.2f), want none", p.Src, p.Chance)
	}
	if p := prov[1]; len(p.Src) == 0 || p.Src[0] != 5 || !(p.Chance < 1) {
		t.Errorf("translated sentence: sources %v, chance %.3g; want 5 first, chance below 1", p.Src, p.Chance)
	}
}

// A quotation counts the words of the function-word lists that carry
// content ("oggi" for "today"), a whole sentence does not: the quotation
// «Oggi si possono ammirare vaste rovine» is located by "today" and
// "ruins" in the sentence that has both, not in the one with "ruins"
// alone.
func TestStretchContentWords(t *testing.T) {
	src := []string{
		"The city was founded in 1200 by the king.",
		"The ruins of the old harbour attract many tourists.",
		"Today, expansive ruins can be viewed there.",
		"The harbour closed when the river silted up.",
	}
	quote := "Oggi si possono ammirare vaste rovine"
	tgt := []string{"Secondo la guida, «" + quote + "»."}
	s := NewScorer(src, tgt, WithLanguages(language.English, language.Italian))
	start := len("Secondo la guida, «")
	p := s.Locate(0, start, start+len(quote))
	if len(p.Src) == 0 || p.Src[0] != 2 {
		t.Errorf("Locate %q: sources %v, want sentence 2 first", quote, p.Src)
	}
	today := false
	for _, m := range p.Evidence.Matches {
		today = today || src[m.Src.Sent][m.Src.Start:m.Src.End] == "Today"
	}
	if !today {
		t.Errorf("Locate %q: no match of \"Today\" among %v", quote, p.Evidence.Matches)
	}
	for _, id := range s.tgt.bags[0] {
		if f := s.tgt.types[id].form; f == "oggi" && (!s.tgt.functionFor(id, false) || s.tgt.functionFor(id, true)) {
			t.Errorf("oggi: a function word for sentences %v, for stretches %v", s.tgt.functionFor(id, false), s.tgt.functionFor(id, true))
		}
	}
}
