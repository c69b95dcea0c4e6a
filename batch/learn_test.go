package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/evalkit"
)

// TestLearn learns the lexicons of synthetic pairs with bad records among
// them: the lexicon of their languages, the same whatever the number of
// workers, and the bad records passed over.
func TestLearn(t *testing.T) {
	var in bytes.Buffer
	in.Write(syntheticInput(60, 7))
	in.WriteString("not a record\n")
	in.WriteString(`{"id": "missing", "source": "no/such/file.txt", "target": "no/such/file.txt"}` + "\n")
	in.WriteString(`{"id": "bad-lang", "source_text": "A.", "target_text": "B.", "source_lang": "x!"}` + "\n")

	var first []byte
	for _, workers := range []int{1, 3} {
		lex, err := new(Checker).Learn(context.Background(), bytes.NewReader(in.Bytes()), workers)
		if err != nil {
			t.Fatal(err)
		}
		enIt := lex[LanguageKey(language.English, language.Italian)]
		if enIt == nil || enIt.Len() == 0 {
			t.Fatalf("%d workers: no English-Italian lexicon among %v", workers, keys(lex))
		}
		if len(lex) != 1 {
			t.Errorf("%d workers: lexicons %v, want English-Italian only", workers, keys(lex))
		}
		b, err := enIt.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b
		} else if !bytes.Equal(first, b) {
			t.Errorf("the lexicon learned with %d workers differs from that with 1", workers)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := new(Checker).Learn(ctx, bytes.NewReader(in.Bytes()), 2); !errors.Is(err, context.Canceled) {
		t.Errorf("Learn with a cancelled context: %v, want context.Canceled", err)
	}
}

func keys(m map[string]*align.CorpusLexicon) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestLearnTextBerg checks the pieces of 40 gold beads of the Text+Berg
// development document (German-French, no dictionary) as a batch: with
// the lexicon learned from all of them, the alignment the check makes is
// better than with none (strict F1 by the standard scoring).
func TestLearnTextBerg(t *testing.T) {
	doc, err := evalkit.TextBerg(evalkit.DirOrSkip(t))
	if err != nil {
		t.Skip(err)
	}
	pieces := evalkit.Pieces(doc, 40)
	var in bytes.Buffer
	for k, p := range pieces {
		b, _ := json.Marshal(Pair{ID: fmt.Sprint(k), SourceText: strings.Join(p.Src, "\n"), TargetText: strings.Join(p.Tgt, "\n"),
			SourceLang: "de", TargetLang: "fr", Presegmented: true, Mode: "translation"})
		in.Write(append(b, '\n'))
	}
	c := new(Checker)
	lex, err := c.Learn(context.Background(), &in, 0)
	if err != nil {
		t.Fatal(err)
	}
	score := func(c *Checker) evalkit.Scores {
		var s evalkit.Scores
		for k, p := range pieces {
			res := c.Check(Pair{ID: fmt.Sprint(k), SourceText: strings.Join(p.Src, "\n"), TargetText: strings.Join(p.Tgt, "\n"),
				SourceLang: "de", TargetLang: "fr", Presegmented: true, Mode: "translation"})
			if res.Error != "" {
				t.Fatalf("piece %d: %s", k, res.Error)
			}
			s = s.Add(evalkit.Score(p.Gold, beadsOf(res, p)))
		}
		return s
	}
	alone := score(c)
	c.Lexicons = lex
	learned := score(c)
	t.Logf("Text+Berg, %d pieces of 40 beads checked as a batch: strict F1 %.3f alone, %.3f with the lexicon learned from the batch (%d word pairs)",
		len(pieces), alone.Strict.F1, learned.Strict.F1, lex[LanguageKey(language.German, language.French)].Len())
	if learned.Strict.F1 <= alone.Strict.F1 {
		t.Errorf("strict F1 %.3f with the learned lexicon, %.3f without", learned.Strict.F1, alone.Strict.F1)
	}
}

// beadsOf reads the beads of a report's alignment back as sentence
// indices (the texts are one sentence a line).
func beadsOf(res Result, p evalkit.Doc) []evalkit.Bead {
	srcText, tgtText := strings.Join(p.Src, "\n"), strings.Join(p.Tgt, "\n")
	index := func(text string, start int) int { return strings.Count(text[:start], "\n") }
	var out []evalkit.Bead
	for _, pr := range res.Report.Alignment {
		var b evalkit.Bead
		for _, sp := range pr.Source {
			b.Src = append(b.Src, index(srcText, sp.Start))
		}
		for _, sp := range pr.Target {
			b.Tgt = append(b.Tgt, index(tgtText, sp.Start))
		}
		out = append(out, b)
	}
	return out
}
