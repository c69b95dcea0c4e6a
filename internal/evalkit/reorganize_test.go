package evalkit

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The distortions write Italian an editor would write.
func TestDistortions(t *testing.T) {
	rng := func() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
	for _, c := range []struct {
		name, in, want string
		f              func(string) (string, bool)
	}{
		{"negation before clitics", "Oggi in quel luogo si possono ammirare vaste rovine",
			"Oggi in quel luogo non si possono ammirare vaste rovine", func(s string) (string, bool) { return alter(s, rng()) }},
		{"negation taken away", "Ma le azioni di Cotton non si sono verificate in un vuoto",
			"Ma le azioni di Cotton si sono verificate in un vuoto", func(s string) (string, bool) { return alter(s, rng()) }},
		{"negation at the start", "È stato il periodo più duro della mia carriera",
			"Non è stato il periodo più duro della mia carriera", func(s string) (string, bool) { return alter(s, rng()) }},
		{"negation of a pair of clitics", "Di questo se ne sono occupati altri",
			"Di questo non se ne sono occupati altri", func(s string) (string, bool) { return alter(s, rng()) }},
		{"weaker quantifier takes a partitive", "Gli investitori stanno vendendo tutti i titoli governativi",
			"Gli investitori stanno vendendo alcuni dei titoli governativi", weaken},
		{"stronger quantifier takes an article", "Lo hanno detto molti esperti del settore",
			"Lo hanno detto tutti gli esperti del settore", func(s string) (string, bool) { return intensify(s, rng()) }},
		{"stronger quantifier keeps a determiner", "Lo hanno detto molti dei suoi amici",
			"Lo hanno detto tutti i suoi amici", func(s string) (string, bool) { return intensify(s, rng()) }},
	} {
		got, ok := c.f(c.in)
		if !ok || got != c.want {
			t.Errorf("%s: %q gives %q, %v; want %q", c.name, c.in, got, ok, c.want)
		}
	}
}

// An intensifier goes after a verb or before an adjective, never inside
// a name, whatever the place drawn.
func TestIntensifierPlace(t *testing.T) {
	for seed := range uint64(50) {
		got, _ := intensify("Il Mar dei Caraibi fu sconosciuto alle popolazioni dell'Eurasia fino al 1492", rand.New(rand.NewPCG(seed, 3)))
		for _, bad := range []string{"Mar davvero", "Mar assolutamente", "Mar estremamente", "Mar decisamente",
			"dei davvero", "dei assolutamente", "dei estremamente", "dei decisamente"} {
			if strings.Contains(got, bad) {
				t.Fatalf("seed %d: %q", seed, got)
			}
		}
	}
}
