package fedele

import "fmt"

// The partial-omission rule: a target that renders only part of its
// source. (A number of the source missing from the target is reported
// by the number rule, with the same kind.)

// The weights of the signs of a partial omission (see Thresholds.Partial),
// calibrated with it on the perturbed UD PUD documents and the bundled
// example: half the length deficit in standard deviations, three times
// the difference of the two sides' matched shares, and the longest
// unmatched stretch of the source as it is.
const (
	partialLengthWeight   = 0.5
	partialCoverageWeight = 3
)

// partialEvidence is the partial-omission fact of a pair.
type partialEvidence struct {
	found bool
	// reworded is set when the target also rewords the rest (more than
	// one of its content words has no counterpart).
	reworded bool
}

// partial decides whether the pair is a partial omission. The evidence
// adds three signs, each weak alone (see Thresholds.Partial): how much
// shorter the target is than the length model predicts, how much better
// the target's content is matched than the source's, and the longest
// stretch of the source with no counterpart. Pairs below MinParaphrase
// are unrelated, not partial.
func (v *pairView) partial() partialEvidence {
	if !v.comparable() {
		return partialEvidence{}
	}
	t := v.c.o.thresholds
	score := -partialLengthWeight*v.lengthZ + partialCoverageWeight*(v.tgtCov-v.srcCov) + v.srcGap
	if score < t.Partial || v.similarity() < t.MinParaphrase || len(unmatchedWords(v.src)) == 0 {
		return partialEvidence{}
	}
	return partialEvidence{found: true, reworded: len(unmatchedWords(v.tgt)) > 1}
}

// partialOmission reports a target clearly shorter than its source
// predicts while a stretch of the source has no counterpart: an error
// when the rest of the target is faithful, a warning when the target
// also rewords (the pair is then graded as a paraphrase too).
func partialOmission(v *pairView) []Finding {
	p := v.partial()
	if !p.found {
		return nil
	}
	ev := Evidence{Score: round3(v.srcCov), Unmatched: unmatchedWords(v.src), LengthRatio: round3(v.lengthRatio)}
	if p.reworded {
		return []Finding{v.finding(PartialOmission, SeverityWarning,
			fmt.Sprintf("The translation is much shorter than the source (%.0f%% of the expected length) and leaves out: «%s».",
				100*v.lengthRatio, shorten(v.srcGapText, 120)), ev)}
	}
	return []Finding{v.finding(PartialOmission, SeverityError,
		fmt.Sprintf("The translation renders only part of the source (%.0f%% of the expected length); left out: «%s».",
			100*v.lengthRatio, shorten(v.srcGapText, 120)), ev)}
}
