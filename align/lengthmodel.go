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

// lengthModel is a Gale-Church model of character lengths: for a
// translation, delta = (lt - c*ls) / sqrt(s2*c*mean length) is about
// standard normal, with c the mean length ratio and s2 its variance per
// character. Unrelated sentences give a much wider delta (spread). The
// cost of a bead is the negative log-likelihood ratio of its delta between
// the two, with a small share of translations allowed to stray as far as
// unrelated sentences: a good fit earns a reward (negative cost), a bad
// one pays at most a bounded price.
type lengthModel struct {
	ratio, variance float64
	spread          float64 // standard deviation of delta for unrelated sentences
	stray           float64 // share of translations whose length does not follow the model
}

func (lm lengthModel) delta(ls, lt float64) float64 {
	mean := (ls + lt/lm.ratio) / 2
	if mean < 1 {
		mean = 1
	}
	return (lt - ls*lm.ratio) / math.Sqrt(mean*lm.variance*lm.ratio)
}

// cost returns the length cost of a bead of ls source and lt target
// characters, computed in full.
func (lm lengthModel) cost(ls, lt float64) float64 {
	lc := lengthCost{lm: lm}
	lc.constants()
	return lc.exact(ls, lt)
}

// lengthCost is a lengthModel with the constants of its cost computed
// once. With spread u and stray share q the cost
//
//	-log(N(d; u) / ((1-q) N(d; 1) + q N(d; u)))
//
// (N(d; s) the normal density of standard deviation s) is
// -log(q + (1-q) u exp(-x)) with x = d²(1-1/u²)/2: a function of x alone,
// which the dynamic programme reads from a table (see cost).
type lengthCost struct {
	lm          lengthModel
	stayU, half float64 // (1-q) u and (1-1/u²)/2
	// table[k] is the cost at x = k/lenSteps, for x below lenFar; far
	// is the cost beyond, where exp(-x) vanishes.
	table []float64
	far   float64
}

// The length-cost table: lenSteps entries per unit of x up to lenFar.
// Read with linear interpolation, it is within 2e-6 of the cost (whose
// second derivative in x is at most 1/4).
const (
	lenSteps = 128
	lenFar   = 40
)

func (lc *lengthCost) constants() {
	if lm := lc.lm; lm.spread > 1 {
		lc.stayU = (1 - lm.stray) * lm.spread
		lc.half = (1 - 1/(lm.spread*lm.spread)) / 2
	}
}

// prepare returns the lengthCost of the model with its table.
func (lm lengthModel) prepare() lengthCost {
	lc := lengthCost{lm: lm}
	lc.constants()
	if lm.spread > 1 && lm.stray > 0 {
		lc.table = make([]float64, lenFar*lenSteps+2)
		for k := range lc.table {
			lc.table[k] = lc.ofX(float64(k) / lenSteps)
		}
		lc.far = -math.Log(lm.stray)
	}
	return lc
}

// ofX is the cost at x (see lengthCost), for a model with a spread.
func (lc *lengthCost) ofX(x float64) float64 {
	if lc.lm.stray <= 0 {
		return x - math.Log(lc.stayU)
	}
	return -math.Log(lc.lm.stray + lc.stayU*math.Exp(-x))
}

// exact returns the length cost of a bead of ls source and lt target
// characters.
func (lc *lengthCost) exact(ls, lt float64) float64 {
	if ls == 0 && lt == 0 {
		return 0
	}
	d := lc.lm.delta(ls, lt)
	if lc.lm.spread <= 1 {
		// No estimate of the spread: the Gale-Church tail cost.
		p := math.Erfc(math.Abs(d) / math.Sqrt2)
		return -math.Log(math.Max(p, 1e-30))
	}
	return lc.ofX(lc.half * d * d)
}

// cost returns the length cost of a bead, from the table when there is
// one.
func (lc *lengthCost) cost(ls, lt float64) float64 {
	if lc.table == nil || ls == 0 && lt == 0 {
		return lc.exact(ls, lt)
	}
	lm := lc.lm
	mean := max(1, (ls+lt/lm.ratio)/2)
	num := lt - ls*lm.ratio
	x := lc.half * num * num / (mean * lm.variance * lm.ratio)
	if !(x < lenFar) {
		return lc.far
	}
	p := x * lenSteps
	k := int(p)
	return lc.table[k] + (p-float64(k))*(lc.table[k+1]-lc.table[k])
}
