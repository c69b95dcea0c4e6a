// Package align aligns the sentences of a document with the sentences of
// its translation.
//
// # Getting started
//
// Give Align the two sentence lists; it returns beads in document order:
//
//	beads := align.Align(src, tgt, align.WithLanguages(language.English, language.Italian))
//	for _, b := range beads {
//		fmt.Println(b.Src, b.Tgt, b.Score) // [3 4] [5] 0.81
//	}
//
// Every sentence of both lists is in exactly one bead. A bead pairs a few
// sentences on a side (1-1, 1-2, 2-1, 2-2, 1-3, 3-1; one sentence
// against four or five, 1-4, 4-1, 1-5, 5-1, where the lengths allow it;
// 2-3 and 3-2 across a soft boundary; see WithMaxBead), or leaves one
// sentence alone: a source sentence with
// no target is an omission, a target sentence with no source an addition.
// A bead whose sentences are joined by a soft boundary (a semicolon or a
// colon, or a sentence starting in lower case) costs less: a segmenter or
// corpus that cuts there leaves pieces that the other language keeps
// together.
// The alignment is monotone (the order of the text is kept).
//
// # Evidence
//
// A candidate bead is scored from evidence that needs no downloaded
// model (what each kind is worth is measured by TestEvalAblation):
//
//   - Length: a Gale-Church model of character lengths whose mean ratio
//     is taken from the document pair and whose variance is estimated
//     from a first alignment.
//   - Numbers: numbers equal after locale normalization ("2,63 miliardi"
//     and "2.63 billion", "170.500.000,00" and "170,500,000.00").
//   - Identical: words spelled alike on both sides (names, acronyms, web
//     addresses, codes such as "GPT-5"), compared after case and accent
//     folding.
//   - Cognates: words of similar spelling ("nucleare" and "nuclear"),
//     measured by the longest common subsequence ratio (LCSR, at least
//     0.7). Measured on the development sets (TestEvalCognates) against
//     four-letter prefixes and letter-bigram Dice: LCSR 0.7 is best on
//     Text+Berg (strict F1 0.867 against 0.834-0.856) and on perturbed
//     UD PUD with the built-in dictionary (strict F1 0.997 against 0.996,
//     omissions found with precision 1.000 against 0.986, recall 0.971 for
//     all); without the dictionary four-letter prefixes find more
//     omissions (recall 0.814 against 0.764).
//   - Lexicon: a built-in English-Italian dictionary matched through
//     Snowball stems, and user dictionaries (ReadDictionary, including
//     hunalign's "target @ source" format).
//   - Learned: a word translation table learned from the document pair
//     itself: a first alignment gives confident 1-1 beads, IBM Model 1
//     (as in Moore 2002) is trained on them in both directions (15 EM
//     iterations), and a second pass uses the word pairs both directions
//     agree on. This is what carries language pairs with no dictionary
//     (German-French). A short document has too few sentences to learn
//     from; a table learned from a whole corpus of document pairs
//     (CorpusSample, CorpusLexicon) can be given with WithCorpusLexicon.
//
// Words are weighted by their rarity in the document. Only words that
// could be matched count: numbers, words a dictionary or the learned
// table lists, and words with a candidate in the other document; a
// sentence of words nothing could match is neither for nor against its
// partner.
//
// # Word evidence
//
// For each sentence of a candidate bead, the aligner measures the share
// of its weight matched in the other side's sentences of the bead (each
// word once, with its best match in the group), less what it matches by
// chance in as many unrelated sentences. An evidence model turns the share
// into a log-likelihood ratio: how much more likely it is beside a
// translation than beside an unrelated sentence. The model is two
// histograms estimated from the document pair itself (the 1-1 beads of a
// first alignment whose lengths fit, and the same sentences against
// unrelated ones), shrunk toward prior histograms measured on the
// development sets (one for language pairs with a dictionary, one for
// pairs without; see evprior.go and TestEvidencePriorTable). A short
// document has too few sentences to estimate anything and is aligned with
// the prior model alone. The evidence against a sentence grows with its
// weight (a fragment of three words matches nothing often enough even
// beside its translation; a long sentence that matches nothing is all the
// more unrelated).
//
// # Search and confidence
//
// A dynamic programme finds the cheapest monotone path. Costs are
// negative log probabilities: a prior for each bead shape, the length
// cost, and per sentence the word evidence for or against its
// counterpart. Leaving a sentence alone has its own tuned cost; a
// sentence without evidence pays for being forced into a bead, so an
// omitted sentence is left alone rather than merged into its neighbour's
// bead. A second look splits a doubtful 1-1 bead whose sentences say
// nothing of each other into an omission and an addition (a replaced
// sentence).
//
// Bead.Score is the posterior probability of the bead given all
// alignments of the pair (forward-backward over the same costs, at a
// temperature chosen so that the scores are calibrated on the
// development sets), a confidence in [0, 1]; for a sentence left alone it
// is the probability that it has no counterpart. Bead.Evidence lists the matched word pairs
// with their kinds and spans so that a report can explain itself.
//
// Long documents are searched coarse to fine: blocks of eight sentences
// are aligned first (recursively), and the sentence-level search keeps to
// a band around that path, so time and memory grow linearly with the
// length of the documents. Since large blocks may be too alike to tell
// apart, every level of blocks also searches near the proportional
// diagonal. The final pass keeps within a few sentences of the first
// pass's path, and searches the whole band again when its path leans on
// that edge.
//
// # What callers get
//
// The aligner owns the alignment: callers never re-derive or undo its
// work.
//
//   - WithExcluded leaves sentences out of the alignment (a checker's web
//     boilerplate); each comes back as a one-sided bead marked Excluded,
//     in its place, and every index stays that of the caller's lists.
//   - A 2-2 bead whose two diagonal pairs each match is returned as two
//     1-1 beads: the search joins such pairs when one is much shorter
//     than its source predicts, which a checker must see sentence by
//     sentence.
//   - A 1-0 bead and a 0-1 bead that stand face to face, with no other
//     one-sided bead around them, are marked Facing: the target says
//     something else where the source said that sentence.
//   - Every bead says what decided it (Bead.Decision): the cheapest path,
//     the second look, the split of a 2-2 bead, or an exclusion; a
//     facing bead gives its Margin, how much more pairing its sentence
//     with the one it faces would cost than leaving both alone (the
//     weight of the evidence that both are really unmatched).
//   - Scorer.LengthModel gives the pair's length model (Gale and Church),
//     estimated from the alignment, to tell a target clearly shorter than
//     its source predicts.
//
// # Evidence outside the search
//
// NewScorer prepares a document pair and Scorer.Evidence rates any group
// of source sentences against any group of target sentences with the
// same evidence, for uses that do not follow the text order. Two
// measures, never confused: Bead.Score is a confidence (a probability,
// higher is better), the cost that Evidence returns a negative
// log-probability under the model (lower is better), and
// Evidence.Coverage the similarity of the two sides.
//
// # Concurrency
//
// Align, NewScorer and the methods of Scorer are safe for concurrent use;
// a Scorer is not modified after NewScorer returns.
package align

//go:generate go test -run ^TestEvidencePriorTable$ -update
