package fedele

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/langid"
	"github.com/fedele/fedele/internal/token"
	"github.com/fedele/fedele/segment"
)

// pairView is what the pair rules know of a bead with sentences on both
// sides: its words, which of them the aligner's evidence matched, their
// lengths against the document's length model, and the facts that
// several rules read (computed once, when first asked).
type pairView struct {
	c        *check
	b        align.Bead
	src, tgt []word
	srcSpans []Span
	tgtSpans []Span
	srcCov   float64 // share of the source's content words matched
	tgtCov   float64 // share of the target's content words matched
	srcLen   int     // characters
	tgtLen   int
	// lengthRatio is the target's length over the length the source
	// predicts, lengthZ its distance from it in standard deviations.
	lengthRatio float64
	lengthZ     float64
	// srcGap is the longest run of source content words without a
	// counterpart, as a share of the source's content words, and
	// srcGapText its text.
	srcGap     float64
	srcGapText string

	// origin is the grade of the target sentence in reorganized mode, ""
	// in translation mode. A summary leaves out what its sources say by
	// design: only what it adds or changes is a finding.
	origin Origin

	// Facts shared by rules, computed once.
	copied      *bool
	numbersDiff *numberDiff
	friends     *friendFact
}

// word is a word of a sentence in a pair.
type word struct {
	sent       int // sentence index on its side
	start, end int // byte offsets in the sentence
	text       string
	content    bool // not a function word
	name       bool // an acronym, a code, or a capitalized word inside the sentence
	matched    bool // some evidence pairs it with a word of the other side
	identical  bool // it is paired with the same word (or number) on the other side
	// evidence is the kinds of evidence that pair it (0 for none).
	evidence align.EvidenceKind
}

// view builds the pair view of bead b.
func (c *check) view(b align.Bead) *pairView {
	// The kinds of evidence that matched each word, by the start of the
	// word's span. A match span may start inside a word of ours (or cover
	// several), so look up by the start offsets first and then by
	// overlap.
	type key struct{ sent, start int }
	srcM := map[key]align.EvidenceKind{}
	tgtM := map[key]align.EvidenceKind{}
	for _, m := range b.Evidence.Matches {
		srcM[key{m.Src.Sent, m.Src.Start}] |= m.Kind
		tgtM[key{m.Tgt.Sent, m.Tgt.Start}] |= m.Kind
	}
	lookup := func(ms map[key]align.EvidenceKind, spanOf func(align.Match) align.Span) func(sent, start, end int) align.EvidenceKind {
		return func(sent, start, end int) align.EvidenceKind {
			if k, ok := ms[key{sent, start}]; ok {
				return k
			}
			for _, m := range b.Evidence.Matches {
				sp := spanOf(m)
				if sp.Sent == sent && sp.Start < end && start < sp.End {
					return m.Kind
				}
			}
			return 0
		}
	}
	v := &pairView{c: c, b: b, srcSpans: c.src.spans(b.Src), tgtSpans: c.tgt.spans(b.Tgt)}
	v.src = words(c.src.sents, b.Src, c.src.code, lookup(srcM, func(m align.Match) align.Span { return m.Src }))
	v.tgt = words(c.tgt.sents, b.Tgt, c.tgt.code, lookup(tgtM, func(m align.Match) align.Span { return m.Tgt }))
	matchCurrencies(v.src, c.tgt, b.Tgt)
	matchCurrencies(v.tgt, c.src, b.Src)
	symmetricContent(v.src, v.tgt, b.Evidence.Matches)
	v.srcCov = coverage(v.src)
	v.tgtCov = coverage(v.tgt)
	v.srcGapText, v.srcGap = gapText(c.src, v.src)
	v.srcLen, v.tgtLen = c.src.chars(b.Src), c.tgt.chars(b.Tgt)
	if v.srcLen > 0 {
		v.lengthRatio = float64(v.tgtLen) / c.length.Predict(v.srcLen)
		v.lengthZ = c.length.Z(v.srcLen, v.tgtLen)
	}
	return v
}

// finding returns a finding on the pair's two sides.
func (v *pairView) finding(k Kind, sev Severity, msg string, ev Evidence) Finding {
	return Finding{Kind: k, Severity: sev, Message: msg, Source: v.srcSpans, Target: v.tgtSpans, Evidence: ev}
}

// similarity is the aligner's measure of how much of the pair's content
// found a counterpart.
func (v *pairView) similarity() float64 { return v.b.Evidence.Coverage }

// comparable reports whether comparing the details of the two sides
// (numbers, names, quotations) says anything: not when the target copies
// its source (untranslated) or renders something unrelated.
func (v *pairView) comparable() bool { return !v.isCopy() && !v.unrelated() }

// unrelated reports whether the pair's sides say different things: its
// similarity is below MinParaphrase and neither side has more than
// UnrelatedCoverage of its content words matched on the other.
func (v *pairView) unrelated() bool {
	t := v.c.o.thresholds
	return v.similarity() < t.MinParaphrase && max(v.srcCov, v.tgtCov) < t.UnrelatedCoverage
}

// words lists the words of sentences idx, marking those that the
// evidence matched.
func words(sents []segment.Sentence, idx []int, lang string, matched func(sent, start, end int) align.EvidenceKind) []word {
	var out []word
	for _, si := range idx {
		text := sents[si].Text
		for k, w := range token.Words(text) {
			t := text[w.Start:w.End]
			wd := word{sent: si, start: w.Start, end: w.End, text: t}
			wd.content = isContent(lang, t)
			wd.name = wd.content && (token.IsUpper(t) && runes(t) > 1 || token.HasDigit(t) && hasLetter(t) ||
				k > 0 && token.IsCapitalized(t) && !afterSentenceStart(text, w.Start))
			wd.evidence = matched(si, w.Start, w.End)
			wd.matched = wd.evidence != 0
			wd.identical = wd.evidence&(align.Identical|align.Numbers) != 0
			out = append(out, wd)
		}
	}
	return out
}

// isContent reports whether a word of language lang carries content: it
// has a letter or digit, is not a function word, and is longer than one
// letter unless it has a digit.
func isContent(lang, w string) bool {
	hasLetterOrDigit := false
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			hasLetterOrDigit = true
			break
		}
	}
	return hasLetterOrDigit && !langid.IsFunctionWord(lang, strings.ToLower(w)) && (runes(w) > 1 || token.HasDigit(w))
}

func runes(s string) int { return utf8.RuneCountInString(s) }

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
// sign is written in sentences idx of the other side.
func matchCurrencies(ws []word, other *side, idx []int) {
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
			for _, o := range idx {
				if strings.Contains(other.sents[o].Text, sign) {
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

// gapText is the text of the longest run of content words of ws (words
// of side s) with no counterpart, and its share of the content words.
func gapText(s *side, ws []word) (string, float64) {
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
	text := s.sents[ws[from].sent].Text[ws[from].start:ws[to-1].end]
	return collapseSpace(text), float64(n) / float64(max(1, contentWords(ws)))
}
