package segment

import (
	"unicode"
	"unicode/utf8"
)

// This file holds the rules of line structure: whether the end of a line
// ends a sentence (a heading, a list item, a greeting) or the sentence
// goes on (a line cut in mid-phrase, a hard-wrapped paragraph, a PDF
// line). The rules of punctuation are in rules.go; the rule names of both
// are listed there.

// decideLine judges the end of a line: the sentence would end at end, the
// line starts at ls and the next line's text at next.
func (sp *splitter) decideLine(ls, end, next int) (bool, rule, int) {
	if sp.r == nil {
		return true, ruleUAX29, end // ruleUAX29: UAX #29 always breaks after a line (SB4)
	}
	if sp.lineItem(next) {
		return true, ruleLineBullet, end // ruleLineBullet
	}
	if c := sp.cluster(end); c.terminal() {
		split, r, cut := sp.decideTerminal(candidate{pos: next}, end, next, c)
		switch {
		case split:
			return split, r, cut
		case r != ruleMayEnd && r != ruleLeadIn && r != ruleInitial && r != ruleEllipsisSpaced &&
			r != ruleEmbeddedQuote && r != ruleEllipsisBracketed && r != ruleBracketedMark:
			return false, r, 0
		}
		// An abbreviation or a quotation at the end of a line: let the
		// line structure decide.
	}
	p := sp.p
	last, _ := utf8.DecodeLastRuneInString(p[sp.start:end])
	lower := sp.nextWord(next).lowerCase()
	switch {
	case last == ':':
		if lower && sp.lineGoesOn(next) {
			return false, ruleLineContinues, 0 // ruleLineContinues
		}
		return true, ruleLineColon, end // ruleLineColon
	case last == ',' && sp.nextWord(next).startsSentence() && sp.paragraphLines():
		return true, ruleLineGreeting, end // ruleLineGreeting
	case sp.midPhrase(end):
		return false, ruleLineContinues, 0 // ruleLineContinues
	case lower && sp.lineGoesOn(next) && !sp.paragraphLines():
		return false, ruleLineJoin, 0 // ruleLineJoin
	case sp.wrappedLine(ls, end):
		return false, ruleLineWrapped, 0 // ruleLineWrapped
	case lower:
		return true, ruleLineList, end // ruleLineList
	}
	return true, ruleLineHeading, end // ruleLineHeading
}

// lineItem reports whether the line text at i starts with a bullet or a
// list marker.
func (sp *splitter) lineItem(i int) bool {
	p := sp.p
	r, n := utf8.DecodeRuneInString(p[i:])
	if isInlineBullet(r) {
		return true
	}
	if isLineBullet(r) {
		return i+n < len(p) && spaceLen(p, i+n) > 0
	}
	e, ok := parseLineMarker(p, i)
	return ok && e < len(p) && spaceLen(p, e) > 0
}

// midPhrase reports whether the text before end stops in the middle of a
// phrase: a comma, a hyphen, an opening bracket, an elided word ("dell'")
// or a [continuation] word ("of", "della").
func (sp *splitter) midPhrase(end int) bool {
	p := sp.p
	lo := max(sp.start, end-maxWord)
	r, n := utf8.DecodeLastRuneInString(p[lo:end])
	before, _ := utf8.DecodeLastRuneInString(p[lo : end-n])
	switch {
	case r == ',' || r == ';' || r == '&' || r == '(' || r == '[' || r == '«' || r == '“' || r == '‘':
		return true
	case (r == '-' || r == '‐' || r == 0xAD) && isLetter(before):
		return true
	case isElision(r) && isLetter(before):
		return true
	}
	i := end
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(p[lo:i])
		if !isLetter(r) {
			break
		}
		i -= n
	}
	if i == end {
		return false
	}
	if i > lo {
		if r, _ := utf8.DecodeLastRuneInString(p[lo:i]); !unicode.IsSpace(r) && !isOpener(r) {
			return false
		}
	}
	return sp.r.class(p[i:end])&classContinuation != 0
}

// lineGoesOn reports whether the line whose text starts at i ends a
// sentence or stops mid-phrase: then it continues the line before it.
func (sp *splitter) lineGoesOn(i int) bool {
	p := sp.p
	j := i
	for j < len(p) && lineBreakLen(p, j) == 0 {
		j++
	}
	end := trimRight(p, j, i)
	if end <= i {
		return false
	}
	if endsTerminal(p[i:end]) {
		return true
	}
	start := sp.start
	sp.start = i
	mid := sp.midPhrase(end)
	sp.start = start
	return mid
}

// endsTerminal reports whether s ends with terminal punctuation ("." "!"
// "?" "…"), followed or not by closing quotes and brackets.
func endsTerminal(s string) bool {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) {
			return isTerminator(r) || r == '…'
		}
		s = s[:len(s)-n]
	}
	return false
}

// paragraphLines reports whether the lines of the chunk are paragraphs
// (see scanLines).
func (sp *splitter) paragraphLines() bool {
	sp.scanLines()
	return sp.paraLines
}

// wrappedLine reports whether the chunk is hard-wrapped and the line
// [ls, end) fills most of its width (see scanLines).
func (sp *splitter) wrappedLine(ls, end int) bool {
	sp.scanLines()
	if sp.wrapWidth == 0 {
		return false
	}
	p := sp.p
	s := skipSpace(p[:end], ls)
	return 4*utf8.RuneCountInString(p[s:end]) >= 3*sp.wrapWidth
}

// scanLines measures the lines of the chunk once, the first thousand at
// most. A chunk is hard-wrapped when it has at least three lines, the
// longest of 40 to 100 characters, and at least two thirds of its lines
// but the last fill three quarters of that width. Its lines are
// paragraphs when it has at least four lines with text and half of them
// or more but the last end with terminal punctuation: a line that lacks
// it is then a paragraph of its own (a title, a line of a forum post),
// not a sentence cut by a line break (in the English Web Treebank, whose
// lines are paragraphs, 68% of them end so; hard-wrapped text has the
// last line of each paragraph only).
func (sp *splitter) scanLines() {
	if sp.wrapDone {
		return
	}
	p := sp.p
	sp.wrapDone = true
	sp.wrapWidth, sp.paraLines = 0, false
	widths := sp.widths[:0]
	lines, ended := 0, 0
	for i := 0; i < len(p) && len(widths) <= 1000; {
		j := i
		for j < len(p) && lineBreakLen(p, j) == 0 {
			j++
		}
		s := skipSpace(p[:j], i)
		e := trimRight(p, j, s)
		widths = append(widths, utf8.RuneCountInString(p[s:e]))
		if e > s && j < len(p) {
			lines++
			if endsTerminal(p[s:e]) {
				ended++
			}
		}
		if j < len(p) {
			j += lineBreakLen(p, j)
		}
		i = j
	}
	sp.widths = widths
	sp.paraLines = lines >= 3 && 2*ended >= lines
	width := 0
	for _, w := range widths {
		width = max(width, w)
	}
	if len(widths) >= 3 && width >= 40 && width <= 100 {
		full := 0
		for _, w := range widths[:len(widths)-1] {
			if 4*w >= 3*width {
				full++
			}
		}
		if 3*full >= 2*(len(widths)-1) {
			sp.wrapWidth = width
		}
	}
}
