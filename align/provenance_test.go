package align

import (
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
