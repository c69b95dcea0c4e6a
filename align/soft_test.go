package align

import "testing"

func TestSoftBoundaries(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  []int // softInside(0, k+2) for each k
	}{
		{"semicolon and colon", []string{"Pik Lenin, 7134 m ;", "première ascension en 1928.", "Le sommet :", "Il faut se hâter."}, []int{1, 1, 2}},
		{"lower case start", []string{"Sie kamen an.", "und dann regnete es.", "Der Tag war lang.", "Es war kalt.", "Wir gingen."}, []int{1, 1, 1, 1}},
		{"full width", []string{"第一；", "第二。"}, []int{1}},
		{"hard", []string{"One.", "Two!", "«Three?»"}, []int{0, 0}},
		// In a text where most sentences start in lower case, case tells
		// nothing; the semicolon still does.
		{"lower-cased corpus", []string{"one.", "two;", "three.", "four."}, []int{0, 1, 1}},
	} {
		s := newSide(tc.texts, "")
		for k, w := range tc.want {
			if got := s.softInside(0, k+2); got != w {
				t.Errorf("%s: soft boundaries in sentences 0..%d = %d, want %d", tc.name, k+1, got, w)
			}
		}
		if got := s.softInside(1, 2); got != 0 {
			t.Errorf("%s: one sentence has %d soft boundaries inside, want 0", tc.name, got)
		}
	}
}
