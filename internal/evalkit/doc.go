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
// document pairs with a 1-1 gold alignment.
//
// # Perturbations
//
// Perturb applies a Plan (how many sentences to delete, merge, split,
// replace, truncate, ...) to a Doc with a seeded random source and
// returns the new Doc with its gold alignment, plus the list of Changes
// (kind, where, what) so later checks can score findings against it. The
// same seed always gives the same result.
//
// # Scoring
//
// Score follows the field's standard (vecalign, Bertalign): beads with an
// empty side are left out of gold and prediction; strict counts exact
// bead matches, lax counts a predicted bead correct when it shares at
// least one source and one target sentence with a gold bead. Unaligned
// sentences are scored apart: precision and recall of the sentences
// marked unaligned (in a bead with an empty side).
//
// Nothing in the package keeps state; all functions are safe for
// concurrent use.
package evalkit
