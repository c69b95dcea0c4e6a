package fedele

// Thresholds are the numbers the finding rules decide by. The defaults
// ([DefaultThresholds]) were calibrated on the development data: the
// Italian-English UD PUD documents, clean and with known perturbations
// (see eval_test.go and the package documentation for the figures), and
// the bundled example. Similarities are the share of a pair's content,
// weighted by rarity, that found a counterpart on the other side.
type Thresholds struct {
	// MinFaithful, MinLoose and MinParaphrase grade an aligned pair by
	// its similarity: at or above MinFaithful it is faithful (no
	// finding); at or above MinLoose, loose (info); at or above
	// MinParaphrase, a paraphrase (warning); below, unrelated (error).
	MinFaithful   float64
	MinLoose      float64
	MinParaphrase float64

	// UnrelatedCoverage keeps a pair below MinParaphrase from being called
	// unrelated when either side has more than this share of its content
	// words matched on the other: an idiomatic rendering matches few words
	// by rarity but some all the same.
	UnrelatedCoverage float64

	// A pair is a partial omission when its evidence of one reaches
	// Partial. The evidence adds three signs, each of which alone is weak:
	// how much shorter the target is than the document's length model
	// predicts (half the deficit in standard deviations, after Gale and
	// Church), how much better the target's content is matched than the
	// source's (three times the difference of their matched shares: a
	// target that renders part of its source faithfully and drops the
	// rest), and the longest stretch of the source with no counterpart
	// (its share of the source's content words). Pairs whose similarity is
	// below MinParaphrase are unrelated, not partial.
	Partial float64

	// Untranslated is the share of a target sentence's words that are
	// copied from its source above which the sentence counts as left
	// untranslated.
	Untranslated float64

	// HeadingWords is the largest number of words of a line without
	// final punctuation that counts as a heading: an added heading is a
	// warning, not an error.
	HeadingWords int
}

// DefaultThresholds returns the calibrated thresholds.
func DefaultThresholds() Thresholds {
	return Thresholds{
		MinFaithful:       0.60,
		MinLoose:          0.45,
		MinParaphrase:     0.20,
		UnrelatedCoverage: 0.30,
		Partial:           2.25,
		Untranslated:      0.80,
		HeadingWords:      12,
	}
}
