// Package evalkit reads the evaluation data that lives beside the
// repository (shared/eval), builds aligned document pairs from it, makes
// perturbed copies whose truth is recorded, and scores alignments.
//
// # Data
//
// Dir finds the data folder: the FEDELE_EVAL environment variable when
// set, otherwise the first "shared/eval" found walking up from the
// working directory. Tests skip when it is absent.
//
// TextBerg reads the German-French development document; PUD reads the
// Universal Dependencies parallel treebank (Italian-English) and
// PUDDocuments concatenates consecutive treebank documents into longer
// document pairs with a 1-1 gold alignment. LoadDeFr reads the held-out
// German-French documents written for the project (testdata/defr), each
// with its gold alignment.
//
// # Perturbations
//
// Perturb applies a Plan (how many sentences to delete, merge, split,
// replace, truncate, ...) to a Doc with a seeded random source and
// returns the new Doc with its gold alignment, plus the list of Changes
// (kind, where, what) so later checks can score findings against it. The
// same seed always gives the same result.
//
// Pieces cuts a document into shorter ones where no bead crosses the
// cut. Reorganize makes a reorganized article from a document (kept in
// part, shuffled by paragraph, with fused, editorial and quoted
// sentences, some quotations distorted) with the truth of every sentence
// and quotation. ReadFree and FreeRender put free Italian renderings of
// UD PUD sentences, written for the project (testdata/free), in place of
// the treebank's.
//
// # Scoring
//
// Score follows the field's standard (vecalign's score.py): precision is
// over every predicted bead, one-sided beads included (a predicted 1-0 is
// right only when the gold has it); recall is over the gold beads with
// both sides, against the predicted beads with both sides; strict counts
// exact beads, lax counts a bead that is not exact as right when it shares
// a source and a target sentence with a bead of the other side. Unaligned
// sentences are scored apart: precision and recall of the sentences
// marked unaligned (in a bead with an empty side). A figure with nothing
// to measure is NaN.
//
// Nothing in the package keeps state; all functions are safe for
// concurrent use.
package evalkit
