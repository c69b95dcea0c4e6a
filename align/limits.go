package align

// MaxScoredWords is the most words of a sentence that the evidence
// reads. A longer sentence (a page with no sentence punctuation, a table
// read as one line) is aligned by its length and the evidence of its
// first MaxScoredWords words, so that its cost stays that of an ordinary
// sentence of the same length; Scorer.Cut lists such sentences. No
// sentence of the development sets comes near: the longest has 140
// words.
const MaxScoredWords = 1000

// Cut returns the indices of the source and target sentences (those of
// the lists given to NewScorer, in order) longer than MaxScoredWords
// words, whose evidence was read from their first MaxScoredWords words
// only: their beads, and anything a checker says of their words past
// that point, rest on less than the whole sentence.
func (s *Scorer) Cut() (src, tgt []int) {
	for _, i := range s.src.cut {
		src = append(src, s.srcIdx[i])
	}
	for _, j := range s.tgt.cut {
		tgt = append(tgt, s.tgtIdx[j])
	}
	return src, tgt
}
