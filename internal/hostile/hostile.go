// Package hostile builds text of the shapes that have made text
// processing slower than linear (one sentence of a million words, nested
// quotation marks, a line of dots), at any size, for the tests and
// benchmarks that check that every entry point stays linear, and measures
// how the work of a function grows with its input.
//
// The shapes are deterministic: the same size gives the same text.
package hostile

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
)

// Shape is a kind of hostile text.
type Shape struct {
	// Name names the shape in test and benchmark names (no spaces).
	Name string
	// Make returns a text of the shape of about n bytes (never more than
	// n plus one unit of the shape).
	Make func(n int) string
}

// Shapes are the hostile shapes, in a fixed order.
var Shapes = []Shape{
	{"words", Words},
	{"number-words", NumberWords},
	{"nested-quotes", NestedQuotes},
	{"nested-brackets", NestedBrackets},
	{"abbreviations", func(n int) string { return Repeat("Sig. ", n) }},
	{"dots", func(n int) string { return Repeat(".", n) }},
	{"digits", func(n int) string { return Repeat("0123456789", n) }},
	{"grouped-digits", func(n int) string { return "1" + Repeat(".000", n-1) }},
	{"quotes-only", QuotesOnly},
	{"repeated-sentence", func(n int) string { return Repeat("Il gatto dorme sul divano. ", n) }},
	{"arabic", func(n int) string { return Repeat("مرحبابكمفيالمدينةالقديمة", n) }},
	{"cjk", func(n int) string { return Repeat("我们今天在城市里看到了很多新的建筑", n) }},
	{"emoji", func(n int) string {
		return Repeat("👨\u200d👩\u200d👧\u200d👦🏳\ufe0f\u200d🌈👩🏽\u200d💻", n)
	}},
	{"mail", func(n int) string { return "x" + Repeat("@a.b", n-1) }},
	{"codes", Codes},
}

// Codes returns about n bytes of short sentences that each name a
// different code, all of the same first letters ("Codice ID0000001."):
// a vocabulary as large as the text, of words that look alike.
func Codes(n int) string {
	var sb strings.Builder
	sb.Grow(n + 32)
	for k := 0; sb.Len() < n; k++ {
		fmt.Fprintf(&sb, "Codice ID%07d. ", k)
	}
	return sb.String()
}

// Repeat returns unit repeated to about n bytes (at least once).
func Repeat(unit string, n int) string {
	return strings.Repeat(unit, max(1, n/len(unit)))
}

// wordList are Italian words, common ones and a few that other code
// treats apart: number words ("una", "venti"), a percent word, accented
// and capitalized words, an elided article.
var wordList = strings.Fields(`una casa è bella e il governo ha detto che
	venti persone sono arrivate nella città dopo la guerra percentuale
	Roma Milano perché più così l'anno della politica economica nucleare
	sessanta anni Sessanta dell'Europa questo tre uno mezzo`)

// numberWordList are number words and multipliers of English and
// Italian, and the words that extend a number ("per cento", "e mezzo").
var numberWordList = strings.Fields(`una uno un one two twenty eight venti
	ventotto trenta cento mila milioni miliardi million billion per cento
	percent e mezzo and a half sixties XIV secolo tre dieci`)

// Words returns one sentence of about n bytes: Italian words separated by
// spaces, with no sentence punctuation.
func Words(n int) string { return pick(wordList, n, 1) }

// NumberWords returns one sentence of about n bytes of number words.
func NumberWords(n int) string { return pick(numberWordList, n, 2) }

func pick(list []string, n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 20261203))
	var sb strings.Builder
	sb.Grow(n + 16)
	for sb.Len() < n {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(list[rng.IntN(len(list))])
	}
	return sb.String()
}

// NestedQuotes returns a few sentences inside quotation marks nested to
// the depth that makes about n bytes: `Inizio. «“‘…Ciao. Come stai?
// Bene.’”»… Fine.`
func NestedQuotes(n int) string {
	k := max(1, n/16)
	return "Inizio. " + strings.Repeat("«“‘", k) + "Ciao. Come stai? Bene." + strings.Repeat("’”»", k) + " Fine."
}

// NestedBrackets returns two sentences inside round brackets nested to
// the depth that makes about n bytes.
func NestedBrackets(n int) string {
	k := max(1, n/2)
	return "Inizio. " + strings.Repeat("(", k) + "Ciao. Bene." + strings.Repeat(")", k) + " Fine."
}

// QuotesOnly returns about n bytes of quotation marks and apostrophes of
// every kind, in no order, and nothing else.
func QuotesOnly(n int) string {
	marks := []string{`"`, "'", "«", "»", "“", "”", "‘", "’", "„", "‹", "›", "`", "´"}
	rng := rand.New(rand.NewPCG(3, 20261203))
	var sb strings.Builder
	sb.Grow(n + 4)
	for sb.Len() < n {
		sb.WriteString(marks[rng.IntN(len(marks))])
	}
	return sb.String()
}

// Allocated returns the bytes that f allocates (on the heap, in all
// goroutines while it runs: run it where nothing else does).
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// AllocGrowth returns how the bytes that f allocates per byte of input
// grow from a text of shape about n bytes to one about 4n bytes long: 1
// when they grow in proportion to the input, about 4 when they grow as
// its square. A test bounds it to catch work that is quadratic, in a
// measure that does not depend on the speed of the machine.
func AllocGrowth(f func(string), shape func(n int) string, n int) float64 {
	small, large := shape(n), shape(4*n)
	f(small) // warm up: tables built on first use
	a := float64(Allocated(func() { f(small) })) / float64(len(small))
	b := float64(Allocated(func() { f(large) })) / float64(len(large))
	if a == 0 {
		a = 1 / float64(len(small)) // nothing allocated: count one byte
	}
	return b / a
}
