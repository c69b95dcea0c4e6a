package align

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/internal/numbers"
	"github.com/fedele/fedele/internal/token"
)

// A type is a distinct folded word (or a number key) of one side.
type typeInfo struct {
	form    string  // folded word, or "#" + number key
	stem    int32   // stem id on this side
	weight  float32 // inverse document frequency
	df      int32
	number  bool
	capital bool // seen capitalized inside a sentence
	// matchable is set when the word could be matched on the other side
	// (see Scorer.markMatchable); only such words count in total.
	matchable bool
}

// side holds one document of the pair, prepared for matching.
type side struct {
	lang    string
	texts   []string
	bags    [][]int32 // sorted distinct type ids of each sentence
	total   []float32 // sum of type weights of each sentence
	base    []float32 // matched weight expected against an unrelated sentence
	length  []float64 // length in characters (non-space runes)
	types   []typeInfo
	byForm  map[string]int32
	stems   []string
	byStem  map[string]int32
	stemTyp [][]int32 // types of each stem
	// spans[i] holds the first word (or number) of sentence i of each
	// type of bags[i], as byte offsets: start | end<<16 for a sentence
	// shorter than 64 KiB, start and end in two entries for a longer one;
	// nil when not recorded (see span).
	spans [][]uint32
	// cut lists, in order, the sentences longer than MaxScoredWords
	// words, whose evidence is read from their first MaxScoredWords
	// words only.
	cut []int
	// softCum[i] is the number of soft boundaries (see softLowerMax)
	// between sentences 0 and i: softCum[s1-1]-softCum[s0] of them lie
	// inside the sentences s0..s1-1.
	softCum []int32
	// funcWord marks the types that are function words (see function),
	// made once, when first asked.
	funcOnce sync.Once
	funcWord []bool
}

// compactSpans is the length under which a sentence's spans take one
// entry each.
const compactSpans = 1 << 16

func newSide(texts []string, lang string) *side {
	s := &side{lang: lang, texts: texts, byForm: map[string]int32{}, byStem: map[string]int32{}}
	s.bags = make([][]int32, len(texts))
	s.spans = make([][]uint32, len(texts))
	s.total = make([]float32, len(texts))
	s.length = make([]float64, len(texts))
	var words []token.Word
	stemCache := map[string]string{}
	// The first occurrence of each type in the sentence: seen[id] is the
	// sentence where it was last recorded, at firsts[at[id]].
	var seen, at []int32
	type firstSeen struct {
		id         int32
		word       int // index of the word, for words
		start, end int
	}
	var firsts []firstSeen
	var numerals []int // indices of the words skipped as numerals
	var buf []int32    // the bag being made
	var folds []string // the comparison key of each word, "" for numerals
	for i, t := range texts {
		s.length[i] = charLen(t)
		words = token.AppendWords(words[:0], t)
		scored := t // the text whose words are read
		if len(words) > MaxScoredWords {
			// A sentence of a hundred thousand words (a file with no
			// sentence punctuation) would make every pair it is in cost
			// as much: its evidence is read from its start.
			words = words[:MaxScoredWords]
			scored = t[:words[len(words)-1].End]
			s.cut = append(s.cut, i)
		}
		folds = slices.Grow(folds[:0], len(words))[:len(words)]
		clear(folds)
		firsts, numerals = firsts[:0], numerals[:0]
		record := func(id int32, word, start, end int) {
			if seen[id] == int32(i) {
				return
			}
			seen[id], at[id] = int32(i), int32(len(firsts))
			firsts = append(firsts, firstSeen{id, word, start, end})
		}
		bag := buf[:0]
		first := true
		for k, w := range words {
			text := w.Text(t)
			if isNumeral(text) {
				first = false
				numerals = append(numerals, k)
				continue // numbers come from numbers.Find
			}
			f := token.Fold(text)
			folds[k] = f
			if utf8.RuneCountInString(f) < 2 && !token.HasDigit(f) {
				first = false
				continue
			}
			id, ok := s.byForm[f]
			if !ok {
				id = int32(len(s.types))
				s.byForm[f] = id
				st, ok := stemCache[f]
				if !ok {
					st = token.Stem(lang, strings.ToLower(text))
					stemCache[f] = st
				}
				sid, ok := s.byStem[st]
				if !ok {
					sid = int32(len(s.stems))
					s.byStem[st] = sid
					s.stems = append(s.stems, st)
					s.stemTyp = append(s.stemTyp, nil)
				}
				s.stemTyp[sid] = append(s.stemTyp[sid], id)
				s.types = append(s.types, typeInfo{form: f, stem: sid})
				seen, at = append(seen, -1), append(at, 0)
			}
			if !first && token.IsCapitalized(text) {
				s.types[id].capital = true
			}
			if token.IsUpper(text) || token.HasDigit(text) {
				s.types[id].capital = true
			}
			first = false
			bag = append(bag, id)
			record(id, k, w.Start, w.End)
		}
		// A word skipped as a numeral comes first if it folds to the
		// form of a word type of the sentence met later.
		for _, k := range numerals {
			w := words[k]
			if id, ok := s.byForm[token.Fold(w.Text(t))]; ok && seen[id] == int32(i) {
				if f := &firsts[at[id]]; f.word > k {
					f.word, f.start, f.end = k, w.Start, w.End
				}
			}
		}
		for _, n := range numbers.FindIn(scored, lang, words, folds) {
			for _, k := range n.Keys {
				f := "#" + k
				id, ok := s.byForm[f]
				if !ok {
					id = int32(len(s.types))
					s.byForm[f] = id
					s.types = append(s.types, typeInfo{form: f, stem: -1, number: true})
					seen, at = append(seen, -1), append(at, 0)
				}
				bag = append(bag, id)
				record(id, -1, n.Start, n.End)
			}
		}
		slices.Sort(bag)
		bag = slices.Compact(bag)
		buf = bag
		bag = slices.Clone(bag)
		s.bags[i] = bag
		for _, id := range bag {
			s.types[id].df++
		}
		switch {
		case len(firsts) != len(bag) || len(t) > math.MaxUint32:
		case len(t) < compactSpans:
			sp := make([]uint32, len(bag))
			for k, id := range bag {
				f := firsts[at[id]]
				sp[k] = uint32(f.start) | uint32(f.end)<<16
			}
			s.spans[i] = sp
		default:
			sp := make([]uint32, 2*len(bag))
			for k, id := range bag {
				f := firsts[at[id]]
				sp[2*k], sp[2*k+1] = uint32(f.start), uint32(f.end)
			}
			s.spans[i] = sp
		}
	}
	n := float64(len(texts))
	for id := range s.types {
		ty := &s.types[id]
		w := math.Log((n + 1) / (float64(ty.df) + 0.5))
		if w < 0.1 {
			w = 0.1
		}
		ty.weight = float32(w)
	}
	for id := range s.types {
		s.types[id].matchable = true
	}
	s.setTotals()
	s.softCum = make([]int32, len(texts)+1)
	// A text whose sentences often start in lower case (lower-cased
	// corpora, chat) tells nothing by it.
	lower := 0
	for _, t := range texts {
		if startsLower(t) {
			lower++
		}
	}
	byCase := lower*softLowerMax < len(texts)
	for i := range texts {
		s.softCum[i+1] = s.softCum[i]
		if i+1 < len(texts) && (softEnd(texts[i]) || byCase && startsLower(texts[i+1])) {
			s.softCum[i+1]++
		}
	}
	return s
}

// softInside returns the number of soft boundaries between the
// sentences s0..s1-1; none on a side made of blocks (coarsen).
func (s *side) softInside(s0, s1 int) int {
	if s1-s0 < 2 || s1 > len(s.softCum) {
		return 0
	}
	return int(s.softCum[s1-1] - s.softCum[s0])
}

// A soft boundary between two sentences is one after a semicolon or a
// colon, or before a sentence that starts in lower case (softEnd,
// startsLower). Corpora and segmenters that cut at such marks leave
// pieces of one sentence, which the other language keeps together: in
// Text+Berg's gold, 61% of the French boundaries after a semicolon or
// colon fall inside a bead, against 15% of the others. Lower case counts
// only on a side where fewer than one sentence in softLowerMax starts
// that way (in Text+Berg's French, one in seven).
const softLowerMax = 4

// softEnd reports whether sentence t ends with a semicolon or a colon.
func softEnd(t string) bool {
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "；") || strings.HasSuffix(t, "：")
}

// startsLower reports whether the first letter of sentence t, after
// spaces and punctuation, is lower case.
func startsLower(t string) bool {
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			return unicode.IsLower(r)
		case unicode.IsSpace(r) || unicode.IsPunct(r):
			continue
		}
		return false
	}
	return false
}

// setTotals sets the total weight of each sentence: the weights of its
// matchable words.
func (s *side) setTotals() {
	for i, bag := range s.bags {
		var tot float32
		for _, id := range bag {
			if s.types[id].matchable {
				tot += s.types[id].weight
			}
		}
		s.total[i] = tot
	}
}

// isNumeral reports whether a word is digits with separators only.
func isNumeral(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= '0' && c <= '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// charLen counts the runes of t that are not white space.
func charLen(t string) float64 {
	n := 0
	for _, r := range t {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\u00a0' {
			n++
		}
	}
	return float64(n)
}

// coarsen returns a side whose sentences are blocks of f consecutive
// sentences (for the coarse levels of the search). Types and weights are
// shared with s.
func (s *side) coarsen(f int) *side {
	n := (len(s.bags) + f - 1) / f
	c := &side{lang: s.lang, types: s.types, byForm: s.byForm, stems: s.stems, byStem: s.byStem, stemTyp: s.stemTyp}
	c.bags = make([][]int32, n)
	c.total = make([]float32, n)
	c.base = make([]float32, n)
	c.length = make([]float64, n)
	for k := 0; k < n; k++ {
		var bag []int32
		for i := k * f; i < min(len(s.bags), (k+1)*f); i++ {
			bag = append(bag, s.bags[i]...)
			c.length[k] += s.length[i]
		}
		slices.Sort(bag)
		bag = slices.Compact(bag)
		c.bags[k] = bag
		for i := k * f; i < min(len(s.bags), (k+1)*f); i++ {
			if s.base != nil {
				c.base[k] += s.base[i]
			}
		}
		for _, id := range bag {
			if s.types[id].matchable {
				c.total[k] += s.types[id].weight
			}
		}
	}
	return c
}

// subset returns a side made of the sentences idx of s, in that order.
func (s *side) subset(idx []int) *side {
	c := &side{lang: s.lang, types: s.types, byForm: s.byForm, stems: s.stems, byStem: s.byStem, stemTyp: s.stemTyp}
	for _, i := range idx {
		c.bags = append(c.bags, s.bags[i])
		c.total = append(c.total, s.total[i])
		c.base = append(c.base, s.base[i])
		c.length = append(c.length, s.length[i])
	}
	return c
}

// span finds the first word of sentence i whose type is id.
func (s *side) span(i int, id int32) Span {
	if s.spans != nil && s.spans[i] != nil {
		k, ok := slices.BinarySearch(s.bags[i], id)
		switch {
		case !ok:
			return Span{Sent: i}
		case len(s.texts[i]) < compactSpans:
			w := s.spans[i][k]
			return Span{Sent: i, Start: int(w & 0xffff), End: int(w >> 16)}
		default:
			return Span{Sent: i, Start: int(s.spans[i][2*k]), End: int(s.spans[i][2*k+1])}
		}
	}
	return s.findSpan(i, id)
}

// findSpan is span without the recorded spans: it looks for the word.
func (s *side) findSpan(i int, id int32) Span {
	return s.findSpanIn(i, id, 0, len(s.texts[i]))
}

// findSpanIn returns the first word (or number) of type id inside the
// bytes start to end of sentence i; an empty span when there is none.
func (s *side) findSpanIn(i int, id int32, start, end int) Span {
	// Only the stretch is read: the work grows with it, not with the
	// sentence.
	t := s.texts[i][start:end]
	ty := s.types[id]
	if ty.number {
		for _, n := range numbers.Find(t, s.lang) {
			if slices.Contains(n.Keys, ty.form[1:]) {
				return Span{Sent: i, Start: start + n.Start, End: start + n.End}
			}
		}
		return Span{Sent: i}
	}
	for _, w := range token.Words(t) {
		if token.Fold(w.Text(t)) == ty.form {
			return Span{Sent: i, Start: start + w.Start, End: start + w.End}
		}
	}
	return Span{Sent: i}
}
