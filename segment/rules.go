package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the language rules: what decides whether a candidate
// boundary is a sentence boundary. Each rule has a name (a constant of
// type rule); the code that applies it carries the name in a comment, and
// the tests exercise each rule by name (rules_test.go). The word lists the
// rules consult are data, one file per language (rules_it.txt,
// rules_en.txt).

// rule names a segmentation rule.
type rule uint8

const (
	ruleNone rule = iota

	// Boundaries of UAX #29 that no language rule overrides; all the
	// boundaries of the fallback segmenter.
	ruleUAX29

	// Terminal punctuation.
	ruleSentenceEnd       // terminal punctuation before a capital, a digit or a symbol ends a sentence
	ruleTerminalLowercase // terminal punctuation before a lower-case word does not, after an abbreviation, a brand ("Yahoo!") or before a verb of saying ("Che peccato! disse")
	ruleLowercaseStart    // … but does after an ordinary word: informal text and excerpts start sentences in lower case ("Ok. see you", "Davvero? non lo sapevo")
	ruleQuoteSpeech       // a quotation ending in "?" or "!" before a lower-case word ("…cosa?» chiese lei") does not
	ruleDialogueDash      // nor one before a dash and a lower-case word ("Dove vai? — chiese lei")
	ruleNoSpace           // "." "!" "?" not followed by white space do not end a sentence (URLs, e-mail, versions)
	ruleGlued             // … except a word glued to a capitalized one ("world.Today")
	ruleFootnote          // a footnote mark after terminal punctuation ("1805. [19] His", "all! [...] What") stays with the sentence before it
	ruleDetachedCloser    // a closing mark set off by spaces after terminal punctuation ("day. ) Then", "« Oui. » Il") ends the sentence with it
	ruleColonMark         // "?" or "!" right after a colon ("Dial:? 203") is debris of a lost character, not the end of a question
	ruleStrayMark         // a lone "?" set off after a sentence's terminal punctuation ("Contract. ? Do not") is debris of a lost line or bullet: a segment of its own

	// Abbreviations.
	ruleTitle         // a title or other [title] abbreviation never ends a sentence ("Sig.", "Dr.")
	ruleNumberAbbrev  // a [number] abbreviation does not end one before a number ("art. 5", "No. 1")
	ruleMayEnd        // a [may-end] or dotted abbreviation does not end one before a word that is not a starter ("U.S. Government")
	ruleMayEndStarter // … and ends one before a starter ("U.S. How")
	ruleLeadIn        // … unless it closes an introductory phrase ("At 5 a.m. Mr. Smith")
	ruleInitial       // a capital initial does not end a sentence ("J. R. R. Tolkien")
	ruleInitialWord   // … but ends one before a starter when it is a one-letter word ("you and I. Did") or follows no name ("il piano B. Il")
	ruleDoublePeriod  // an abbreviation's period followed by a sentence's period ends one ("Nov.. Grazie")

	// Ellipses.
	ruleEllipsisCapital   // an ellipsis before a capital ends a sentence
	ruleEllipsisLowercase // an ellipsis before anything else does not
	ruleEllipsisBracketed // "[...]" and "(…)" never end one
	ruleEllipsisSpaced    // a spaced ellipsis of three dots (". . .") marks an omission within a sentence
	ruleEllipsisFourDots  // "word. . . . Next": the period ends the sentence, the ellipsis opens the next
	ruleBracketedMark     // "(!)", "(?)", "[sic!]" never end a sentence

	// Quotations.
	ruleEmbeddedQuote // a boundary inside a parenthesis that the sentence goes on after, or inside a quotation cited with its source after it ("«…» (Manzoni)"), is not one

	// Lists.
	ruleListMarker   // a list marker ("1.", "a.", "• 9.") does not end a sentence
	ruleListSequence // the next marker of an inline list ("1. one 2. two") starts a sentence
	ruleBullet       // an inline bullet ("•", "⁃") starts a sentence

	// Line structure.
	ruleLineBullet    // a line that starts with a bullet or a list marker starts a sentence
	ruleLineColon     // a line that ends with ":" ends a segment, unless the next starts in lower case
	ruleLineContinues // a line that ends mid-phrase (",", a hyphen, "of", "della") goes on on the next
	ruleLineGreeting  // … but where lines are paragraphs, one that ends with a comma before a capital is a greeting or a closing ("Dear Ann,", "Best regards,")
	ruleLineJoin      // a line goes on on a next line that starts in lower case and ends a sentence (PDF text)
	ruleLineList      // lines in lower case without terminal punctuation are items of a list
	ruleLineWrapped   // a line of a hard-wrapped paragraph that fills its width goes on on the next
	ruleLineHeading   // a line without terminal punctuation is a title, heading, "Label: value" line or list item

	// Guard.
	ruleLongSentence // a sentence longer than maxSentence bytes is cut where it might have ended

	ruleCount
)

var ruleNames = [ruleCount]string{
	ruleNone:              "ruleNone",
	ruleUAX29:             "ruleUAX29",
	ruleSentenceEnd:       "ruleSentenceEnd",
	ruleTerminalLowercase: "ruleTerminalLowercase",
	ruleLowercaseStart:    "ruleLowercaseStart",
	ruleQuoteSpeech:       "ruleQuoteSpeech",
	ruleDialogueDash:      "ruleDialogueDash",
	ruleNoSpace:           "ruleNoSpace",
	ruleGlued:             "ruleGlued",
	ruleFootnote:          "ruleFootnote",
	ruleDetachedCloser:    "ruleDetachedCloser",
	ruleColonMark:         "ruleColonMark",
	ruleStrayMark:         "ruleStrayMark",
	ruleTitle:             "ruleTitle",
	ruleNumberAbbrev:      "ruleNumberAbbrev",
	ruleMayEnd:            "ruleMayEnd",
	ruleMayEndStarter:     "ruleMayEndStarter",
	ruleLeadIn:            "ruleLeadIn",
	ruleInitial:           "ruleInitial",
	ruleInitialWord:       "ruleInitialWord",
	ruleDoublePeriod:      "ruleDoublePeriod",
	ruleEllipsisCapital:   "ruleEllipsisCapital",
	ruleEllipsisLowercase: "ruleEllipsisLowercase",
	ruleEllipsisBracketed: "ruleEllipsisBracketed",
	ruleEllipsisSpaced:    "ruleEllipsisSpaced",
	ruleEllipsisFourDots:  "ruleEllipsisFourDots",
	ruleBracketedMark:     "ruleBracketedMark",
	ruleEmbeddedQuote:     "ruleEmbeddedQuote",
	ruleListMarker:        "ruleListMarker",
	ruleListSequence:      "ruleListSequence",
	ruleBullet:            "ruleBullet",
	ruleLineBullet:        "ruleLineBullet",
	ruleLineColon:         "ruleLineColon",
	ruleLineContinues:     "ruleLineContinues",
	ruleLineGreeting:      "ruleLineGreeting",
	ruleLineJoin:          "ruleLineJoin",
	ruleLineList:          "ruleLineList",
	ruleLineWrapped:       "ruleLineWrapped",
	ruleLineHeading:       "ruleLineHeading",
	ruleLongSentence:      "ruleLongSentence",
}

func (r rule) String() string {
	if r < ruleCount {
		return ruleNames[r]
	}
	return "rule(?)"
}

// cluster describes the punctuation that ends a candidate sentence:
// p[tok:term] is the word before it, p[term:close] the terminal
// punctuation, p[close:end] the closing quotes and brackets.
type cluster struct {
	tok, term, close, end int

	dots     int  // periods in the terminal punctuation
	ellipsis bool // "…", or three periods or more
	spaced   bool // periods separated by spaces (". . .")
	attached bool // the first period follows a non-space character
	mark     bool // "?", "!" or another terminator than "."
}

func (c cluster) terminal() bool { return c.term < c.close }

// maxWord bounds the length of the word before a terminator that the rules
// look at.
const maxWord = 64

// cluster analyses the end of the candidate sentence p[sp.start:end].
func (sp *splitter) cluster(end int) cluster {
	p, lo := sp.p, sp.start
	c := cluster{end: end}
	i := end
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		if !isCloser(r) {
			break
		}
		i -= n
	}
	c.close = i
scan:
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		switch {
		case r == '.':
			c.dots++
			i -= n
			if i-2 >= lo && p[i-1] == ' ' && p[i-2] == '.' {
				c.spaced = true
				i--
			}
		case r == '…':
			c.ellipsis = true
			i -= n
		case isTerminator(r):
			c.mark = true
			i -= n
		default:
			break scan
		}
	}
	c.term = i
	c.ellipsis = c.ellipsis || c.dots >= 3
	if i > lo {
		r, _ := utf8.DecodeLastRuneInString(p[lo:i])
		c.attached = !unicode.IsSpace(r)
	}
	for i > lo && c.term-i < maxWord {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	c.tok = i
	return c
}

// bracketed reports whether the terminal punctuation is bracketed alone
// or after a short lower-case word: "[...]", "(…)", "(!)", "[sic!]"; not
// "(Applausi.)".
func (sp *splitter) bracketed(c cluster) bool {
	if c.tok >= c.term || c.close >= c.end {
		return false
	}
	o, cl := sp.p[c.tok], sp.p[c.close]
	if !(o == '(' && cl == ')' || o == '[' && cl == ']') {
		return false
	}
	word := sp.p[c.tok+1 : c.term]
	return len(word) <= 4 && strings.IndexFunc(word, func(r rune) bool { return !isLower(r) }) < 0
}

// word is the first word after a candidate boundary.
type word struct {
	start, end int
	elided     int  // end of the word with its apostrophe ("L'"), or 0
	upper      bool // starts with a capital
	lower      bool // starts with a lower-case letter
	camel      bool // lower-case start and a capital inside ("iPhone")
	digit      bool // starts with a digit
	dash       bool // a dash came before it
	none       bool // nothing follows
}

// nextWord returns the word at i, skipping opening quotes and brackets,
// dashes and spaces (not line breaks).
func (sp *splitter) nextWord(i int) word {
	p := sp.p
	var w word
	for lim := min(len(p), i+32); i < lim; {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case isOpener(r):
		case isDash(r) && (r != '-' || i+1 < len(p) && p[i+1] == ' '):
			w.dash = true
		case spaceLen(p, i) > 0 && lineBreakLen(p, i) == 0:
		default:
			goto found
		}
		i += n
	}
found:
	if i >= len(p) {
		w.none = true
		return w
	}
	w.start = i
	r, _ := utf8.DecodeRuneInString(p[i:])
	w.upper, w.lower, w.digit = isUpper(r), isLower(r), isDigit(r)
	j := i
	for j < len(p) && j-i < maxWord {
		r, m := utf8.DecodeRuneInString(p[j:])
		if !isLetter(r) && !isDigit(r) {
			if isElision(r) {
				w.elided = j + m
			}
			break
		}
		if j > i && w.lower && isUpper(r) {
			w.camel = true
		}
		j += m
	}
	w.end = j
	return w
}

// startsSentence reports whether w is a capital that may start a
// sentence: upper case, or a lower-case brand name ("iPhone").
func (w word) startsSentence() bool { return w.upper || w.camel }

// lowerCase reports whether w is a lower-case word.
func (w word) lowerCase() bool { return w.lower && !w.camel }

// starter reports whether w is a common sentence starter ([starter]), or a
// title abbreviation ("Mr.").
func (sp *splitter) starter(w word) bool {
	if w.none || w.end <= w.start {
		return false
	}
	p := sp.p
	if w.elided > 0 && sp.r.class(p[w.start:w.elided])&classStarter != 0 {
		return true
	}
	if sp.r.class(p[w.start:w.end])&classStarter != 0 {
		return true
	}
	return w.end < len(p) && p[w.end] == '.' && sp.r.class(p[w.start:w.end+1])&classTitle != 0
}

// roman reports whether w is a Roman numeral ("IV", "XII"); "I" counts
// only before punctuation ("vol. I,"), not before a space ("No. I think").
func (sp *splitter) roman(w word) bool {
	if w.none || w.end-w.start > 7 {
		return false
	}
	s := sp.p[w.start:w.end]
	if s == "" || strings.Trim(s, "IVXLCDM") != "" {
		return false
	}
	if s == "I" {
		if w.end >= len(sp.p) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(sp.p[w.end:])
		return !unicode.IsSpace(r) && !isLetter(r)
	}
	return true
}

// abbreviation returns the word before the period of c with that period
// ("Sig.", "U.S."), without the opening punctuation and the elided
// article before it ("(ad es." → "es.", "l'Avv." → "Avv.").
func (sp *splitter) abbreviation(c cluster) string {
	w := sp.p[c.tok : c.term+1]
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isOpener(r) && !isDash(r) {
			break
		}
		w = w[n:]
	}
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		w = w[i+n:]
	}
	return w
}

// afterName reports whether the word before the one at tok is
// capitalized or an initial, as in a name ("Mario A.", "J. R.").
func (sp *splitter) afterName(tok int) bool {
	p := sp.p
	i := tok
	for i > sp.start {
		r, n := utf8.DecodeLastRuneInString(p[sp.start:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	if i == tok {
		return false
	}
	j := i
	for j > sp.start && i-j < maxWord {
		r, n := utf8.DecodeLastRuneInString(p[sp.start:j])
		if unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	for j < i {
		r, n := utf8.DecodeRuneInString(p[j:i])
		if isLetter(r) {
			return isUpper(r)
		}
		j += n
	}
	return false
}

// isAcronym reports whether w (with its final period) is made of short
// groups of letters separated by periods: "U.S.", "a.m.", "S.p.A.".
func isAcronym(w string) bool {
	body := strings.TrimSuffix(w, ".")
	if !strings.Contains(body, ".") {
		return false
	}
	for part := range strings.SplitSeq(body, ".") {
		n := 0
		for _, r := range part {
			if !isLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// isInitial reports whether w is one capital letter and a period.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return isUpper(r) && w[n:] == "."
}

// decide judges a candidate boundary inside a line: the sentence would end
// at end, with the punctuation c. It returns whether to split, the rule
// that decided, and where the sentence ends when it splits.
func (sp *splitter) decide(cand candidate, end int, c cluster) (bool, rule, int) {
	if sp.r == nil {
		return true, ruleUAX29, end // ruleUAX29
	}
	if cand.kind&candBullet != 0 {
		return true, ruleBullet, end // ruleBullet
	}
	if cand.kind&candList != 0 {
		return true, ruleListSequence, end // ruleListSequence
	}
	if cand.kind&candNote != 0 && !sp.nextWord(skipSpace(sp.p, end)).lowerCase() {
		return true, ruleFootnote, end // ruleFootnote
	}
	if !c.terminal() {
		return true, ruleUAX29, end // ruleUAX29
	}
	next := skipSpace(sp.p, end)
	if next == end && cand.kind&candGlued == 0 {
		if sp.p[c.close-1] < utf8.RuneSelf {
			return false, ruleNoSpace, 0 // ruleNoSpace
		}
		return true, ruleUAX29, end // ruleUAX29: "。" and the like need no space
	}
	return sp.decideTerminal(cand, end, next, c)
}

// decideTerminal applies the rules of terminal punctuation to a sentence
// that would end at end, the next one starting at next.
func (sp *splitter) decideTerminal(cand candidate, end, next int, c cluster) (bool, rule, int) {
	if sp.markerOnly(end) {
		return false, ruleListMarker, 0 // ruleListMarker
	}
	if c.mark && c.term > sp.start && sp.p[c.term-1] == ':' {
		return false, ruleColonMark, 0 // ruleColonMark
	}
	if cut := sp.strayMark(c); cut > 0 && !sp.nextWord(next).lowerCase() && !sp.embeddedQuote(cut) {
		// The mark stands alone between the two sentences, as it stood
		// on a line of its own.
		sp.emit(cut)
		return true, ruleStrayMark, end // ruleStrayMark
	}
	if e := sp.detachedCloser(end, next); e > 0 {
		// Judge the sentence as if the mark were attached: what follows
		// it decides.
		end, next = e, skipSpace(sp.p, e)
		c.end = e
		if next == e {
			return false, ruleDetachedCloser, 0 // ruleDetachedCloser: "day. )Then" is not text
		}
		if ok, r, cut := sp.decideTerminal(cand, end, next, c); !ok || cut != end {
			return ok, r, cut
		}
		return sp.accept(ruleDetachedCloser, end) // ruleDetachedCloser
	}
	if sp.bracketed(c) {
		if c.ellipsis {
			return false, ruleEllipsisBracketed, 0 // ruleEllipsisBracketed
		}
		return false, ruleBracketedMark, 0 // ruleBracketedMark
	}
	if e := sp.footnote(next); e > 0 {
		// The sentence ends after the mark, if at all.
		sp.push(skipSpace(sp.p, e), candNote)
		return false, ruleFootnote, 0 // ruleFootnote
	}
	w := sp.nextWord(next)
	if c.ellipsis {
		switch {
		case c.spaced && c.dots == 3:
			return false, ruleEllipsisSpaced, 0 // ruleEllipsisSpaced
		case !w.startsSentence():
			return false, ruleEllipsisLowercase, 0 // ruleEllipsisLowercase
		case c.spaced && c.dots == 4 && c.attached:
			return sp.accept(ruleEllipsisFourDots, c.term+1) // ruleEllipsisFourDots
		}
		return sp.accept(ruleEllipsisCapital, end) // ruleEllipsisCapital
	}
	if w.lowerCase() {
		switch {
		case w.dash:
			return false, ruleDialogueDash, 0 // ruleDialogueDash
		case c.close < c.end:
			return false, ruleQuoteSpeech, 0 // ruleQuoteSpeech
		case sp.lowercaseStart(c, w):
			return sp.accept(ruleLowercaseStart, end) // ruleLowercaseStart
		}
		return false, ruleTerminalLowercase, 0 // ruleTerminalLowercase
	}
	if c.mark || c.dots == 0 {
		return sp.accept(ruleSentenceEnd, end) // ruleSentenceEnd
	}
	if c.dots == 2 && c.attached && !c.spaced {
		return sp.accept(ruleDoublePeriod, end) // ruleDoublePeriod
	}
	abbr := sp.abbreviation(c)
	class := sp.r.class(abbr)
	if class&classNumber != 0 && (w.digit || sp.roman(w)) {
		return false, ruleNumberAbbrev, 0 // ruleNumberAbbrev
	}
	if class&classTitle != 0 {
		return false, ruleTitle, 0 // ruleTitle
	}
	if class&classMayEnd != 0 || isAcronym(abbr) {
		if !sp.starter(w) {
			return false, ruleMayEnd, 0 // ruleMayEnd
		}
		if sp.leadIn(c.tok) {
			return false, ruleLeadIn, 0 // ruleLeadIn
		}
		return sp.accept(ruleMayEndStarter, end) // ruleMayEndStarter
	}
	if isInitial(abbr) && w.startsSentence() {
		if sp.starter(w) && (sp.r.class(abbr[:len(abbr)-1])&classLetter != 0 || !sp.afterName(c.tok)) {
			return sp.accept(ruleInitialWord, end) // ruleInitialWord
		}
		return false, ruleInitial, 0 // ruleInitial
	}
	if cand.kind&candGlued != 0 && next == end {
		return sp.accept(ruleGlued, end) // ruleGlued
	}
	return sp.accept(ruleSentenceEnd, end) // ruleSentenceEnd
}

// accept splits at end unless the boundary lies inside an embedded
// quotation.
func (sp *splitter) accept(r rule, end int) (bool, rule, int) {
	if sp.embeddedQuote(end) {
		return false, ruleEmbeddedQuote, 0 // ruleEmbeddedQuote
	}
	return true, r, end
}

// lowercaseStart reports whether the terminal punctuation c before the
// lower-case word w ends a sentence all the same (ruleLowercaseStart):
// it follows an ordinary word, not an abbreviation. A question or an
// exclamation mark ends one unless a verb of saying follows ("Che
// peccato! disse piano"), it is part of a name ("Yahoo! in") or it lies
// inside a quotation that goes on. A period
// ends one after a word of two letters or more that is in no list of
// abbreviations, has no inner period, and looks like a word: for Italian,
// it ends in a vowel, or is a capitalized name of four letters or more
// ("Moravia. ai vetri", "Eichrodt. il buon"), where "meteor." and
// "idraul." are abbreviations; for English, it has a vowel ("pp." and
// "st." are abbreviations). A period after a closing mark ends one too
// ("il vicino [877]. in ogni caso"), and so does one after a number
// ("lire 32.975. così", "call 303-832-8160. they"). Calibrated on the Golden Rules, UD PUD and the
// ISDT and GUM development sets.
func (sp *splitter) lowercaseStart(c cluster, w word) bool {
	p := sp.p
	if sp.r.class(p[w.start:w.end])&classSpeech != 0 {
		return false
	}
	word := p[c.tok:c.term]
	closed := false // a closing mark before the period: "(programma \"Pericle\")."
	for word != "" {
		r, n := utf8.DecodeLastRuneInString(word)
		if !isCloser(r) {
			break
		}
		word, closed = word[:len(word)-n], true
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(word, isOpener))
	if c.mark {
		// Inside a quotation, a lower-case word after "?" is the
		// writer's choice: "Is it better? by a mile."
		return !(c.attached && p[c.term:c.close] == "!" && isUpper(first)) && !sp.insideQuote(c.end)
	}
	if c.dots != 1 {
		return false
	}
	if !c.attached || closed {
		return true // "word . next", "(vicino [877]). in"
	}
	abbr := sp.abbreviation(c)
	if sp.r.class(abbr)&(classTitle|classMayEnd|classNumber) != 0 || isAcronym(abbr) {
		return false
	}
	body := strings.TrimSuffix(abbr, ".")
	if strings.IndexFunc(body, isDigit) >= 0 {
		// A number ("32.975", "303-832-8160"), not a list marker
		// (markerOnly has seen those).
		return strings.IndexFunc(body, isLetter) < 0
	}
	letters, vowels := 0, 0
	var last rune
	for _, r := range body {
		if !isLetter(r) {
			return false
		}
		letters++
		last = r
		if isVowel(r, sp.r.vowelWords) {
			vowels++
		}
	}
	switch {
	case letters < 2 || vowels == 0:
		return false
	case sp.r.vowelWords:
		return isVowel(last, true) || letters >= 4 && isUpper(first)
	}
	return true
}

// isVowel reports whether r is a vowel, with or without an accent; y
// counts unless strict.
func isVowel(r rune, strict bool) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'à', 'è', 'é', 'ì', 'í', 'ò', 'ó', 'ù', 'ú':
		return true
	case 'y':
		return !strict
	}
	return false
}

// detachedCloser returns the end of a closing quotation mark or bracket
// that stands alone between white space at next, after terminal
// punctuation that ends at end on the same line, or 0. A quotation mark
// set off by spaces on both sides cannot open a quotation (an opening
// mark is attached to the word it opens: "« Oui. » Il dit", "phrase. '
// And"); a bracket closes only one opened in the sentence ("(We fly
// next day. ) Hop").
func (sp *splitter) detachedCloser(end, next int) int {
	p := sp.p
	if next <= end || next >= len(p) || strings.IndexAny(p[end:next], "\n\r") >= 0 {
		return 0
	}
	r, n := utf8.DecodeRuneInString(p[next:])
	e := next + n
	if e < len(p) && spaceLen(p, e) == 0 {
		return 0
	}
	switch r {
	case ')', ']':
		if open, kind := sp.openQuote(end); open < 0 || (r == ')') != (kind == quoteParen) || (r == ']') != (kind == quoteBracket) {
			return 0
		}
		return e
	case '»', '”', '’', '"', '\'':
		return e
	}
	return 0
}

// strayMark returns where the sentence ends when its terminal
// punctuation c is a lone "?" set off by a space after another terminal
// mark ("Contract. ? Do not"): just after that mark. Text that lost its
// line breaks or bullets to a wrong encoding has them; a question mark
// that ends a question follows its last word. It returns 0 otherwise.
func (sp *splitter) strayMark(c cluster) int {
	p := sp.p
	if !c.mark || c.attached || c.close-c.term != 1 || p[c.term] != '?' {
		return 0
	}
	i := c.term
	for i > sp.start && (p[i-1] == ' ' || p[i-1] == '\t') {
		i--
	}
	if i == c.term || i <= sp.start {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(p[sp.start:i]); !isTerminator(r) {
		return 0
	}
	return i
}

// footnote returns the end of a footnote mark at i ("[19]", "[...]",
// "[…]") followed by white space or nothing, or 0.
func (sp *splitter) footnote(i int) int {
	p := sp.p
	if i >= len(p) || p[i] != '[' {
		return 0
	}
	j := i + 1
	for j < len(p) && j-i <= 3 && '0' <= p[j] && p[j] <= '9' {
		j++
	}
	if j == i+1 {
		switch {
		case strings.HasPrefix(p[j:], "..."):
			j += 3
		case strings.HasPrefix(p[j:], "…"):
			j += len("…")
		}
	}
	if j == i+1 || j >= len(p) || p[j] != ']' {
		return 0
	}
	j++
	if j < len(p) && spaceLen(p, j) == 0 {
		return 0
	}
	return j
}

// markerOnly reports whether the candidate sentence p[sp.start:end] is a
// list marker alone, with its bullet: "1.", "a.", "• 9.", "⁃10.".
func (sp *splitter) markerOnly(end int) bool {
	p := sp.p
	i := sp.start
	if r, n := utf8.DecodeRuneInString(p[i:end]); isInlineBullet(r) || isLineBullet(r) {
		i += n
		for i < end && spaceLen(p, i) > 0 {
			i += spaceLen(p, i)
		}
	}
	e, ok := parseLineMarker(p[:end], i)
	return ok && e == end
}

// leadIn reports whether the sentence up to the word at tok is a short
// introductory phrase: it opens with a [lead-in] word and has at most
// four words ("At 5 a.m.", "Nel 300 a.C.").
func (sp *splitter) leadIn(tok int) bool {
	if tok-sp.start > 80 {
		return false
	}
	p := sp.p
	first := sp.nextWord(sp.start)
	if first.none || sp.r.class(p[first.start:first.end])&classLeadIn == 0 {
		return false
	}
	words := 1
	in := false
	for i := sp.start; i < tok; i++ {
		if p[i] == ' ' || p[i] == '\t' || p[i] == '\n' {
			in = false
		} else if !in {
			in = true
			words++
		}
	}
	return words <= 4
}

// maxQuote bounds the length of a quotation that embeddedQuote looks at.
const maxQuote = 500

// Kinds of quotation marks and brackets.
const (
	quoteNone = iota
	quoteGuillemet
	quoteCurly
	quoteSingle
	quoteAngle
	quoteDouble
	quoteApos
	quoteParen
	quoteBracket
	quoteKinds
)

// quoteAt classifies the rune r at p[i]: its kind and whether it opens or
// closes. Straight quotes open after white space or an opener and close
// elsewhere; an apostrophe between letters is neither.
func quoteAt(p string, i int, r rune) (kind int, open, close bool) {
	switch r {
	case '«':
		return quoteGuillemet, true, false
	case '»':
		return quoteGuillemet, false, true
	case '“', '„':
		return quoteCurly, true, false
	case '”':
		return quoteCurly, false, true
	case '‹':
		return quoteAngle, true, false
	case '›':
		return quoteAngle, false, true
	case '(':
		return quoteParen, true, false
	case ')':
		return quoteParen, false, true
	case '[':
		return quoteBracket, true, false
	case ']':
		return quoteBracket, false, true
	case '"', '\'', '‘', '’':
	default:
		return quoteNone, false, false
	}
	before := ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(p[:i])
	}
	after := ' '
	if n := utf8.RuneLen(r); i+n < len(p) {
		after, _ = utf8.DecodeRuneInString(p[i+n:])
	}
	// Straight quotes are ambiguous: after one, look at what follows.
	straight := before == '"' || before == '\''
	openCtx := unicode.IsSpace(before) || isOpener(before) && !straight || isDash(before) ||
		straight && (isLetter(after) || isDigit(after))
	switch r {
	case '"':
		if unicode.IsSpace(after) || i+1 >= len(p) {
			return quoteDouble, false, true
		}
		return quoteDouble, openCtx, !openCtx
	case '‘':
		return quoteSingle, true, false
	case '’':
		if isLetter(before) && isLetter(after) {
			return quoteNone, false, false
		}
		return quoteSingle, false, !openCtx
	}
	// '\''
	switch {
	case isLetter(before) && isLetter(after):
		return quoteNone, false, false
	case openCtx && !unicode.IsSpace(after):
		return quoteApos, true, false
	case !openCtx && !isLetter(after):
		return quoteApos, false, true
	}
	return quoteNone, false, false
}

// embeddedQuote reports whether a boundary at end lies inside a
// parenthesis opened in the current sentence that the sentence goes on
// after ("He teaches (He worked. Then he taught.) at the University"),
// or inside a quotation followed by its source: «Ei fu. Siccome
// immobile…» (Manzoni). Other quotations of several sentences are split
// like any text: «Siamo pronti. Partiamo domani» ha detto.
func (sp *splitter) embeddedQuote(end int) bool {
	if sp.qOpen >= sp.start && sp.qOpen < end && end <= sp.qClose {
		return sp.qEmbedded
	}
	p := sp.p
	open, kind := sp.openQuote(end)
	if open < 0 {
		return false
	}
	sp.qOpen, sp.qClose, sp.qEmbedded = open, min(len(p), open+maxQuote), false
	j := sp.closer(kind, end, min(len(p), open+maxQuote))
	if j < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(p[j:])
	sp.qClose = j
	if kind != quoteParen && kind != quoteBracket {
		// Translators and treebanks keep the sentences of a quotation
		// apart, unless it is cited as one passage with its source.
		sp.qEmbedded = sp.cited(j + n)
		return sp.qEmbedded
	}
	// A comma before the closing mark ("(see above, no,) he") also says
	// that the sentence goes on.
	before, _ := utf8.DecodeLastRuneInString(p[:j])
	sp.qEmbedded = before == ',' || sp.goesOn(j+n)
	return sp.qEmbedded
}

// openQuote returns the position and kind of the last quotation mark or
// bracket opened in the current sentence before end and not closed
// before it, or -1. It looks back maxQuote bytes at most.
func (sp *splitter) openQuote(end int) (int, int) {
	p := sp.p
	lo := max(sp.start, end-maxQuote)
	var depth [quoteKinds]int
	for i := end; i > lo; {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		i -= n
		k, o, c := quoteAt(p, i, r)
		switch {
		case c:
			depth[k]++
		case o && depth[k] > 0:
			depth[k]--
		case o:
			return i, k
		}
	}
	return -1, 0
}

// insideQuote reports whether end lies inside a quotation opened in the
// current sentence and closed after end.
func (sp *splitter) insideQuote(end int) bool {
	open, kind := sp.openQuote(end)
	if open < 0 || kind == quoteParen || kind == quoteBracket {
		return false
	}
	return sp.closer(kind, end, min(len(sp.p), open+maxQuote)) >= 0
}

// cited reports whether a quotation that ends at i is followed by its
// source in brackets: «Ei fu. Siccome immobile…» (Manzoni).
func (sp *splitter) cited(i int) bool {
	p := sp.p
	for lim := min(len(p), i+maxWord); i < lim; {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isCloser(r) && (spaceLen(p, i) == 0 || lineBreakLen(p, i) > 0) {
			break
		}
		i += n
	}
	return i < len(p) && p[i] == '('
}

// closer returns the position of the first closing mark of kind at or
// after from and before lim, or -1. The search goes forward only: what it
// has seen is remembered, so that all searches of a chunk together read
// it at most once for each kind.
func (sp *splitter) closer(kind, from, lim int) int {
	p := sp.p
	if from < sp.closeFrom[kind] {
		// Searches go forward; should one not, it reads on its own.
		for j := from; j < lim; {
			r, n := utf8.DecodeRuneInString(p[j:])
			if k, _, c := quoteAt(p, j, r); k == kind && c {
				return j
			}
			j += n
		}
		return -1
	}
	sp.closeFrom[kind] = from
	if c := sp.closers[kind]; c >= from {
		// No closing mark lies between from and c.
		if c < lim {
			return c
		}
		return -1
	}
	j := max(from, sp.closeSeen[kind])
	for j < lim {
		r, n := utf8.DecodeRuneInString(p[j:])
		if k, _, c := quoteAt(p, j, r); k == kind && c {
			sp.closers[kind], sp.closeSeen[kind] = j, j+n
			return j
		}
		j += n
	}
	sp.closeSeen[kind] = max(sp.closeSeen[kind], lim)
	return -1
}

// goesOn reports whether the sentence goes on after a closing quotation
// mark that ends at i: punctuation follows, or a lower-case word, or a
// parenthesis ("…[...]" (Manzoni).).
func (sp *splitter) goesOn(i int) bool {
	p := sp.p
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !isCloser(r) {
			break
		}
		i += n
	}
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	switch {
	case r == ',' || r == ';' || r == ':' || r == '…' || isTerminator(r):
		return true
	case spaceLen(p, i) == 0 || lineBreakLen(p, i) > 0:
		return false
	}
	for i < len(p) && spaceLen(p, i) > 0 && lineBreakLen(p, i) == 0 {
		i += spaceLen(p, i)
	}
	if i >= len(p) || lineBreakLen(p, i) > 0 {
		return false
	}
	if p[i] == '(' {
		return true
	}
	return sp.nextWord(i).lowerCase()
}

// guard cuts the current sentence when it has grown longer than
// maxSentence bytes by i, the position of the scan, and may end
// somewhere (ruleLongSentence). The fallback keeps the boundaries of
// UAX #29 exactly.
func (sp *splitter) guard(i int) {
	if sp.r != nil && i-sp.start > maxSentence && sp.cutAt > sp.start {
		sp.traceRule(sp.cutAt, ruleLongSentence, true)
		sp.emit(sp.cutAt) // ruleLongSentence
	}
}
