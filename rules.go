package fedele

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/langid"
	"github.com/fedele/fedele/internal/lexicon"
	"github.com/fedele/fedele/internal/numbers"
	"github.com/fedele/fedele/internal/token"
	"github.com/fedele/fedele/normalize"
	"github.com/fedele/fedele/segment"
)

// This file holds the finding rules: every decision about what is a
// finding, of which kind and severity, is taken here.

// checker carries one check from the sentences to the report.
type checker struct {
	o                *options
	src, tgt         string
	srcLang, tgtLang string // base language codes, such as "en"
	srcLines         lineIndex
	tgtLines         lineIndex
	srcSents         []segment.Sentence
	tgtSents         []segment.Sentence
	srcRoles         []role
	tgtRoles         []role
	beads            []bead
	// scorer rates any group of content sentences against any other;
	// srcContent and tgtContent map its indices to sentence indices.
	scorer                 *align.Scorer
	srcContent, tgtContent []int
	// ratio is the document's target characters per source character,
	// and variance the variance of a target's length per source
	// character, from its confident one-to-one beads (the length model of
	// Gale and Church).
	ratio, variance float64
	// tables are the built-in word tables of the language pair.
	tables *pairTables
	// stems remembers the stem of each folded word, by language.
	stems map[[2]string]string
	// srcNumbers and tgtNumbers remember the numbers of each sentence.
	srcNumbers, tgtNumbers map[int][]numbers.Number
	report                 *Report
}

// sentences returns the sentences of the target when target is set, of
// the source otherwise.
func (c *checker) sentences(target bool) []segment.Sentence {
	if target {
		return c.tgtSents
	}
	return c.srcSents
}

// numbersIn returns the numbers of sentence si of the target (when target
// is set) or of the source, found once.
func (c *checker) numbersIn(target bool, si int) []numbers.Number {
	memo, lang := &c.srcNumbers, c.srcLang
	if target {
		memo, lang = &c.tgtNumbers, c.tgtLang
	}
	if *memo == nil {
		*memo = map[int][]numbers.Number{}
	}
	ns, ok := (*memo)[si]
	if !ok {
		ns = numbers.Find(c.sentences(target)[si].Text, lang)
		(*memo)[si] = ns
	}
	return ns
}

// stem returns the stem of the folded form of w in lang, remembered.
func (c *checker) stem(lang, w string) string {
	f := token.Fold(w)
	k := [2]string{lang, f}
	if st, ok := c.stems[k]; ok {
		return st
	}
	if c.stems == nil {
		c.stems = map[[2]string]string{}
	}
	st := token.Stem(lang, f)
	c.stems[k] = st
	return st
}

// bead is a bead of the alignment in the indices of the full sentence
// lists (boilerplate included), with the aligner's evidence.
type bead struct {
	src, tgt []int
	score    float64
	ev       align.Evidence
}

func newChecker(src, tgt string, o *options) *checker {
	c := &checker{
		o:        o,
		src:      src,
		tgt:      tgt,
		srcLang:  baseCode(o.srcLang.String()),
		tgtLang:  baseCode(o.tgtLang.String()),
		srcLines: newLineIndex(src),
		tgtLines: newLineIndex(tgt),
	}
	c.report = &Report{
		Source: Document{Name: o.srcName, Lang: o.srcLang.String(), Bytes: len(src)},
		Target: Document{Name: o.tgtName, Lang: o.tgtLang.String(), Bytes: len(tgt)},
	}
	return c
}

// baseCode is the language part of a BCP 47 tag ("en" of "en-GB").
func baseCode(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}

func (c *checker) run() error {
	c.srcSents = split(c.src, c.o.srcLang, c.o.presegmented)
	c.tgtSents = split(c.tgt, c.o.tgtLang, c.o.presegmented)
	c.report.Source.Sentences = len(c.srcSents)
	c.report.Target.Sentences = len(c.tgtSents)
	c.srcRoles = classify(c.srcSents)
	c.tgtRoles = classify(c.tgtSents)
	if err := c.align(); err != nil {
		return err
	}
	c.ratio, c.variance = c.lengthModel()
	c.tables = tablesOf(c.srcLang, c.tgtLang)

	c.checkLanguages()
	for i := 0; i < len(c.beads); i++ {
		if c.isReplacement(i) {
			c.replacement(i)
			i++
			continue
		}
		c.examine(i)
	}
	c.checkForm()
	for _, b := range c.beads {
		c.report.Alignment = append(c.report.Alignment, Pair{
			Source:     c.spans(c.srcLines, c.srcSents, b.src),
			Target:     c.spans(c.tgtLines, c.tgtSents, b.tgt),
			Score:      round3(b.score),
			Similarity: round3(b.ev.Coverage),
		})
	}
	sortFindings(c.report.Findings)
	c.report.summarize()
	return nil
}

// align aligns the content sentences of the two sides and puts the
// boilerplate back as one-sided beads where it stands.
func (c *checker) align() error {
	var srcIdx, tgtIdx []int
	var srcText, tgtText []string
	for i, s := range c.srcSents {
		if c.srcRoles[i] == content {
			srcIdx = append(srcIdx, i)
			srcText = append(srcText, s.Text)
		}
	}
	for i, s := range c.tgtSents {
		if c.tgtRoles[i] == content {
			tgtIdx = append(tgtIdx, i)
			tgtText = append(tgtText, s.Text)
		}
	}
	opts := append([]align.Option{align.WithLanguages(c.srcLang, c.tgtLang)}, c.o.alignOpts...)
	sc, err := align.NewScorer(srcText, tgtText, opts...)
	if err != nil {
		return fmt.Errorf("fedele: aligning: %w", err)
	}
	beads := sc.Align()
	c.scorer, c.srcContent, c.tgtContent = sc, srcIdx, tgtIdx
	remap := func(idx []int, m []int) []int {
		out := make([]int, len(idx))
		for i, x := range idx {
			out[i] = m[x]
		}
		return out
	}
	// Merge the aligned beads with the boilerplate sentences, keeping
	// both texts in order: a boilerplate sentence goes before the first
	// bead that holds a later sentence of its side.
	var out []bead
	si, ti := 0, 0 // next sentence of each side not yet placed
	flush := func(srcUpTo, tgtUpTo int) {
		for ; si < srcUpTo; si++ {
			if c.srcRoles[si] != content {
				out = append(out, bead{src: []int{si}, score: 1})
			}
		}
		for ; ti < tgtUpTo; ti++ {
			if c.tgtRoles[ti] != content {
				out = append(out, bead{tgt: []int{ti}, score: 1})
			}
		}
	}
	for _, b := range beads {
		nb := bead{src: remap(b.Src, srcIdx), tgt: remap(b.Tgt, tgtIdx), score: b.Score, ev: b.Evidence}
		for k := range nb.ev.Matches {
			m := &nb.ev.Matches[k]
			m.Src.Sent = srcIdx[m.Src.Sent]
			m.Tgt.Sent = tgtIdx[m.Tgt.Sent]
		}
		sUp, tUp := si, ti
		if len(nb.src) > 0 {
			sUp = nb.src[0]
		}
		if len(nb.tgt) > 0 {
			tUp = nb.tgt[0]
		}
		flush(sUp, tUp)
		out = append(out, nb)
		if len(nb.src) > 0 {
			si = nb.src[len(nb.src)-1] + 1
		}
		if len(nb.tgt) > 0 {
			ti = nb.tgt[len(nb.tgt)-1] + 1
		}
	}
	flush(len(c.srcSents), len(c.tgtSents))
	c.beads = c.splitTwoTwo(out)
	return nil
}

// splitTwoTwo looks again at every 2-2 bead: when each source sentence
// has evidence of its own against the target sentence in the same place,
// the bead is two 1-1 beads. The aligner joins such pairs when one of
// them is much shorter than its source predicts, which is exactly the
// partial omission a check must see sentence by sentence.
func (c *checker) splitTwoTwo(beads []bead) []bead {
	var out []bead
	for _, b := range beads {
		if len(b.src) != 2 || len(b.tgt) != 2 {
			out = append(out, b)
			continue
		}
		first, ok1 := c.score(b.src[:1], b.tgt[:1])
		second, ok2 := c.score(b.src[1:], b.tgt[1:])
		if !ok1 || !ok2 || min(first.ev.Coverage, second.ev.Coverage) < c.o.thresholds.SplitTwoTwo {
			out = append(out, b)
			continue
		}
		first.score, second.score = b.score, b.score
		out = append(out, first, second)
	}
	return out
}

// score rates source sentences against target sentences (indices into
// the full lists, all content) with the aligner's evidence.
func (c *checker) score(src, tgt []int) (bead, bool) {
	si := make([]int, len(src))
	ti := make([]int, len(tgt))
	for k, x := range src {
		si[k] = slices.Index(c.srcContent, x)
		if si[k] < 0 {
			return bead{}, false
		}
	}
	for k, x := range tgt {
		ti[k] = slices.Index(c.tgtContent, x)
		if ti[k] < 0 {
			return bead{}, false
		}
	}
	_, ev, err := c.scorer.Score(si, ti)
	if err != nil {
		return bead{}, false
	}
	for k := range ev.Matches {
		m := &ev.Matches[k]
		m.Src.Sent = c.srcContent[m.Src.Sent]
		m.Tgt.Sent = c.tgtContent[m.Tgt.Sent]
	}
	return bead{src: src, tgt: tgt, ev: ev}, true
}

// lengthModel estimates the document's length ratio (the median ratio
// of target to source characters) and its variance per source character
// over the one-to-one beads the aligner is confident of. With too few
// beads it falls back to the ratio of the whole texts and a variance of
// 2, the median of the per-document estimates on the Italian-English
// development documents (Gale and Church measured 6.8 on Canadian
// Hansard paragraphs; sentences of news translations vary less).
func (c *checker) lengthModel() (ratio, variance float64) {
	const fallbackVariance = 2
	type pair struct{ s, t float64 }
	var ps []pair
	var rs []float64
	for _, b := range c.beads {
		if len(b.src) == 1 && len(b.tgt) == 1 && b.score >= 0.9 {
			s, t := runes(c.srcSents[b.src[0]].Text), runes(c.tgtSents[b.tgt[0]].Text)
			if s >= 20 {
				ps = append(ps, pair{float64(s), float64(t)})
				rs = append(rs, float64(t)/float64(s))
			}
		}
	}
	if len(ps) < 5 {
		// Too few pairs to measure: the ratio of the whole texts.
		var ls, lt int
		for _, s := range c.srcSents {
			ls += runes(s.Text)
		}
		for _, t := range c.tgtSents {
			lt += runes(t.Text)
		}
		if ls == 0 || lt == 0 {
			return 1, fallbackVariance
		}
		return float64(lt) / float64(ls), fallbackVariance
	}
	sort.Float64s(rs)
	ratio = rs[len(rs)/2]
	// A robust variance: the median of the squared deviations per
	// character, scaled to a normal's variance.
	var d []float64
	for _, p := range ps {
		x := p.t - ratio*p.s
		d = append(d, x*x/p.s)
	}
	sort.Float64s(d)
	variance = max(d[len(d)/2]/0.455, 1)
	return ratio, variance
}

func runes(s string) int { return utf8.RuneCountInString(s) }

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// spans turns sentence indices into report spans.
func (c *checker) spans(li lineIndex, sents []segment.Sentence, idx []int) []Span {
	if len(idx) == 0 {
		return nil
	}
	out := make([]Span, len(idx))
	for i, x := range idx {
		out[i] = li.span(sents[x].Start, sents[x].End)
	}
	return out
}

func (c *checker) add(bi int, f Finding) {
	f.bead = bi
	c.report.Findings = append(c.report.Findings, f)
}

// ---- one-sided beads ----

// isReplacement reports whether beads i and i+1 are a source sentence
// and a target sentence alone in the same place: the translation says
// something else where the source said that sentence.
func (c *checker) isReplacement(i int) bool {
	if i+1 >= len(c.beads) {
		return false
	}
	a, b := c.beads[i], c.beads[i+1]
	one := func(x bead) bool { return len(x.src)+len(x.tgt) == 1 }
	if !one(a) || !one(b) || (len(a.src) == 1) == (len(b.src) == 1) {
		return false
	}
	// Neither neighbour may be another one-sided bead: a run of them is
	// a longer gap, reported sentence by sentence.
	if i > 0 && len(c.beads[i-1].src)+len(c.beads[i-1].tgt) == 1 {
		return false
	}
	if i+2 < len(c.beads) && len(c.beads[i+2].src)+len(c.beads[i+2].tgt) == 1 {
		return false
	}
	s, t := a, b
	if len(s.src) == 0 {
		s, t = b, a
	}
	if c.srcRoles[s.src[0]] != content || c.tgtRoles[t.tgt[0]] != content {
		return false
	}
	if !c.isHeading(c.tgtSents[t.tgt[0]].Text) && !c.isHeading(c.srcSents[s.src[0]].Text) {
		return true
	}
	// A line without final punctuation may be an added or omitted
	// heading; it stands in for the other sentence only when their words
	// say it does (a sentence cut short looks like a heading).
	fused, ok := c.score(s.src, t.tgt)
	return ok && fused.ev.Coverage >= c.o.thresholds.Paraphrase
}

// replacement examines a source sentence and a target sentence that the
// aligner left alone in the same place as one pair: the target may be a
// paraphrase too loose for the aligner to pair, or unrelated content.
func (c *checker) replacement(i int) {
	a, b := c.beads[i], c.beads[i+1]
	s, t := a, b
	if len(s.src) == 0 {
		s, t = b, a
	}
	fused, ok := c.score(s.src, t.tgt)
	if !ok {
		fused = bead{src: s.src, tgt: t.tgt}
	}
	fused.score = min(s.score, t.score)
	c.pair(i, fused)
}

func (c *checker) examine(bi int) {
	b := c.beads[bi]
	switch {
	case len(b.tgt) == 0:
		c.omission(bi, b)
	case len(b.src) == 0:
		c.addition(bi, b)
	default:
		c.pair(bi, b)
	}
}

func (c *checker) omission(bi int, b bead) {
	r := c.srcRoles[b.src[0]]
	if r != content {
		c.add(bi, Finding{
			Kind:     Omission,
			Severity: Info,
			Message:  fmt.Sprintf("Source %s is not in the translation; that is usual for boilerplate.", r),
			Source:   c.spans(c.srcLines, c.srcSents, b.src),
			Evidence: Evidence{Score: round3(b.score), Note: r.String()},
		})
		return
	}
	text := c.srcSents[b.src[0]].Text
	sev, msg := Error, "This source sentence has no counterpart in the translation."
	if c.isHeading(text) {
		sev, msg = Warning, "This source heading has no counterpart in the translation."
	}
	c.add(bi, Finding{
		Kind:     Omission,
		Severity: sev,
		Message:  msg,
		Source:   c.spans(c.srcLines, c.srcSents, b.src),
		Evidence: Evidence{Score: round3(b.score)},
	})
}

func (c *checker) addition(bi int, b bead) {
	ti := b.tgt[0]
	r := c.tgtRoles[ti]
	f := Finding{
		Kind:     Addition,
		Target:   c.spans(c.tgtLines, c.tgtSents, b.tgt),
		Evidence: Evidence{Score: round3(b.score)},
	}
	text := c.tgtSents[ti].Text
	switch {
	case r == metadata:
		f.Severity = Info
		f.Message = "Publication metadata added by the translation (a \"Label: value\" line); it has no source, as expected."
		f.Evidence.Note = r.String()
	case r != content:
		f.Severity = Warning
		f.Message = fmt.Sprintf("Boilerplate with no source: %s.", r)
		f.Evidence.Note = r.String()
	case c.isHeading(text):
		f.Severity = Warning
		f.Message = "A heading with no counterpart in the source, added by the translation."
		f.Evidence.Note = "heading"
	default:
		f.Severity = Error
		f.Message = "This sentence of the translation has no counterpart in the source: added content."
	}
	c.add(bi, f)
}

// isHeading reports whether a sentence looks like a title or heading:
// one line, no final punctuation, a few words.
func (c *checker) isHeading(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || strings.ContainsAny(text, "\n\r") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "»”\"’')]"))
	if strings.ContainsRune(".!?…;", last) {
		return false
	}
	return len(strings.Fields(text)) <= c.o.thresholds.HeadingWords
}

// ---- two-sided beads ----

// word is a word of a sentence in a bead.
type word struct {
	sent       int // sentence index on its side
	start, end int // byte offsets in the sentence
	text       string
	content    bool // not a function word
	name       bool // an acronym, a code, or a capitalized word inside the sentence
	matched    bool // some evidence pairs it with a word of the other side
	identical  bool // it is paired with the same word on the other side
}

// words lists the words of sentences idx, marking those that the
// evidence matched.
func words(sents []segment.Sentence, idx []int, lang string, matched func(sent, start, end int) (bool, bool)) []word {
	var out []word
	for _, si := range idx {
		text := sents[si].Text
		for k, w := range token.Words(text) {
			t := text[w.Start:w.End]
			lower := strings.ToLower(t)
			fn := langid.IsFunctionWord(lang, lower)
			hasLetterOrDigit := false
			for _, r := range t {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					hasLetterOrDigit = true
					break
				}
			}
			wd := word{sent: si, start: w.Start, end: w.End, text: t}
			wd.content = hasLetterOrDigit && !fn && (runes(t) > 1 || token.HasDigit(t))
			wd.name = wd.content && (token.IsUpper(t) && runes(t) > 1 || token.HasDigit(t) && hasLetter(t) ||
				k > 0 && token.IsCapitalized(t) && !afterSentenceStart(text, w.Start))
			wd.matched, wd.identical = matched(si, w.Start, w.End)
			out = append(out, wd)
		}
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// afterSentenceStart reports whether the word at i follows a mark that
// starts a new sentence or a quotation, where capitals are not names.
func afterSentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\n")
	if before == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?:«“\"—–-·•(", last)
}

// pairView is what the rules know of a two-sided bead.
type pairView struct {
	b              bead
	src, tgt       []word
	srcCov, tgtCov float64 // share of content words matched on each side
	srcLen, tgtLen int     // characters
	lengthRatio    float64 // target length over predicted length
	lengthZ        float64 // (target length - predicted) in standard deviations
	// srcGap is the longest run of source content words without a
	// counterpart, as a share of the source's content words.
	srcGap     float64
	srcGapText string
}

func (c *checker) view(b bead) pairView {
	type key struct{ sent, start int }
	srcM := map[key]bool{}
	tgtM := map[key]bool{}
	srcSame := map[key]bool{}
	tgtSame := map[key]bool{}
	for _, m := range b.ev.Matches {
		srcM[key{m.Src.Sent, m.Src.Start}] = true
		tgtM[key{m.Tgt.Sent, m.Tgt.Start}] = true
		if m.Kind == align.Identical || m.Kind == align.Numbers {
			srcSame[key{m.Src.Sent, m.Src.Start}] = true
			tgtSame[key{m.Tgt.Sent, m.Tgt.Start}] = true
		}
	}
	// A match span may start inside a word of ours (or cover several),
	// so look up by overlap through the start offsets first and then by
	// containment.
	lookup := func(ms map[key]bool, same map[key]bool, matches func(align.Match) align.Span) func(sent, start, end int) (bool, bool) {
		return func(sent, start, end int) (bool, bool) {
			if ms[key{sent, start}] {
				return true, same[key{sent, start}]
			}
			for _, m := range b.ev.Matches {
				sp := matches(m)
				if sp.Sent == sent && sp.Start < end && start < sp.End {
					return true, m.Kind == align.Identical || m.Kind == align.Numbers
				}
			}
			return false, false
		}
	}
	v := pairView{b: b}
	v.src = words(c.srcSents, b.src, c.srcLang, lookup(srcM, srcSame, func(m align.Match) align.Span { return m.Src }))
	v.tgt = words(c.tgtSents, b.tgt, c.tgtLang, lookup(tgtM, tgtSame, func(m align.Match) align.Span { return m.Tgt }))
	c.matchCurrencies(v.src, b.tgt, c.tgtSents)
	c.matchCurrencies(v.tgt, b.src, c.srcSents)
	symmetricContent(v.src, v.tgt, b.ev.Matches)
	v.srcCov = coverage(v.src)
	v.tgtCov = coverage(v.tgt)
	v.srcGapText, v.srcGap = c.gapText(v.src)
	for _, i := range b.src {
		v.srcLen += runes(c.srcSents[i].Text)
	}
	for _, i := range b.tgt {
		v.tgtLen += runes(c.tgtSents[i].Text)
	}
	if v.srcLen > 0 {
		predicted := float64(v.srcLen) * c.ratio
		v.lengthRatio = float64(v.tgtLen) / predicted
		// The spread grows with the length, as Gale and Church model it,
		// from a floor of six characters: a short sentence's rendering
		// varies by a word or two whatever its length.
		v.lengthZ = (float64(v.tgtLen) - predicted) / math.Sqrt(c.variance*float64(v.srcLen)+36)
	}
	return v
}

// currencyWords maps a currency sign to the stems of its names, in
// English and Italian: a sign on one side stands for the word on the
// other ("$4.8 billion", "4,8 miliardi di dollari").
var currencyWords = map[string][]string{
	"$": {"dollar", "dollaro", "dollari"},
	"€": {"euro"},
	"£": {"pound", "sterlina", "sterline"},
	"¥": {"yen"},
}

// matchCurrencies marks as matched the currency names among ws whose
// sign is written in the other side's sentences.
func (c *checker) matchCurrencies(ws []word, other []int, sents []segment.Sentence) {
	for k := range ws {
		w := &ws[k]
		if w.matched || !w.content {
			continue
		}
		f := strings.TrimSuffix(token.Fold(w.text), "s")
		for sign, names := range currencyWords {
			if !slices.Contains(names, f) {
				continue
			}
			for _, o := range other {
				if strings.Contains(sents[o].Text, sign) {
					w.matched = true
				}
			}
		}
	}
}

// symmetricContent makes the content words of a pair agree across its
// matches: a word matched with a function word of the other side ("now"
// and "ora", where only one language's list holds the word) is not
// content on either side, so that neither side's coverage counts it.
func symmetricContent(src, tgt []word, ms []align.Match) {
	find := func(ws []word, sp align.Span) *word {
		for k := range ws {
			if ws[k].sent == sp.Sent && ws[k].start < sp.End && sp.Start < ws[k].end {
				return &ws[k]
			}
		}
		return nil
	}
	for _, m := range ms {
		s, t := find(src, m.Src), find(tgt, m.Tgt)
		if s != nil && t != nil && s.content != t.content {
			s.content, t.content = false, false
		}
	}
}

// contentWords counts the content words.
func contentWords(ws []word) int {
	n := 0
	for _, w := range ws {
		if w.content {
			n++
		}
	}
	return n
}

// coverage is the share of content words that are matched, 1 when
// there are none.
func coverage(ws []word) float64 {
	n, m := 0, 0
	for _, w := range ws {
		if w.content {
			n++
			if w.matched {
				m++
			}
		}
	}
	if n == 0 {
		return 1
	}
	return float64(m) / float64(n)
}

func (c *checker) pair(bi int, b bead) {
	v := c.view(b)
	srcSpans := c.spans(c.srcLines, c.srcSents, b.src)
	tgtSpans := c.spans(c.tgtLines, c.tgtSents, b.tgt)
	t := c.o.thresholds

	if c.untranslated(bi, v, srcSpans, tgtSpans) {
		return
	}
	if c.unrelated(v) {
		// Unrelated content: comparing its numbers, names or quotations
		// would say nothing more.
		c.grade(bi, v, srcSpans, tgtSpans)
		return
	}
	numberItems := c.numbers(bi, v, srcSpans, tgtSpans)
	friendItems := c.falseFriendPairs(bi, v, srcSpans, tgtSpans)
	c.names(bi, v, srcSpans, tgtSpans)
	c.quotations(bi, v, srcSpans, tgtSpans, numberItems, friendItems)
	c.endPunctuation(bi, v, srcSpans, tgtSpans)

	unmatched := unmatchedWords(v.src)
	// Partial omission: the target is clearly shorter than the source
	// predicts and a stretch of the source has no counterpart. When the
	// rest of the target is faithful (at most one of its content words
	// without counterpart) that is all there is to say, and it is an
	// error; when the target also rewords, it is a warning and the pair
	// is graded as a paraphrase too.
	sim := b.ev.Coverage
	partial := -v.lengthZ/2 + 3*(v.tgtCov-v.srcCov) + v.srcGap
	if partial >= t.Partial && sim >= t.Paraphrase && len(unmatched) > 0 {
		reworded := len(unmatchedWords(v.tgt)) > 1
		f := Finding{
			Kind:     PartialOmission,
			Severity: Error,
			Message: fmt.Sprintf("The translation renders only part of the source (%.0f%% of the expected length); left out: «%s».",
				100*v.lengthRatio, shorten(v.srcGapText, 120)),
			Source: srcSpans,
			Target: tgtSpans,
			Evidence: Evidence{Score: round3(v.srcCov), Unmatched: unmatched,
				LengthRatio: round3(v.lengthRatio)},
		}
		if reworded {
			f.Severity = Warning
			f.Message = fmt.Sprintf("The translation is much shorter than the source (%.0f%% of the expected length) and leaves out: «%s».",
				100*v.lengthRatio, shorten(v.srcGapText, 120))
		}
		c.add(bi, f)
		if !reworded {
			return
		}
	}
	c.grade(bi, v, srcSpans, tgtSpans)
}

// unrelated reports whether a pair's sides say different things: its
// similarity is below Paraphrase and neither side has more than
// UnrelatedCoverage of its content words matched on the other.
func (c *checker) unrelated(v pairView) bool {
	t := c.o.thresholds
	return v.b.ev.Coverage < t.Paraphrase && max(v.srcCov, v.tgtCov) < t.UnrelatedCoverage
}

// grade reports a pair that renders its source loosely, as a
// paraphrase, or not at all, by the share of its content matched.
func (c *checker) grade(bi int, v pairView, srcSpans, tgtSpans []Span) {
	t := c.o.thresholds
	sim := v.b.ev.Coverage
	unmatched := unmatchedWords(v.src)
	grade := GradeFaithful
	switch {
	case sim >= t.Faithful:
		return
	case sim >= t.Loose:
		grade = GradeLoose
	case !c.unrelated(v):
		grade = GradeParaphrase
	default:
		grade = GradeUnrelated
	}
	f := Finding{
		Kind:   Paraphrase,
		Source: srcSpans,
		Target: tgtSpans,
		Evidence: Evidence{Score: round3(sim), Grade: grade, Unmatched: unmatched,
			LengthRatio: round3(v.lengthRatio)},
	}
	switch grade {
	case GradeLoose:
		f.Severity = Info
		f.Message = "A loose rendering: part of the source's content has no clear counterpart."
	case GradeParaphrase:
		f.Severity = Warning
		f.Message = "A paraphrase rather than a translation: much of the source's content has no counterpart."
	default:
		f.Severity = Error
		f.Message = "The translation here does not render the source: their content is unrelated."
	}
	if len(unmatched) > 0 && grade != GradeUnrelated {
		f.Message += " Without counterpart: " + quoteList(unmatched, 8) + "."
	}
	c.add(bi, f)
}

// unmatchedWords lists the content words that found no counterpart, in
// order, each once.
func unmatchedWords(ws []word) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range ws {
		if w.content && !w.matched && !seen[w.text] {
			seen[w.text] = true
			out = append(out, w.text)
		}
	}
	return out
}

// longestGap is the longest run of content words with no counterpart
// (function words inside the run do not break it), as indices into ws.
func longestGap(ws []word) (from, to int) {
	start, n, best := -1, 0, 0
	for i, w := range ws {
		switch {
		case w.content && !w.matched && (start < 0 || ws[start].sent != w.sent):
			start, n = i, 1
		case w.content && !w.matched:
			n++
		case w.content:
			start, n = -1, 0
		}
		if start >= 0 && n > best {
			best, from, to = n, start, i+1
		}
	}
	return from, to
}

// gapText is the source text of the longest run of content words with
// no counterpart, and its share of the content words.
func (c *checker) gapText(ws []word) (string, float64) {
	from, to := longestGap(ws)
	if from == to {
		return "", 0
	}
	n := 0
	for _, w := range ws[from:to] {
		if w.content {
			n++
		}
	}
	text := c.srcSents[ws[from].sent].Text[ws[from].start:ws[to-1].end]
	return collapseSpace(text), float64(n) / float64(max(1, contentWords(ws)))
}

// quoteList writes words as "«a», «b», «c»", at most n of them.
func quoteList(ws []string, n int) string {
	var b strings.Builder
	for i, w := range ws {
		if i == n {
			fmt.Fprintf(&b, " and %d more", len(ws)-n)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("«" + w + "»")
	}
	return b.String()
}

// untranslated reports a target that copies its source.
func (c *checker) untranslated(bi int, v pairView, srcSpans, tgtSpans []Span) bool {
	var n, same int
	for _, w := range v.tgt {
		if w.content {
			n++
			if w.identical && !w.name && !token.HasDigit(w.text) {
				same++
			}
		}
	}
	var srcText, tgtText []string
	for _, sp := range srcSpans {
		srcText = append(srcText, sp.Text)
	}
	for _, sp := range tgtSpans {
		tgtText = append(tgtText, sp.Text)
	}
	equal := normalize.NewFolder().Key(strings.Join(srcText, " ")) == normalize.NewFolder().Key(strings.Join(tgtText, " "))
	if n < 3 || (!equal && float64(same)/float64(n) < c.o.thresholds.Untranslated) {
		return false
	}
	if c.srcLang == c.tgtLang {
		return false
	}
	c.add(bi, Finding{
		Kind:     Untranslated,
		Severity: Error,
		Message:  "This target sentence is left in the language of the source.",
		Source:   srcSpans,
		Target:   tgtSpans,
		Evidence: Evidence{Score: round3(float64(same) / float64(n))},
	})
	return true
}

// numbers compares the numbers of the two sides and returns the target
// numbers that found no equal (for the quotation rule).
func (c *checker) numbers(bi int, v pairView, srcSpans, tgtSpans []Span) []item {
	srcNums := c.findNumbers(false, v.b.src)
	tgtNums := c.findNumbers(true, v.b.tgt)
	srcLeft, tgtLeft := unmatchedNumbers(srcNums, tgtNums)
	switch {
	case len(srcLeft) > 0 && len(tgtLeft) > 0:
		c.add(bi, Finding{
			Kind:     NumberMismatch,
			Severity: Error,
			Message: fmt.Sprintf("The numbers differ: %s in the source, %s in the translation.",
				itemList(srcLeft), itemList(tgtLeft)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{SourceItems: itemTexts(srcLeft), TargetItems: itemTexts(tgtLeft)},
		})
	case len(srcLeft) > 0:
		c.add(bi, Finding{
			Kind:     PartialOmission,
			Severity: Warning,
			Message:  fmt.Sprintf("The translation leaves out a number of the source: %s.", itemList(srcLeft)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{SourceItems: itemTexts(srcLeft)},
		})
	case len(tgtLeft) > 0:
		c.add(bi, Finding{
			Kind:     NumberMismatch,
			Severity: Warning,
			Message:  fmt.Sprintf("The translation has a number that is not in the source: %s.", itemList(tgtLeft)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{TargetItems: itemTexts(tgtLeft)},
		})
	}
	return tgtLeft
}

// item is a piece of text a rule compares: a number, a name, a word.
type item struct {
	sent       int
	start, end int
	text       string
	keys       []string // numbers: the normalized values
	written    string   // numbers: the numeral as written (see numbers.Number)
	word       bool     // numbers: written as a word, not with digits
}

func itemTexts(its []item) []string {
	out := make([]string, len(its))
	for i, it := range its {
		out[i] = it.text
	}
	return out
}

func itemList(its []item) string { return quoteList(itemTexts(its), 6) }

// findNumbers lists the numbers of sentences idx of the target (when
// target is set) or of the source.
func (c *checker) findNumbers(target bool, idx []int) []item {
	var out []item
	for _, si := range idx {
		text := c.sentences(target)[si].Text
		for _, n := range c.numbersIn(target, si) {
			t := text[n.Start:n.End]
			if rest := strings.TrimLeft(text[n.End:], " \u00a0"); strings.HasPrefix(rest, "%") {
				t = text[n.Start : len(text)-len(rest)+1]
			}
			out = append(out, item{sent: si, start: n.Start, end: n.End, text: t, keys: n.Keys, written: n.Written, word: n.Written == ""})
		}
	}
	return out
}

// unmatchedNumbers pairs equal numbers greedily and returns the numbers
// of each side left without an equal. Two numbers are equal when their
// values are, when they are written with the same digits ("1,335" in
// both texts, whatever the locales say), or when a bare number shares the
// multiplier of another number of its side ("between 3 and 10 million"
// against "3 million"). Numbers written as words ("three", "tre") may
// pair with any number but are never reported themselves: they are too
// often idiomatic ("one of them").
func unmatchedNumbers(src, tgt []item) (srcLeft, tgtLeft []item) {
	used := make([]bool, len(tgt))
	exponents := func(its []item) map[string]bool {
		m := map[string]bool{}
		for _, it := range its {
			if _, e, ok := strings.Cut(it.written, "e"); ok {
				m[e] = true
			}
		}
		return m
	}
	srcExp, tgtExp := exponents(src), exponents(tgt)
	// sharesMultiplier: bare is written without a multiplier, its side
	// has a number with other's multiplier, and the digits are the same.
	sharesMultiplier := func(bare, other item, bareSide map[string]bool) bool {
		digits, e, ok := strings.Cut(other.written, "e")
		return ok && !strings.Contains(bare.written, "e") && bare.written == digits && bareSide[e]
	}
	equal := func(a, b item) bool {
		if a.written != "" && a.written == b.written {
			return true
		}
		for _, x := range a.keys {
			if slices.Contains(b.keys, x) {
				return true
			}
		}
		return sharesMultiplier(a, b, srcExp) || sharesMultiplier(b, a, tgtExp)
	}
	for _, s := range src {
		found := false
		for j, t := range tgt {
			if !used[j] && equal(s, t) {
				used[j], found = true, true
				break
			}
		}
		if !found && !s.word {
			srcLeft = append(srcLeft, s)
		}
	}
	for j, t := range tgt {
		if !used[j] && !t.word {
			tgtLeft = append(tgtLeft, t)
		}
	}
	return srcLeft, tgtLeft
}

// names reports names found on one side only. A code or acronym
// ("AMD", "GPT-5") with no counterpart is a warning; two of them that
// differ, one on each side ("AMD" against "NVDA", "GPT-5" against
// "GPT-4"), an error. Capitalized words alone are not reported: names
// are translated too often (Caesar, Cesare; United Kingdom, Regno
// Unito) for their absence to mean much.
func (c *checker) names(bi int, v pairView, srcSpans, tgtSpans []Span) {
	srcNums := c.numberSpans(false, v.b.src)
	tgtNums := c.numberSpans(true, v.b.tgt)
	var otherStems [2][]string // the source's and the target's, made when needed
	codes := func(ws, other []word, nums map[int][][2]int, renderings map[string][][]string, target bool) []string {
		var out []string
		for _, w := range ws {
			if !w.name || w.matched || !hasLetter(w.text) || !(token.IsUpper(w.text) || token.HasDigit(w.text)) {
				continue
			}
			if isNumberWord(nums, w) || nameIn(w.text, other) {
				continue
			}
			if rs := renderings[w.text]; len(rs) > 0 {
				k, idx := 0, v.b.src
				if target {
					k, idx = 1, v.b.tgt
				}
				if otherStems[k] == nil {
					otherStems[k] = c.sideStems(target, idx)
				}
				if renderedIn(rs, otherStems[k]) {
					continue
				}
			}
			out = append(out, w.text)
		}
		return out
	}
	srcLeft := codes(v.src, v.tgt, srcNums, c.tables.srcAcronyms, true)
	tgtLeft := codes(v.tgt, v.src, tgtNums, c.tables.tgtAcronyms, false)
	switch {
	case len(srcLeft) > 0 && len(tgtLeft) > 0:
		c.add(bi, Finding{
			Kind:     NameMismatch,
			Severity: Error,
			Message: fmt.Sprintf("The names differ: %s in the source, %s in the translation.",
				quoteList(srcLeft, 6), quoteList(tgtLeft, 6)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{SourceItems: srcLeft, TargetItems: tgtLeft},
		})
	case len(srcLeft) > 0:
		c.add(bi, Finding{
			Kind:     NameMismatch,
			Severity: Warning,
			Message:  fmt.Sprintf("A name or acronym of the source is not in the translation: %s.", quoteList(srcLeft, 6)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{SourceItems: srcLeft},
		})
	case len(tgtLeft) > 0:
		c.add(bi, Finding{
			Kind:     NameMismatch,
			Severity: Warning,
			Message:  fmt.Sprintf("The translation has a name or acronym that is not in the source: %s.", quoteList(tgtLeft, 6)),
			Source:   srcSpans,
			Target:   tgtSpans,
			Evidence: Evidence{TargetItems: tgtLeft},
		})
	}
}

// acronyms maps the acronyms of language src that the built-in dictionary
// lists to their renderings in tgt, each as the stems of its words.
func acronyms(src, tgt string) map[string][][]string {
	m := map[string][][]string{}
	for _, e := range lexicon.Builtin(src, tgt) {
		if token.IsUpper(e.Source) && !strings.Contains(e.Source, " ") && utf8.RuneCountInString(e.Source) > 1 {
			m[e.Source] = append(m[e.Source], stemsOf(e.Target, func(w string) string { return token.Stem(tgt, token.Fold(w)) }))
		}
	}
	return m
}

// stemsOf returns the stems of the words of text, as stem gives them.
func stemsOf(text string, stem func(word string) string) []string {
	var out []string
	for _, w := range token.Words(text) {
		out = append(out, stem(w.Text(text)))
	}
	return out
}

// sideStems is the stems of the words of sentences idx of the target
// (when target is set) or of the source, one sentence after the other.
func (c *checker) sideStems(target bool, idx []int) []string {
	lang := c.srcLang
	if target {
		lang = c.tgtLang
	}
	var out []string
	for _, si := range idx {
		out = append(out, stemsOf(c.sentences(target)[si].Text, func(w string) string { return c.stem(lang, w) })...)
	}
	return out
}

// renderedIn reports whether one of the renderings (as stems) stands in
// the words (as stems): "Regno Unito", "britannica" for "britannico",
// "a.C.".
func renderedIn(renderings [][]string, words []string) bool {
	for _, r := range renderings {
		if len(r) == 0 {
			continue
		}
		for i := 0; i+len(r) <= len(words); i++ {
			if slices.Equal(words[i:i+len(r)], r) {
				return true
			}
		}
	}
	return false
}

// numberSpans lists, by sentence, the spans of the numbers found in
// sentences idx of the target (when target is set) or of the source.
func (c *checker) numberSpans(target bool, idx []int) map[int][][2]int {
	m := map[int][][2]int{}
	for _, si := range idx {
		for _, n := range c.numbersIn(target, si) {
			m[si] = append(m[si], [2]int{n.Start, n.End})
		}
	}
	return m
}

// isNumberWord reports whether w overlaps a number ("20th", "XX",
// "53enne"): numbers are compared by their own rule.
func isNumberWord(nums map[int][][2]int, w word) bool {
	for _, sp := range nums[w.sent] {
		if sp[0] < w.end && w.start < sp[1] {
			return true
		}
	}
	return false
}

// nameIn reports whether a name appears among the words of the other
// side, allowing for case, accents, a plural or possessive ending
// ("GPUs" and "GPU", "Ortiz's" and "Ortiz"), a part of a hyphenated word
// ("KFC" in "KFC-parent"), and an acronym spelled out by the initials of
// capitalized words in any order ("UN" and "Nazioni Unite", "EU" and
// "Unione Europea").
func nameIn(name string, ws []word) bool {
	base := func(s string) string {
		s = token.Fold(s)
		s = strings.TrimSuffix(s, "'s")
		if len(s) > 3 {
			s = strings.TrimSuffix(s, "s")
		}
		return s
	}
	n := base(name)
	initials := map[byte]int{}
	for _, w := range ws {
		if base(w.text) == n {
			return true
		}
		for _, part := range strings.Split(w.text, "-") {
			if base(part) == n {
				return true
			}
		}
		if f := token.Fold(w.text); w.content && f != "" && token.IsCapitalized(w.text) {
			initials[f[0]]++
		}
	}
	if !token.IsUpper(name) || len(n) < 2 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if initials[n[i]] == 0 {
			return false
		}
	}
	return true
}

// pairTables are the word tables of a language pair that the rules read
// from the built-in dictionary, built once per pair.
type pairTables struct {
	// friends maps the stem of a source word to its target look-alikes
	// that do not translate it.
	friends map[string][]falseFriend
	// srcAcronyms and tgtAcronyms map the acronyms of each side that the
	// dictionary lists to their renderings in the other language ("UK":
	// "Regno Unito", "BC": "a.C."), as stems.
	srcAcronyms, tgtAcronyms map[string][][]string
}

var pairTablesCache sync.Map // [2]string{src, tgt} -> *pairTables

// tablesOf returns the word tables of the language pair, built on first
// use.
func tablesOf(src, tgt string) *pairTables {
	k := [2]string{src, tgt}
	if t, ok := pairTablesCache.Load(k); ok {
		return t.(*pairTables)
	}
	t := &pairTables{
		friends:     falseFriends(src, tgt),
		srcAcronyms: acronyms(src, tgt),
		tgtAcronyms: acronyms(tgt, src),
	}
	got, _ := pairTablesCache.LoadOrStore(k, t)
	return got.(*pairTables)
}

// falseFriend is a look-alike of a source word that does not translate
// it.
type falseFriend struct {
	src, tgt string // the two lemmas, folded
	tgtStem  string
	// narrow is set when the look-alike does translate the word in a
	// narrow sense (the list's note says "also"): a possible false friend.
	narrow bool
}

// falseFriends builds the look-alike table of a language pair, by the
// stem of the source lemma.
func falseFriends(src, tgt string) map[string][]falseFriend {
	m := map[string][]falseFriend{}
	for _, e := range lexicon.FalseFriends(src, tgt) {
		if strings.Contains(e.Source, " ") || strings.Contains(e.Target, " ") {
			continue
		}
		s, t := token.Fold(e.Source), token.Fold(e.Target)
		st := token.Stem(src, s)
		m[st] = append(m[st], falseFriend{src: s, tgt: t, tgtStem: token.Stem(tgt, t), narrow: strings.Contains(e.Note, "also")})
	}
	return m
}

// inflects reports whether the folded word w of language lang, whose
// stem is that of lemma, is lemma or one of its inflections rather than a
// derivation that the stemmer gave the same stem ("larger", not
// "largely"; "larghi", not "largamente"). In English, w is lemma with an
// inflectional ending (-s, -es, -d, -ed, -ing, -'s, -er, -est, a final e
// dropped, a final y turned to i, a final consonant doubled); in other languages,
// whose endings are many, w starts with lemma less its last two letters
// and is at most three letters longer or shorter.
func inflects(lang, w, lemma string) bool {
	if w == lemma {
		return true
	}
	if lang == "en" {
		bases := []string{lemma, strings.TrimSuffix(lemma, "e")}
		if b, ok := strings.CutSuffix(lemma, "y"); ok {
			bases = append(bases, b+"i")
		}
		if n := len(lemma); n > 0 {
			bases = append(bases, lemma+lemma[n-1:])
		}
		for _, b := range bases {
			if rest, ok := strings.CutPrefix(w, b); ok {
				switch rest {
				case "s", "es", "d", "ed", "ing", "'s", "s'", "r", "st", "er", "est":
					return true
				}
			}
		}
		return false
	}
	lw, ll := utf8.RuneCountInString(w), utf8.RuneCountInString(lemma)
	if lw > ll+3 || lw < ll-3 {
		return false
	}
	r := []rune(lemma)
	return strings.HasPrefix(w, string(r[:max(1, len(r)-2)]))
}

// falseFriendPairs reports a source word rendered by a look-alike that
// does not translate it, and returns the target words (for the
// quotation rule). A target word that is the source word itself (a loan
// word: "rumor" in Italian) is not a false friend.
func (c *checker) falseFriendPairs(bi int, v pairView, srcSpans, tgtSpans []Span) []item {
	if len(c.tables.friends) == 0 {
		return nil
	}
	var tgtStems map[string][]word // made when a source word has look-alikes
	var found []item
	var srcItems []string
	narrow := true
	for _, w := range v.src {
		if w.name {
			continue // "Real Estate", "Silicon Valley": a name, not a word
		}
		friends := c.tables.friends[c.stem(c.srcLang, w.text)]
		if len(friends) == 0 {
			continue
		}
		if tgtStems == nil {
			tgtStems = map[string][]word{}
			for _, w := range v.tgt {
				st := c.stem(c.tgtLang, w.text)
				tgtStems[st] = append(tgtStems[st], w)
			}
		}
		sw := token.Fold(w.text)
		for _, ff := range friends {
			if !inflects(c.srcLang, sw, ff.src) {
				continue
			}
			for _, tw := range tgtStems[ff.tgtStem] {
				tf := token.Fold(tw.text)
				if !inflects(c.tgtLang, tf, ff.tgt) || tf == sw || tf+"s" == sw || tf+"es" == sw {
					continue
				}
				found = append(found, item{sent: tw.sent, start: tw.start, end: tw.end, text: tw.text})
				srcItems = append(srcItems, w.text)
				narrow = narrow && ff.narrow
				break
			}
		}
	}
	if len(found) == 0 {
		return nil
	}
	f := Finding{
		Kind:     FalseFriend,
		Severity: Error,
		Message: fmt.Sprintf("A false friend: %s is rendered by its look-alike %s, which means something else.",
			quoteList(srcItems, 4), itemList(found)),
		Source:   srcSpans,
		Target:   tgtSpans,
		Evidence: Evidence{SourceItems: srcItems, TargetItems: itemTexts(found)},
	}
	if narrow {
		f.Severity = Warning
		f.Message = fmt.Sprintf("A possible false friend: %s is rendered by its look-alike %s, which translates it only in a narrow sense.",
			quoteList(srcItems, 4), itemList(found))
	}
	c.add(bi, f)
	return found
}

// quotations compares the quoted passages of the two sides.
func (c *checker) quotations(bi int, v pairView, srcSpans, tgtSpans []Span, numberItems, friendItems []item) {
	type passage struct {
		sent       int
		start, end int
	}
	collect := func(sents []segment.Sentence, idx []int) []passage {
		var out []passage
		for _, si := range idx {
			for _, q := range quoted(sents[si].Text) {
				if len(strings.Fields(sents[si].Text[q[0]:q[1]])) >= 2 {
					out = append(out, passage{si, q[0], q[1]})
				}
			}
		}
		return out
	}
	srcQ := collect(c.srcSents, v.b.src)
	tgtQ := collect(c.tgtSents, v.b.tgt)
	inside := func(it item) bool {
		for _, q := range tgtQ {
			if q.sent == it.sent && q.start <= it.start && it.end <= q.end {
				return true
			}
		}
		return false
	}
	switch {
	case len(srcQ) > 0 && len(tgtQ) > 0:
		var differ []item
		for _, it := range append(slices.Clone(numberItems), friendItems...) {
			if inside(it) {
				differ = append(differ, it)
			}
		}
		if len(differ) > 0 {
			c.add(bi, Finding{
				Kind:     Quotation,
				Severity: Error,
				Message:  fmt.Sprintf("The quotation's words differ from the source's: %s.", itemList(differ)),
				Source:   srcSpans,
				Target:   tgtSpans,
				Evidence: Evidence{TargetItems: itemTexts(differ)},
			})
			return
		}
		// A quotation is a speaker's words: one whose content words mostly
		// have no possible source among the words of its source sentences
		// puts other words in the speaker's mouth.
		bag := c.translationBag(v.b.src)
		var content, lost []string
		for _, w := range v.tgt {
			for _, q := range tgtQ {
				if w.content && w.sent == q.sent && q.start <= w.start && w.end <= q.end {
					content = append(content, w.text)
					if !w.matched && !bag.covers(c.tgtLang, w.text) {
						lost = append(lost, w.text)
					}
				}
			}
		}
		if len(lost) >= 3 && 2*len(lost) > len(content) {
			c.add(bi, Finding{
				Kind:     Quotation,
				Severity: Warning,
				Message: fmt.Sprintf("Most words of the quotation have no counterpart in the source's quotation: %s.",
					quoteList(lost, 8)),
				Source:   srcSpans,
				Target:   tgtSpans,
				Evidence: Evidence{TargetItems: lost},
			})
		}
	case len(srcQ) > 0 && len(tgtQ) == 0:
		c.add(bi, Finding{
			Kind:     Quotation,
			Severity: Warning,
			Message:  "The source quotes these words; the translation does not present them as a quotation.",
			Source:   srcSpans,
			Target:   tgtSpans,
		})
	case len(srcQ) == 0 && len(tgtQ) > 0:
		c.add(bi, Finding{
			Kind:     Quotation,
			Severity: Info,
			Message:  "The translation puts in quotation marks words that the source does not quote.",
			Source:   srcSpans,
			Target:   tgtSpans,
		})
	}
}

// translationBag is every target word a group of source sentences
// could be rendered by, as stems: the built-in dictionary's translations
// of its words and the words themselves (names, numbers, cognates).
type translationBag struct {
	stems   map[string]bool
	folded  []string // the source words, folded, for cognates
	cognate float64  // the least longest-common-subsequence ratio of a cognate
}

func (c *checker) translationBag(src []int) translationBag {
	lex := lexicon.BuiltinLexicon(c.srcLang, c.tgtLang)
	bag := translationBag{stems: map[string]bool{}, cognate: 0.7}
	for _, si := range src {
		text := c.srcSents[si].Text
		for _, w := range token.Words(text) {
			f := token.Fold(text[w.Start:w.End])
			bag.folded = append(bag.folded, f)
			bag.stems[c.stem(c.tgtLang, f)] = true
			if lex != nil {
				for _, t := range lex.Translations(c.stem(c.srcLang, f)) {
					bag.stems[t] = true
				}
			}
		}
	}
	return bag
}

// covers reports whether the target word w may render a word of the bag.
func (b translationBag) covers(lang, w string) bool {
	f := token.Fold(w)
	if b.stems[token.Stem(lang, f)] {
		return true
	}
	if utf8.RuneCountInString(f) < 4 {
		return false
	}
	for _, s := range b.folded {
		if utf8.RuneCountInString(s) >= 4 && lcsRatio(s, f) >= b.cognate {
			return true
		}
	}
	return false
}

// lcsRatio is the length of the longest common subsequence of a and b
// over the length of the longer: the cognate measure of the aligner.
func lcsRatio(a, b string) float64 {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for i := range x {
		for j := range y {
			if x[i] == y[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(y)]) / float64(max(len(x), len(y)))
}

// endPunctuation reports a question rendered as a statement or the
// reverse.
func (c *checker) endPunctuation(bi int, v pairView, srcSpans, tgtSpans []Span) {
	if len(v.b.src) != 1 || len(v.b.tgt) != 1 {
		return
	}
	end := func(s string) rune {
		s = strings.TrimRight(s, " \t\n\r»”\"’')]")
		r, _ := utf8.DecodeLastRuneInString(s)
		return r
	}
	s, t := end(c.srcSents[v.b.src[0]].Text), end(c.tgtSents[v.b.tgt[0]].Text)
	if (s == '?') == (t == '?') {
		return
	}
	c.add(bi, Finding{
		Kind:     EndPunctuation,
		Severity: Info,
		Message:  fmt.Sprintf("The sentence ends with %q in the source and %q in the translation.", s, t),
		Source:   srcSpans,
		Target:   tgtSpans,
	})
}

// ---- whole documents ----

// checkLanguages reports a side that reads as another language, such as
// the two texts given the wrong way round.
func (c *checker) checkLanguages() {
	detect := func(sents []segment.Sentence) langid.Guess {
		var b strings.Builder
		for _, s := range sents {
			b.WriteString(s.Text)
			b.WriteByte(' ')
		}
		return langid.Detect(b.String())
	}
	sg, tg := detect(c.srcSents), detect(c.tgtSents)
	c.report.Source.Detected = sg.Lang
	c.report.Target.Detected = tg.Lang
	known := func(l string) bool { return slices.Contains(langid.Languages(), l) }
	if !known(c.srcLang) || !known(c.tgtLang) || c.srcLang == c.tgtLang {
		return
	}
	sure := func(g langid.Guess) bool { return g.Words >= 20 && g.Margin >= 0.05 }
	srcWrong := sure(sg) && sg.Lang != c.srcLang
	tgtWrong := sure(tg) && tg.Lang != c.tgtLang
	switch {
	case srcWrong && tgtWrong && sg.Lang == c.tgtLang && tg.Lang == c.srcLang:
		c.add(-1, Finding{
			Kind:     WrongLanguage,
			Severity: Error,
			Message: fmt.Sprintf("The texts look swapped: the source reads as %s and the translation as %s. Give the %s text as the source.",
				sg.Lang, tg.Lang, c.srcLang),
			Evidence: Evidence{Score: round3(min(sg.Margin, tg.Margin))},
		})
	case tgtWrong:
		c.add(-1, Finding{
			Kind:     WrongLanguage,
			Severity: Error,
			Message:  fmt.Sprintf("The translation reads as %s, not %s.", tg.Lang, c.tgtLang),
			Evidence: Evidence{Score: round3(tg.Margin)},
		})
	case srcWrong:
		c.add(-1, Finding{
			Kind:     WrongLanguage,
			Severity: Warning,
			Message:  fmt.Sprintf("The source reads as %s, not %s.", sg.Lang, c.srcLang),
			Evidence: Evidence{Score: round3(sg.Margin)},
		})
	}
}

// checkForm looks at the typography of the translation: quotes and
// brackets left open or closed by the wrong mark, doubled spaces, and
// apostrophes or quotes of mixed styles.
func (c *checker) checkForm() {
	tgtBead := make([]int, len(c.tgtSents))
	for bi, b := range c.beads {
		for _, t := range b.tgt {
			tgtBead[t] = bi
		}
	}
	// Quote balance, by paragraph: a quotation may run over several
	// sentences.
	for i := 0; i < len(c.tgtSents); {
		j := i
		for j < len(c.tgtSents) && c.tgtSents[j].Para == c.tgtSents[i].Para {
			j++
		}
		start, end := c.tgtSents[i].Start, c.tgtSents[j-1].End
		for _, im := range normalize.Balance(c.tgt[start:end]) {
			at := im.Open
			if at.Start < 0 {
				at = im.Close
			}
			pos := start + at.Start
			sent := i
			for k := i; k < j; k++ {
				if c.tgtSents[k].Start <= pos {
					sent = k
				}
			}
			c.add(tgtBead[sent], Finding{
				Kind:     UnbalancedQuotes,
				Severity: Warning,
				Message:  "Quotation marks or brackets do not pair up: " + im.String() + ".",
				Target:   []Span{c.tgtLines.span(c.tgtSents[sent].Start, c.tgtSents[sent].End)},
				Evidence: Evidence{TargetItems: []string{im.OpenMark, im.CloseMark}},
			})
		}
		i = j
	}
	for i, s := range c.tgtSents {
		if k := strings.Index(s.Text, "  "); k >= 0 && !strings.Contains(s.Text[k:k+2], "\n") {
			c.add(tgtBead[i], Finding{
				Kind:     Whitespace,
				Severity: Info,
				Message:  "Two spaces in a row.",
				Target:   []Span{c.tgtLines.span(s.Start, s.End)},
			})
		}
	}
	c.typography()
}

// typography reports a translation that mixes apostrophe or quotation
// styles, counting what the normalizer would change.
func (c *checker) typography() {
	res := normalize.String(c.tgt, c.o.tgtLang, normalize.RecordChanges())
	straight, curly := 0, strings.Count(c.tgt, "’")
	counts := map[normalize.Kind]int{}
	for _, ch := range res.Changes {
		counts[ch.Kind]++
		if ch.Kind == normalize.Apostrophe && ch.Original == "'" {
			straight++
		}
	}
	var mixed []string
	if straight > 0 && curly > 0 {
		mixed = append(mixed, fmt.Sprintf("apostrophes: %d typographic (’), %d straight (')", curly, straight))
	}
	styles := 0
	for _, pair := range []string{"«", "“", "\""} {
		if strings.Contains(c.tgt, pair) {
			styles++
		}
	}
	if styles > 1 {
		mixed = append(mixed, "quotation marks of more than one style («», “”, \"\")")
	}
	if len(mixed) == 0 {
		return
	}
	var fixes []string
	seen := map[normalize.Kind]bool{}
	for _, ch := range res.Changes {
		if !seen[ch.Kind] {
			seen[ch.Kind] = true
			fixes = append(fixes, fmt.Sprintf("%d %s", counts[ch.Kind], ch.Kind))
		}
	}
	msg := "The translation mixes typographic styles: " + strings.Join(mixed, "; ") + "."
	if len(fixes) > 0 {
		msg += " Normalizing would make " + strings.Join(fixes, ", ") + " fixes."
	}
	c.add(-1, Finding{
		Kind:     InconsistentTypography,
		Severity: Info,
		Message:  msg,
		Evidence: Evidence{Note: fmt.Sprintf("%d typographic fixes", len(res.Changes))},
	})
}
