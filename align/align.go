package align

import (
	"errors"
	"math"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/fedele/fedele/internal/lexicon"
)

// Bead is a group of source sentences and the target sentences that
// translate them. Src and Tgt are indices into the sentence lists given
// to Align, in increasing order; one of them is empty for a sentence left
// unaligned (an omission when Tgt is empty, an addition when Src is).
type Bead struct {
	Src, Tgt []int
	// Score is the confidence in [0, 1] that the bead is right: the
	// posterior probability of the bead among all alignments of the
	// document pair under the cost model. For a sentence left alone it is
	// the probability that the sentence has no counterpart.
	Score float64
	// Evidence explains the bead.
	Evidence Evidence
	// Excluded marks the bead of a sentence excluded from the alignment
	// (WithExcluded); its Score is 1.
	Excluded bool
	// Facing marks a one-sided bead that stands face to face with a
	// one-sided bead of the other side, the bead just before or after
	// it, with no other one-sided bead around them: a source sentence
	// and a target sentence in the same place that the evidence does
	// not pair. The target says something else there: a replaced
	// sentence, or a rendering too free to recognize. A checker examines
	// the two together (Scorer.Evidence gives their evidence as a pair).
	Facing bool
	// Decision says what made the bead: the cheapest alignment of the
	// pair, or one of the looks taken after it.
	Decision Decision
	// Margin is, for a Facing bead, how much more it costs to pair its
	// sentence with the one it faces than to leave both alone, in nats
	// of the cost model: the weight of the evidence that both are really
	// unmatched (the length and word evidence of the pair against the
	// prior of two sentences left alone). 0 for other beads.
	Margin float64
}

// Decision names what decided a bead.
type Decision uint8

const (
	// DecidedByPath: the bead is on the cheapest alignment of the
	// document pair under the cost model.
	DecidedByPath Decision = iota
	// DecidedBySecondLook: the cheapest alignment paired the sentences,
	// but with little confidence, and their words say nothing of each
	// other: the second look split the pair into an omission and an
	// addition (a replaced sentence).
	DecidedBySecondLook
	// DecidedByPairSplit: the cheapest alignment joined two sentences of
	// each side in a 2-2 bead whose diagonal pairs each match: the bead
	// is reported as two 1-1 beads.
	DecidedByPairSplit
	// DecidedByExclusion: the sentence was excluded from the alignment
	// (WithExcluded).
	DecidedByExclusion
)

var decisionNames = [...]string{
	DecidedByPath:       "path",
	DecidedBySecondLook: "second-look",
	DecidedByPairSplit:  "pair-split",
	DecidedByExclusion:  "excluded",
}

// String returns the decision's name: "path", "second-look",
// "pair-split" or "excluded".
func (d Decision) String() string {
	if int(d) < len(decisionNames) {
		return decisionNames[d]
	}
	return "decision(?)"
}

// Evidence is what a bead rests on.
type Evidence struct {
	// Coverage is the share of the bead's word weight (both sides) matched
	// on the other side, in [0, 1]: the similarity of its two sides.
	Coverage float64
	// LengthCost is the Gale-Church cost of the bead's lengths (0 for a
	// perfect ratio; above about 4 the lengths hardly fit).
	LengthCost float64
	// Matches are the word pairs that matched, strongest first.
	Matches []Match
}

// Match is a source word and a target word that support a bead.
type Match struct {
	Kind     EvidenceKind // Numbers, Identical, Cognates, Lexicon or Learned
	Src, Tgt Span
	Strength float64 // match score times the word's weight
}

// Span is a word in a sentence: Sent indexes the sentence list, Start
// and End are byte offsets into that sentence.
type Span struct {
	Sent, Start, End int
}

// ErrInput is wrapped by errors about unusable input.
var ErrInput = errors.New("align: bad input")

// Align aligns the source sentences src with the target sentences tgt
// and returns the beads in document order. Every sentence of both lists
// is in exactly one bead. Empty lists are fine (everything on the other
// side is then unaligned). Align is safe for concurrent use.
func Align(src, tgt []string, opts ...Option) []Bead {
	return NewScorer(src, tgt, opts...).Align()
}

// Align returns the monotone alignment of the prepared pair, as the
// function Align does: a caller that also wants the evidence of other
// groups (a replaced sentence, a reorganized translation) prepares the
// pair once with NewScorer and calls both Align and Evidence on it.
func (s *Scorer) Align() []Bead {
	return s.expose(s.align())
}

// Scorer is a prepared document pair: it rates any group of source
// sentences against any group of target sentences, so the same evidence
// serves the monotone search of Align and other uses (reorganized
// translations). A Scorer is safe for concurrent use once made.
type Scorer struct {
	o        options
	src, tgt *side
	// srcIdx and tgtIdx map the indices of the aligned sentences (those
	// not excluded) to the callers' indices; srcPos and tgtPos map back,
	// -1 for an excluded sentence.
	srcIdx, tgtIdx []int
	srcPos, tgtPos []int
	// srcChars and tgtChars are the lengths in characters of every
	// sentence of the callers' lists, for the LengthModel of an alignment.
	srcChars, tgtChars []int
	lex                []*lexicon.Lexicon // built-in and user dictionaries
	rlex               []*lexicon.Lexicon // the same, target to source
	match              *matcher           // with the learned table once trained
	base               *matchBase         // the candidates of the matchers before learning (nil once trained)
	lm                 lengthModel
	kSrc               float64
	kTgt               float64
	sh                 []shape
	nLearned           int
	corpus             []learnedPair // the word pairs of WithCorpusLexicon in this document pair
	evSrc              *evidenceModel
	evTgt              *evidenceModel
	bd                 *band
	final              *band // the band of the final pass, around the first pass's path
	priors             *priorTable
	fitting            [][2]int // the 1-1 beads of the first pass that the evidence model is estimated on
	// index is where each target word matches in the source, for
	// Provenance; built once, when first needed.
	indexOnce sync.Once
	// stretchIndex is the index of stretches (see matchIndexFor).
	stretchIndex     *matchIndex
	stretchIndexOnce sync.Once
	index            *matchIndex
}

// galeChurch turns the tuned bead priors into those of Gale and Church
// (1993), whose model is length alone: the tuned priors assume word
// evidence.
func galeChurch(p params) params {
	p.skip, p.merge, p.merge22, p.merge3, p.length = 4.6, 2.4, 4.5, 6, 1
	return p
}

// NewScorer prepares a document pair for scoring: tokens, numbers,
// dictionary matches, cognates, the length model; then a first alignment
// from which it learns a translation table for the second.
func NewScorer(src, tgt []string, opts ...Option) *Scorer {
	o := defaultOptions()
	for _, f := range opts {
		f(&o)
	}
	if o.evidence&^Length == 0 {
		// Length alone; the second look needs word evidence.
		o.params = galeChurch(o.params)
		o.secondLook = false
	}
	s := &Scorer{o: o, kSrc: 1, kTgt: 1, sh: shapes(o.maxBead), priors: o.params.priors()}
	s.srcIdx, s.srcPos = included(len(src), o.srcExcluded)
	s.tgtIdx, s.tgtPos = included(len(tgt), o.tgtExcluded)
	s.srcChars, s.tgtChars = charCounts(src), charCounts(tgt)
	s.src = newSide(pick(src, s.srcIdx), o.srcLang)
	s.tgt = newSide(pick(tgt, s.tgtIdx), o.tgtLang)
	if o.builtin {
		if l := lexicon.BuiltinLexicon(o.srcLang, o.tgtLang); l != nil {
			s.lex = append(s.lex, l)
		}
	}
	if len(o.dict) > 0 {
		s.lex = append(s.lex, lexicon.New(o.srcLang, o.tgtLang, o.dict))
	}
	if o.evidence&Lexicon != 0 {
		if o.builtin {
			if l := lexicon.BuiltinLexicon(o.tgtLang, o.srcLang); l != nil {
				s.rlex = append(s.rlex, l)
			}
		}
		if len(o.dict) > 0 {
			s.rlex = append(s.rlex, lexicon.New(o.tgtLang, o.srcLang, lexicon.Swap(o.dict)))
		}
	}
	s.base = newMatchBase(s.src, s.tgt, &s.o, s.lex)
	s.corpus = o.lexicon.pairs(s.src, s.tgt)
	s.match = s.base.matcher(&s.o, s.corpus)
	s.markMatchable(s.corpus)
	s.lm = initialLength(s.src, s.tgt)
	if o.evidence&^Length != 0 {
		// Until the document tells better: typical values of the
		// development sets.
		s.lm.variance, s.lm.spread, s.lm.stray = o.params.lenVar, o.params.lenSpread, o.params.stray
	}
	s.baselines()
	if len(s.src.bags) > 0 && len(s.tgt.bags) > 0 {
		s.kSrc, s.kTgt = s.neighbourCoverage()
		s.train()
	}
	s.base = nil
	return s
}

// included returns the indices of the n sentences that excluded does not
// mark, and for each of the n the position among them (-1 if excluded).
func included(n int, excluded []bool) (idx, pos []int) {
	pos = make([]int, n)
	for i := range n {
		if i < len(excluded) && excluded[i] {
			pos[i] = -1
			continue
		}
		pos[i] = len(idx)
		idx = append(idx, i)
	}
	return idx, pos
}

// pick returns texts[i] for each i of idx.
func pick(texts []string, idx []int) []string {
	if len(idx) == len(texts) {
		return texts
	}
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = texts[i]
	}
	return out
}

func charCounts(texts []string) []int {
	out := make([]int, len(texts))
	for i, t := range texts {
		out[i] = utf8.RuneCountInString(t)
	}
	return out
}

// Gale and Church's length model before the document gives an estimate:
// their variance per character (measured on Canadian Hansard
// paragraphs) and a small share of translations whose length strays.
const (
	galeChurchVariance = 6.8
	initialStray       = 0.05
)

func initialLength(src, tgt *side) lengthModel {
	var ls, lt float64
	for _, l := range src.length {
		ls += l
	}
	for _, l := range tgt.length {
		lt += l
	}
	r := 1.0
	if ls > 0 && lt > 0 {
		r = lt / ls
	}
	return lengthModel{ratio: r, variance: galeChurchVariance, stray: initialStray}
}

// smallDoc is the number of sentences under which a side is too short
// to find unrelated sentences far from the diagonal.
const smallDoc = 16

// baselines sets, for every sentence, the weight it matches in an
// unrelated sentence of the other side (the median over five sentences
// far from it), so that chance matches of common words are not taken for
// evidence.
func (s *Scorer) baselines() {
	n, m := len(s.src.bags), len(s.tgt.bags)
	s.src.base = make([]float32, n)
	s.tgt.base = make([]float32, m)
	if n == 0 || m == 0 {
		return
	}
	if n < smallDoc || m < smallDoc {
		// Too few sentences for unrelated ones far from the diagonal.
		s.src.base = chanceBase(s.match.src, s.match.tgt, s.match.cands)
		s.tgt.base = chanceBase(s.match.tgt, s.match.src, s.match.reverse())
		return
	}
	sc := s.match.newScratch()
	var buf [5]float32
	for i := 0; i < n; i++ {
		c := i * m / n
		for k := range buf {
			j := farAway(c, m, k+1, baselineStride)
			buf[k], _ = s.match.pairStats(i, j, sc)
		}
		slices.Sort(buf[:])
		s.src.base[i] = buf[2]
	}
	for j := 0; j < m; j++ {
		c := j * n / m
		for k := range buf {
			i := farAway(c, n, k+1, baselineStride)
			_, buf[k] = s.match.pairStats(i, j, sc)
		}
		slices.Sort(buf[:])
		s.tgt.base[j] = buf[2]
	}
}

// markMatchable marks the words that could be matched if their sentence
// were translated: numbers, words the dictionaries or the learned table
// list, and words that have a candidate in the other document. Only
// those count in the weight of a sentence for its word evidence, so that
// a sentence of words nothing could match is neither for nor against
// its partner.
func (s *Scorer) markMatchable(learned []learnedPair) {
	ev := s.o.evidence
	lt := map[int32]bool{}
	ls := map[int32]bool{}
	for _, p := range learned {
		ls[p.src] = true
		lt[p.tgt] = true
	}
	inLex := func(lexs []*lexicon.Lexicon, stem string) bool {
		for _, l := range lexs {
			if len(l.Translations(stem)) > 0 {
				return true
			}
		}
		return false
	}
	hasCand := make([]bool, len(s.tgt.types))
	for a, cs := range s.match.cands {
		ty := &s.src.types[a]
		ty.matchable = len(cs) > 0 || (ty.number && ev&Numbers != 0) ||
			(!ty.number && (ls[ty.stem] || (ev&Lexicon != 0 && inLex(s.lex, s.src.stems[ty.stem]))))
		for _, c := range cs {
			hasCand[c.tgt] = true
		}
	}
	for b := range s.tgt.types {
		ty := &s.tgt.types[b]
		ty.matchable = hasCand[b] || (ty.number && ev&Numbers != 0) ||
			(!ty.number && (lt[ty.stem] || (ev&Lexicon != 0 && inLex(s.rlex, s.tgt.stems[ty.stem]))))
	}
	s.src.setTotals()
	s.tgt.setTotals()
}

// chanceBase returns, for every sentence of own, the weight it is
// expected to match by chance in a sentence of other: each word counts its
// weight times its expected best match score in a sentence of other that
// is not its translation, estimated from the other side's document
// frequencies leaving out the best-matching sentence (taken for the
// translation).
func chanceBase(own, other *side, cands [][]cand) []float32 {
	m := len(other.bags)
	base := make([]float32, len(own.bags))
	if m < 2 {
		return base
	}
	exp := make([]float32, len(own.types))
	for a, cs := range cands {
		var sum, top float32
		for _, c := range cs {
			sum += c.score * float32(other.types[c.tgt].df)
			top = max(top, c.score)
		}
		exp[a] = min(1, max(0, sum-top)/float32(m-1))
	}
	for i, bag := range own.bags {
		var b float32
		for _, a := range bag {
			b += exp[a] * own.types[a].weight
		}
		base[i] = b
	}
	return base
}

// neighbourCoverage estimates the coverage a sentence gets from its
// translation: for each sentence, the best coverage among the sentences
// of the other side near the diagonal; the median of these maxima, for
// each side. It sets the scale of the coverage in the cost model.
func (s *Scorer) neighbourCoverage() (float64, float64) {
	n, m := len(s.src.bags), len(s.tgt.bags)
	const window = coverageWindow
	step := max(1, n/coverageSample)
	// The pairs near the diagonal, in one table.
	lo, hi := make([]int, n), make([]int, n)
	for i := 0; i < n; i++ {
		c := i * m / n
		lo[i], hi[i] = max(0, c-window), min(m, c+window+1)
		if i%step != 0 {
			hi[i] = lo[i]
		}
	}
	pt := newPairTableRanges(s.match, lo, hi, false)
	var bs, bt []float64
	for i := 0; i < n; i += step {
		c := i * m / n
		var best float64
		for j := max(0, c-window); j < min(m, c+window+1); j++ {
			ms, _ := pt.get(i, j)
			if w := s.src.total[i]; w > 0 {
				best = math.Max(best, float64(max(0, ms-s.src.base[i])/w))
			}
		}
		if s.src.total[i] > 0 {
			bs = append(bs, best)
		}
	}
	// The target sentences, sampled on their own: each against the
	// source sentences whose diagonal window holds it. (Read from the
	// rows sampled for the source side, most target sentences would
	// meet only unrelated sentences once the rows are sampled.)
	stepT := max(1, m/coverageSample)
	sc := s.match.newScratch()
	for j := 0; j < m; j += stepT {
		if s.tgt.total[j] == 0 {
			continue
		}
		best, seen := 0.0, false
		// The rows i with |i*m/n - j| <= window (none when the target
		// side is much the longer).
		for i := max(0, (j-window)*n/m-1); i < n && i*m/n <= j+window; i++ {
			if c := i * m / n; c < j-window {
				continue
			}
			_, mt := s.match.pairStats(i, j, sc)
			best, seen = math.Max(best, float64(max(0, mt-s.tgt.base[j])/s.tgt.total[j])), true
		}
		if seen {
			bt = append(bt, best)
		}
	}
	med := func(xs []float64) float64 {
		if len(xs) == 0 {
			return defaultCoverage
		}
		sort.Float64s(xs)
		return math.Max(minCoverage, math.Min(1, s.o.params.kScale*xs[len(xs)/2]))
	}
	return med(bs), med(bt)
}

// The first pass and the estimates it gives. The bounds were chosen on
// the development sets (Text+Berg, UD PUD) to keep a poor first pass
// from giving absurd estimates.
const (
	// learnPosterior is the least posterior of a 1-1 bead of the first
	// pass for the learned table to learn from it.
	learnPosterior = 0.5
	// minLengthSample is the least number of 1-1 beads to estimate the
	// length variance and spread from.
	minLengthSample = 10
	// The bounds of the length variance per character and of the spread
	// of unrelated lengths.
	minVariance, maxVariance = 1, 40
	minSpread, maxSpread     = 2, 30
	// fitLengthCost is the largest length cost of a 1-1 bead whose
	// lengths fit, for the evidence model.
	fitLengthCost = 1.5
	// minWeightSample is the least number of beads whose median weight
	// scales the evidence; with fewer, the median of all sentences.
	minWeightSample = 5
)

// The neighbour coverage: the best coverage of a sentence among those
// within coverageWindow sentences of the diagonal, measured on at most
// about coverageSample sentences; defaultCoverage without any, and at
// least minCoverage.
const (
	coverageWindow  = 6
	coverageSample  = 2000
	defaultCoverage = 0.5
	minCoverage     = 0.02
)

// Unrelated partners: the baselines of chance matches take sentences
// baselineStride apart, the evidence and length samples unrelatedStride
// apart (see farAway).
const (
	baselineStride  = 11
	unrelatedStride = 7
)

// farAway returns a sentence of a side of n far from position c: half
// the side away, plus k strides of about an nth/stride of the side.
func farAway(c, n, k, stride int) int { return (c + n/2 + k*(n/stride+1)) % n }

// train runs the first pass: align, re-estimate the length variance and
// the expected coverage from confident 1-1 beads, and learn a translation
// table from them.
func (s *Scorer) train() {
	bd := s.band()
	steps, post := s.search(bd)
	if lim := s.o.limits; bd.cells > lim.pathBandMin {
		s.final = intersectBands(bd, projectBand(steps, 1, lim.pathMargin, len(s.src.bags), len(s.tgt.bags)))
	}
	var ones []group
	var fitting [][2]int
	var ds, us []float64
	for _, st := range steps {
		if st.a != 1 || st.b != 1 {
			continue
		}
		i, j := st.i-1, st.j-1
		ls, lt := s.src.length[i], s.tgt.length[j]
		if ls > 0 {
			d := (lt - ls*s.lm.ratio) / math.Sqrt((ls+lt/s.lm.ratio)/2*s.lm.ratio)
			ds = append(ds, d*d)
			// Unrelated pairs: the same source against far targets.
			m := len(s.tgt.length)
			for r := 1; r <= 2; r++ {
				j2 := farAway(j, m, r, unrelatedStride)
				if j2 == j {
					continue
				}
				lt2 := s.tgt.length[j2]
				d := (lt2 - ls*s.lm.ratio) / math.Sqrt((ls+lt2/s.lm.ratio)/2*s.lm.ratio)
				us = append(us, d*d)
			}
		}
		if post(st) >= learnPosterior {
			ones = append(ones, group{[]int{i}, []int{j}})
		}
	}
	if len(ds) >= minLengthSample && s.o.evidence&^Length != 0 {
		sort.Float64s(ds)
		v := ds[len(ds)/2] / chiSquare1Median
		s.lm.variance = math.Max(minVariance, math.Min(maxVariance, v))
		if len(us) >= minLengthSample {
			sort.Float64s(us)
			u := us[len(us)/2] / chiSquare1Median / s.lm.variance
			s.lm.spread = math.Max(minSpread, math.Min(maxSpread, math.Sqrt(u)))
		}
	}
	if s.o.evidence&Learned != 0 && float64(len(ones)) >= s.o.params.learnPairs {
		learned := learnTable(s.src, s.tgt, ones, s.o.params.learnMin, int(s.o.params.learnIter))
		s.nLearned = len(learned)
		learned = append(learned, s.corpus...)
		s.match = s.base.matcher(&s.o, learned)
		s.base = nil
		s.markMatchable(learned)
		s.baselines()
		s.kSrc, s.kTgt = s.neighbourCoverage()
	}
	// The evidence model is estimated on the 1-1 beads of the first pass
	// whose lengths fit. (Pairs sandwiched between confident beads, which
	// are chosen without regard to their own evidence, gave a weaker model
	// that found fewer omissions on the development sets.)
	for _, st := range steps {
		if st.a == 1 && st.b == 1 && s.lm.cost(s.src.length[st.i-1], s.tgt.length[st.j-1]) < fitLengthCost {
			fitting = append(fitting, [2]int{st.i - 1, st.j - 1})
		}
	}
	s.fitting = fitting
	s.estimateEvidence(fitting)
}

// evidenceSample holds the matched shares from which the evidence models
// are estimated: sentences of confident 1-1 beads against their partner
// (aligned) and against unrelated sentences, for each side, with the
// weights of the aligned sentences.
type evidenceSample struct {
	alignedS, alignedT     []float64
	unrelatedS, unrelatedT []float64
	weightS, weightT       []float64
}

// sampleEvidence collects the evidence sample of the 1-1 beads ones.
func (s *Scorer) sampleEvidence(ones [][2]int) evidenceSample {
	var es evidenceSample
	n, m := len(s.src.bags), len(s.tgt.bags)
	sc := s.match.newScratch()
	for k, p := range ones {
		i, j := p[0], p[1]
		ms, mt := s.match.pairStats(i, j, sc)
		if w := s.src.total[i]; w > 0 {
			es.alignedS = append(es.alignedS, float64(max(0, ms-s.src.base[i])/w))
			es.weightS = append(es.weightS, float64(w))
		}
		if w := s.tgt.total[j]; w > 0 {
			es.alignedT = append(es.alignedT, float64(max(0, mt-s.tgt.base[j])/w))
			es.weightT = append(es.weightT, float64(w))
		}
		// Unrelated partners: far from the diagonal, two of each.
		for r := 1; r <= 2; r++ {
			j2 := farAway(j+k, m, r, unrelatedStride)
			i2 := farAway(i+k, n, r, unrelatedStride)
			if math.Abs(float64(j2)-float64(j)) < 3 || math.Abs(float64(i2)-float64(i)) < 3 {
				continue
			}
			ms, _ := s.match.pairStats(i, j2, sc)
			_, mt := s.match.pairStats(i2, j, sc)
			if w := s.src.total[i]; w > 0 {
				es.unrelatedS = append(es.unrelatedS, float64(max(0, ms-s.src.base[i])/w))
			}
			if w := s.tgt.total[j]; w > 0 {
				es.unrelatedT = append(es.unrelatedT, float64(max(0, mt-s.tgt.base[j])/w))
			}
		}
	}
	return es
}

// estimateEvidence builds the evidence models from the shares matched by
// the sentences of confident 1-1 beads and by the same sentences against
// unrelated ones, shrunk toward the prior models measured on the
// development sets (which alone serve short documents).
func (s *Scorer) estimateEvidence(ones [][2]int) {
	es := s.sampleEvidence(ones)
	prior := &evidencePriors[0]
	if s.o.evidence&Lexicon != 0 && len(s.lex) > 0 {
		prior = &evidencePriors[1]
	}
	p := s.o.params
	s.evSrc = newEvidenceModel(es.alignedS, es.unrelatedS, prior, p)
	s.evTgt = newEvidenceModel(es.alignedT, es.unrelatedT, prior, p)
	s.evSrc.medianW, s.evTgt.medianW = median(es.weightS), median(es.weightT)
	if len(es.weightS) < minWeightSample {
		s.evSrc.medianW = median(slices.Clone(float32s(s.src.total)))
	}
	if len(es.weightT) < minWeightSample {
		s.evTgt.medianW = median(slices.Clone(float32s(s.tgt.total)))
	}
}

func float32s(xs []float32) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

// search runs the dynamic programme in the band and returns the path and
// the bead posteriors.
func (s *Scorer) search(bd *band) ([]step, func(step) float64) {
	lat, _ := s.lattice(bd)
	steps := lat.viterbi()
	post, _, _ := lat.posteriorsOf(s.o.params.temp, false, steps)
	return steps, post
}

// lattice returns the lattice of the bead costs in the band, with the
// cost model behind it.
func (s *Scorer) lattice(bd *band) (*lattice, *costModel) {
	maxA, maxB := 0, 0
	for _, x := range s.sh {
		maxA, maxB = max(maxA, x.a), max(maxB, x.b)
	}
	pt := newPairTable(bd, s.match, maxA, maxB, true)
	cm := s.costModel(pt.get)
	cm.setTable(pt, maxA, maxB)
	return newLatticeOf(bd, s.sh, cm), cm
}

func (s *Scorer) costModel(pairs func(s, t int) (float32, float32)) *costModel {
	return newCostModel(s.src, s.tgt, pairs, s.lm, s.o.params, s.o.evidence, s.kSrc, s.kTgt, s.evSrc, s.evTgt, s.priors, s.match)
}

// align runs the final search and builds the beads.
func (s *Scorer) align() []Bead {
	n, m := len(s.src.bags), len(s.tgt.bags)
	if n == 0 || m == 0 {
		var out []Bead
		for i := 0; i < n; i++ {
			out = append(out, Bead{Src: []int{i}, Score: 1})
		}
		for j := 0; j < m; j++ {
			out = append(out, Bead{Tgt: []int{j}, Score: 1})
		}
		return out
	}
	// (The Scorer is not modified here: Align may run concurrently.)
	var lat *lattice
	var steps []step
	narrow := s.final
	if narrow != nil {
		lat, _ = s.lattice(narrow)
		steps = lat.viterbi()
		if onEdge(steps, narrow, s.band()) {
			// The path leans on the edge of the narrow band: it might
			// have gone further, so search the whole band.
			narrow = nil
		}
	}
	bd := narrow
	if narrow == nil {
		bd = s.band()
		lat, _ = s.lattice(bd)
		steps = lat.viterbi()
	}
	// A path that leans on an edge of the band might have gone beyond
	// it: search again with the band widened there.
	edge := edgeSteps(steps, bd)
	for r := 0; r < s.o.limits.edgeRounds && len(edge) > 0; r++ {
		bd = widenAt(bd, steps, edge, s.o.limits.edgeMargin)
		lat, _ = s.lattice(bd)
		steps = lat.viterbi()
		edge = edgeSteps(steps, bd)
	}
	post, skipS, skipT := lat.posteriors(s.o.params.scoreTemp, steps)
	// The second look weighs a few pairs: their costs come from the
	// matcher, so that the search's pair table is not kept for them.
	sc := s.match.newScratch()
	cm := s.costModel(func(i, j int) (float32, float32) { return s.match.pairStats(i, j, sc) })
	var out []Bead
	for k, st := range steps {
		from := len(out)
		b := Bead{Src: seq(st.i-st.a, st.i), Tgt: seq(st.j-st.b, st.j), Score: post(st)}
		switch {
		case st.a == 1 && st.b == 0:
			b.Score = skipS[st.i-1] // left alone, wherever in the band
		case st.a == 0 && st.b == 1:
			b.Score = skipT[st.j-1]
		}
		if s.o.secondLook && len(b.Src) == 1 && len(b.Tgt) == 1 && b.Score < s.o.params.splitPost && s.unsupported(b.Src[0], b.Tgt[0], cm) {
			// A doubtful 1-1 bead whose sentences say nothing of each
			// other: a replaced sentence, an omission facing an addition.
			doubt := 1 - b.Score
			out = append(out, Bead{Src: b.Src, Score: max(doubt, skipS[b.Src[0]]), Decision: DecidedBySecondLook},
				Bead{Tgt: b.Tgt, Score: max(doubt, skipT[b.Tgt[0]]), Decision: DecidedBySecondLook})
		} else {
			out = append(out, b)
		}
		if len(edge) > 0 && nearEdge(steps, edge, k, s.o.limits.edgeMargin) {
			// The band's edge still holds the path back here: the
			// posteriors know nothing of the paths beyond it.
			for x := range out[from:] {
				out[from+x].Score = min(out[from+x].Score, edgeScore)
			}
		}
	}
	for k := range out {
		out[k].Evidence = s.evidenceOf(out[k].Src, out[k].Tgt, s.o.matches)
	}
	return out
}

// median returns the median of xs (sorting them), or 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

func seq(a, b int) []int {
	if a >= b {
		return nil
	}
	out := make([]int, b-a)
	for k := range out {
		out[k] = a + k
	}
	return out
}

// unsupported reports whether source sentence i and target sentence j
// match less of each other than the evidence model expects of unrelated
// sentences: a negative log-likelihood ratio on both sides, together
// worth more than splitLex.
func (s *Scorer) unsupported(i, j int, cm *costModel) bool {
	if s.evSrc == nil || s.evTgt == nil || s.src.total[i] == 0 || s.tgt.total[j] == 0 {
		return false
	}
	p := cm.beadParts(i, i+1, j, j+1)
	return p[1] > 0 && p[2] > 0 && p[1]+p[2] > s.o.params.splitLex
}
