package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// corpusEval aligns each document of docs alone, with the corpus
// lexicon learned from all the other documents (leave-one-out: the
// honest figure, the document's own sentence pairs are not learned
// from), and with the lexicon learned from all of them (as a pipeline
// over the whole corpus learns it), and pools the scores of each way.
func corpusEval(t *testing.T, docs []evalkit.Doc, opts ...Option) (alone, loo, all *evalResult, words [2]int) {
	samples := make([]*CorpusSample, len(docs))
	whole := new(CorpusSample)
	for k, d := range docs {
		samples[k] = new(CorpusSample)
		if err := samples[k].Add(NewScorer(d.Src, d.Tgt, opts...)); err != nil {
			t.Fatal(err)
		}
		if err := whole.Merge(samples[k]); err != nil {
			t.Fatal(err)
		}
	}
	lexAll := whole.Learn()
	words = [2]int{whole.Len(), lexAll.Len()}
	alone, loo, all = &evalResult{}, &evalResult{}, &evalResult{}
	for k, d := range docs {
		others := new(CorpusSample)
		for j, s := range samples {
			if j != k {
				if err := others.Merge(s); err != nil {
					t.Fatal(err)
				}
			}
		}
		alone.add(d.Gold, Align(d.Src, d.Tgt, opts...))
		loo.add(d.Gold, Align(d.Src, d.Tgt, append(opts, WithCorpusLexicon(others.Learn()))...))
		all.add(d.Gold, Align(d.Src, d.Tgt, append(opts, WithCorpusLexicon(lexAll))...))
	}
	return alone, loo, all, words
}

// TestEvalCorpusLexicon measures what a lexicon learned from a corpus
// gives short documents: the Text+Berg dev document cut into pieces of
// 40, 100 and 200 gold beads (evalkit.Pieces), and the UD PUD documents
// of 20 sentences with deletions, merges and a replaced sentence
// (English-Italian, with the built-in dictionary), each aligned alone,
// with the lexicon of all the other documents, and with that of all.
// The lexicon's constants are the document learner's, chosen on the
// whole documents; nothing was tuned on these sets. It checks that the
// leave-one-out lexicon does not lower the strict F1 of the 40-bead
// pieces.
func TestEvalCorpusLexicon(t *testing.T) {
	evalData(t)
	var sb strings.Builder
	show := func(name string, docs []evalkit.Doc, opts ...Option) (alone, loo *evalResult) {
		alone, loo, all, words := corpusEval(t, docs, opts...)
		fmt.Fprintf(&sb, "%s: %d documents, a sample of %d sentence pairs, %d word pairs learned from all\n", name, len(docs), words[0], words[1])
		fmt.Fprintf(&sb, "  %s\n  %s\n  %s\n", row("alone", alone.scores), row("leave-one-out", loo.scores), row("lexicon of all", all.scores))
		return alone, loo
	}
	tb := []Option{langs("de", "fr"), WithMaxBead(tbMaxBead)}
	alone40, loo40 := show("Text+Berg, pieces of 40 beads", evalkit.Pieces(textBergDoc(t), 40), tb...)
	show("Text+Berg, pieces of 100 beads", evalkit.Pieces(textBergDoc(t), 100), tb...)
	show("Text+Berg, pieces of 200 beads", evalkit.Pieces(textBergDoc(t), 200), tb...)
	show("UD PUD, 20 sentences, perturbed", pudDocs(t, true), langs("en", "it"))
	t.Log("\n" + sb.String())
	if loo40.scores.Strict.F1 < alone40.scores.Strict.F1 {
		t.Errorf("pieces of 40 beads: strict F1 %.3f with the leave-one-out lexicon, %.3f alone", loo40.scores.Strict.F1, alone40.scores.Strict.F1)
	}
}
