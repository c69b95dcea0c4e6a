package align

import (
	"math"
	"sort"
)

// LengthModel says how long the translation of a source text is
// expected to be in one document pair, in characters: the model of Gale
// and Church (1993), estimated from an alignment of the pair. A checker
// reads it to tell a target clearly shorter than its source predicts.
type LengthModel struct {
	// Ratio is the median ratio of target to source characters.
	Ratio float64
	// Variance is the variance of a target's length per source
	// character.
	Variance float64
}

// The estimate of a LengthModel.
const (
	// lengthMinScore, lengthMinChars: the beads it is estimated on are
	// 1-1 beads of at least this confidence whose source has at least
	// this many characters.
	lengthMinScore = 0.9
	lengthMinChars = 20
	// lengthMinBeads is the least number of such beads for an estimate;
	// with fewer the ratio is that of the whole texts and the variance
	// fallbackVariance.
	lengthMinBeads = 5
	// fallbackVariance is the median of the per-document estimates on
	// the Italian-English development documents (UD PUD; Gale and Church
	// measured 6.8 on Canadian Hansard paragraphs, and sentences of news
	// translations vary less).
	fallbackVariance = 2
	// chiSquare1Median is the median of the chi-square distribution with
	// one degree of freedom: the median squared deviation of a normal
	// variable, in units of its variance.
	chiSquare1Median = 0.455
	// lengthFloor is the least standard deviation of a target's length,
	// in characters: a short sentence's rendering varies by a word or two
	// whatever its length.
	lengthFloor = 6
)

// LengthModel estimates the length model of the pair from the beads of
// its alignment (as Align returns them): the median ratio of target to
// source characters over the confident one-to-one beads, and a robust
// variance per source character (the median squared deviation, scaled to
// a normal's variance, at least 1).
func (s *Scorer) LengthModel(beads []Bead) LengthModel {
	var src, tgt, ratios []float64
	for _, b := range beads {
		if len(b.Src) != 1 || len(b.Tgt) != 1 || b.Score < lengthMinScore {
			continue
		}
		ls, lt := s.srcChars[b.Src[0]], s.tgtChars[b.Tgt[0]]
		if ls >= lengthMinChars {
			src = append(src, float64(ls))
			tgt = append(tgt, float64(lt))
			ratios = append(ratios, float64(lt)/float64(ls))
		}
	}
	if len(src) < lengthMinBeads {
		var ls, lt int
		for _, n := range s.srcChars {
			ls += n
		}
		for _, n := range s.tgtChars {
			lt += n
		}
		if ls == 0 || lt == 0 {
			return LengthModel{Ratio: 1, Variance: fallbackVariance}
		}
		return LengthModel{Ratio: float64(lt) / float64(ls), Variance: fallbackVariance}
	}
	sort.Float64s(ratios)
	ratio := ratios[len(ratios)/2]
	d := make([]float64, len(src))
	for k := range src {
		x := tgt[k] - ratio*src[k]
		d[k] = x * x / src[k]
	}
	sort.Float64s(d)
	return LengthModel{Ratio: ratio, Variance: max(d[len(d)/2]/chiSquare1Median, 1)}
}

// Predict returns the expected length of the translation of a source
// of srcChars characters.
func (lm LengthModel) Predict(srcChars int) float64 { return float64(srcChars) * lm.Ratio }

// Z returns how far a target of tgtChars characters is from the length
// a source of srcChars predicts, in standard deviations: negative when
// the target is shorter. The spread grows with the length, as Gale and
// Church model it, from a floor of lengthFloor characters.
func (lm LengthModel) Z(srcChars, tgtChars int) float64 {
	return (float64(tgtChars) - lm.Predict(srcChars)) /
		math.Sqrt(lm.Variance*float64(srcChars)+lengthFloor*lengthFloor)
}
