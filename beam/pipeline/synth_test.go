package pipeline

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The synthetic document pairs of the tests: short reports in English
// and Italian, and in German and French, made of the parts below, with
// a sentence left out or a number changed in some translations.
var (
	enIt = phrasebook{
		subjects: [][2]string{
			{"The orchestra", "L'orchestra"}, {"The football club", "La squadra di calcio"},
			{"The local library", "La biblioteca locale"}, {"The weather service", "Il servizio meteorologico"},
			{"The ferry company", "La compagnia di traghetti"}, {"The school board", "Il consiglio scolastico"},
			{"The theatre", "Il teatro"},
		},
		verbs: [][2]string{
			{"sold", "ha venduto"}, {"recorded", "ha registrato"}, {"announced", "ha annunciato"},
			{"cancelled", "ha cancellato"}, {"planned", "ha programmato"},
		},
		nouns: [][2]string{
			{"tickets", "biglietti"}, {"concerts", "concerti"}, {"storms", "temporali"},
			{"books", "libri"}, {"crossings", "traversate"}, {"lessons", "lezioni"},
		},
		places: [][2]string{
			{"in the north", "nel nord"}, {"along the coast", "lungo la costa"},
			{"in the old town", "nel centro storico"}, {"near the harbour", "vicino al porto"},
		},
		frame: "%s %s %d %s %s.", tframe: "%s %s %d %s %s.",
	}
	deFr = phrasebook{
		subjects: [][2]string{
			{"Das Orchester", "L'orchestre"}, {"Der Fußballverein", "Le club de football"},
			{"Die Stadtbibliothek", "La bibliothèque municipale"}, {"Der Wetterdienst", "Le service météorologique"},
			{"Die Fährgesellschaft", "La compagnie de ferry"},
		},
		verbs: [][2]string{
			{"verkaufte", "a vendu"}, {"meldete", "a signalé"}, {"plante", "a prévu"}, {"strich", "a annulé"},
		},
		nouns: [][2]string{
			{"Karten", "billets"}, {"Konzerte", "concerts"}, {"Gewitter", "orages"},
			{"Bücher", "livres"}, {"Überfahrten", "traversées"},
		},
		places: [][2]string{
			{"im Norden", "dans le nord"}, {"an der Küste", "sur la côte"},
			{"in der Altstadt", "dans la vieille ville"}, {"am Hafen", "près du port"},
		},
		frame: "%s %s %[5]s %[3]d %[4]s.", tframe: "%s %s %d %s %s.",
	}
)

// phrasebook is the parts of the sentences of a language pair.
type phrasebook struct {
	subjects, verbs, nouns, places [][2]string
	// frame and tframe order subject, verb, number, noun and place in
	// a source and a target sentence.
	frame, tframe string
}

// pair returns the texts of a document pair of 4 to 15 sentences.
func (pb phrasebook) pair(rng *rand.Rand) (src, tgt string) {
	n := 4 + rng.IntN(12)
	drop, change := -1, -1
	switch rng.IntN(4) {
	case 0:
		drop = rng.IntN(n)
	case 1:
		change = rng.IntN(n)
	}
	pick := func(list [][2]string) [2]string { return list[rng.IntN(len(list))] }
	var s, t strings.Builder
	for i := range n {
		sub, verb, noun, place := pick(pb.subjects), pick(pb.verbs), pick(pb.nouns), pick(pb.places)
		num := 2 + rng.IntN(900)
		fmt.Fprintf(&s, pb.frame+" ", sub[0], verb[0], num, noun[0], place[0])
		if i == drop {
			continue
		}
		if i == change {
			num += 10
		}
		fmt.Fprintf(&t, pb.tframe+" ", sub[1], verb[1], num, noun[1], place[1])
	}
	return s.String(), t.String()
}

// testInput writes the input of the tests to dir: n good pairs (most
// inline, some in files, some German-French, some one sentence a line)
// and bad ones of every kind, shuffled. It returns the input file and
// the ids of the bad pairs (the empty id for lines that are not
// records).
func testInput(t *testing.T, dir string, n int) (path string, bad map[string]bool) {
	t.Helper()
	rng := rand.New(rand.NewPCG(11, 13))
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o666); err != nil {
			t.Fatal(err)
		}
		return p
	}
	record := func(v map[string]any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var lines []string
	for i := range n {
		id := fmt.Sprintf("p%04d", i)
		v := map[string]any{"id": id}
		pb := enIt
		if i%10 == 3 {
			pb = deFr
			v["source_lang"], v["target_lang"] = "de", "fr"
		}
		src, tgt := pb.pair(rng)
		switch {
		case i%7 == 5:
			v["source"], v["target"] = write(id+".src", src), write(id+".tgt", tgt)
		case i%23 == 9:
			v["source_text"] = strings.ReplaceAll(src, ". ", ".\n")
			v["target_text"] = strings.ReplaceAll(tgt, ". ", ".\n")
			v["presegmented"] = true
		default:
			v["source_text"], v["target_text"] = src, tgt
		}
		if i%31 == 17 {
			v["mode"] = "translation"
		}
		lines = append(lines, record(v))
	}
	good := write("good.en", "The orchestra sold 40 tickets.\n")
	bad = map[string]bool{}
	for _, b := range []map[string]any{
		{"id": "bad-missing", "source": filepath.Join(dir, "none.en"), "target": good},
		{"id": "bad-latin1", "source": good, "target": write("latin1.it", "L'orchestra ha venduto 40 biglietti perch\xe9 s\xec.\n")},
		{"id": "bad-empty-inline", "source_text": " \n\t\n", "target_text": "Ciao."},
		{"id": "bad-empty-file", "source": good, "target": write("empty.it", "")},
		{"id": "bad-invisible", "source": good, "target": write("zw.it", "\u200b\u200d\n\ufeff\n")},
		{"id": "bad-binary", "source": write("image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "target": good},
		{"id": "bad-lang", "source_text": "Hi.", "target_text": "Ciao.", "source_lang": "not a tag!"},
		{"id": "bad-mode", "source_text": "Hi.", "target_text": "Ciao.", "mode": "sideways"},
		{"id": "bad-both", "source": good, "source_text": "Hi.", "target_text": "Ciao."},
		{"id": "bad-field", "source_text": "Hi.", "target_text": "Ciao.", "source_lng": "en"},
		{"id": "bad-mode-and-file", "source": filepath.Join(dir, "none.en"), "target": good, "mode": "sideways"},
	} {
		bad[b["id"].(string)] = true
		lines = append(lines, record(b))
	}
	lines = append(lines, `{"id": "bad-json", "source_text": 12, "target_text": "Ciao."}`, "not a record")
	bad["bad-json"], bad[""] = true, true
	rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	// A blank line is no record, for the pipeline as for examples/batch.
	return write("pairs.jsonl", strings.Join(lines, "\n")+"\n\n"), bad
}
