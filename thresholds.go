package fedele

// Thresholds are the numbers the finding rules decide by. The defaults
// ([DefaultThresholds]) were calibrated on the development data: the
// Italian-English UD PUD documents, clean and with known perturbations
// (see eval_test.go and the package documentation for the figures), and
// the bundled example. Similarities are the share of a pair's content,
// weighted by rarity, that found a counterpart on the other side.
type Thresholds struct {
	// Faithful, Loose and Paraphrase grade an aligned pair by its
	// similarity: at or above Faithful it is faithful (no finding); at or
	// above Loose, loose (info); at or above Paraphrase, a paraphrase
	// (warning); below Paraphrase, unrelated (error).
	Faithful   float64
	Loose      float64
	Paraphrase float64

	// A pair is a partial omission when the target is shorter than the
	// source predicts (its length over the predicted length at most
	// ShortRatio), at most SourceCovered of the source's content words
	// found a counterpart, while at least TargetCovered of the target's
	// did: the target renders part of the source faithfully and drops
	// the rest.
	ShortRatio    float64
	SourceCovered float64
	TargetCovered float64

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
		Faithful:      0.60,
		Loose:         0.45,
		Paraphrase:    0.20,
		ShortRatio:    0.75,
		SourceCovered: 0.70,
		TargetCovered: 0.70,
		Untranslated:  0.80,
		HeadingWords:  12,
	}
}
