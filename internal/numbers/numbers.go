package numbers

import (
	"fmt"
	"strings"

	"github.com/fedele/fedele/internal/token"
)

// Number is a number found in a text.
type Number struct {
	Start, End int      // byte span of the number and its multiplier word in the text
	Keys       []string // normalized values; more than one when the reading is ambiguous
	// Written is the numeral as written, digits and separators, with the
	// power of ten of its multiplier ("2,63e9" for "2,63 miliardi"), or ""
	// for a number word. The same Written on both sides of a translation
	// is the same number whatever the locales say ("1,335" and "1,335").
	Written string
}

// decimalPoint lists the languages that write "3.5" for three and a half.
var decimalPoint = map[string]bool{
	"en": true, "ja": true, "zh": true, "ko": true, "he": true, "th": true, "hi": true,
}

// multipliers maps folded multiplier words to their power of ten.
var multipliers = map[string]int{
	"hundred": 2, "cento": 2, "hundert": 2, "cent": 2, "cents": 2, "cien": 2, "cientos": 2,
	"thousand": 3, "thousands": 3, "k": 3, "mila": 3, "mille": 3, "tausend": 3, "mil": 3,
	"million": 6, "millions": 6, "mn": 6, "mln": 6, "milione": 6, "milioni": 6, "millionen": 6, "mio": 6, "millon": 6, "millones": 6,
	"billion": 9, "billions": 9, "bn": 9, "miliardo": 9, "miliardi": 9, "mld": 9, "mrd": 9, "milliarde": 9, "milliarden": 9, "milliard": 9, "milliards": 9,
	"trillion": 12, "trillions": 12, "bilione": 12, "bilioni": 12, "billionen": 12,
}

// ordinalSuffixes are the longer endings that make a numeral an
// ordinal or an age in Italian ("45esimo", "53enne"); the short ones
// ("21st", "4°") are read like units.
var ordinalSuffixes = map[string]bool{
	"esimo": true, "esima": true, "esimi": true, "esime": true, "enne": true, "enni": true,
}

// romanValues are the Roman numerals read as numbers: those made of I, V
// and X alone, from II to XXXIX (centuries, regnal and volume numbers).
// A lone I, V or X, and numerals with L, C, D or M ("DC", "MIX", "CD"),
// are too often letters or names.
var romanValues = func() map[string]string {
	units := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	tensR := []string{"", "X", "XX", "XXX"}
	m := map[string]string{}
	for t, tr := range tensR {
		for u, ur := range units {
			if r := tr + ur; len(r) >= 2 {
				m[r] = fmt.Sprint(10*t + u)
			}
		}
	}
	return m
}()

// loneRoman are the one-letter Roman numerals, read as numbers only
// before a word of centuryWords ("V secolo", "X millennio").
var loneRoman = map[string]string{"I": "1", "V": "5", "X": "10"}

// centuryWords are the words after which a lone Roman numeral is one.
var centuryWords = map[string]bool{"secolo": true, "secoli": true, "sec": true, "millennio": true, "century": true}

// romanValue returns the value of a Roman numeral of romanValues; words
// that cannot be one (all of them two letters or more, the first I, V or
// X) are not looked up.
func romanValue(w string) (string, bool) {
	if len(w) < 2 || (w[0] != 'I' && w[0] != 'V' && w[0] != 'X') {
		return "", false
	}
	v, ok := romanValues[w]
	return v, ok
}

// decades are the English words for the decades of a century; they
// have the keys of the decade number and of its years ("sixties": 60,
// 1960, 2060), like an Italian elided year ("'60").
var decades = map[string]string{
	"twenties": "20", "thirties": "30", "forties": "40", "fifties": "50",
	"sixties": "60", "seventies": "70", "eighties": "80", "nineties": "90",
}

// suffixMultipliers are multipliers written against the digits: "$221bn",
// "€16bn", "10tn". "m" and "k" count only after a currency sign ("$5m",
// "£3k"): "8848m" is a height.
var suffixMultipliers = map[string]int{"bn": 9, "tn": 12, "mn": 6, "mln": 6, "mld": 9, "mrd": 9}

var currencyMultipliers = map[string]int{"m": 6, "k": 3, "b": 9}

// Find returns the numbers of text in order. lang is the two-letter code
// of the text's language, or "" when unknown.
//
// Beyond plain numerals and number words, Find reads multipliers after
// the number ("2,63 miliardi") or against it after a currency sign
// ("$221bn", "£5m"), "and a half" and "e mezzo" after a number,
// numbers inside hyphenated words ("1.5-degree", "mid-1962",
// "five-member", both ends of "6.30-10am"; not codes such as "GPT-5"),
// English compound tens ("twenty-eight", "twenty eight"), "one percent",
// times ("23:45" has the key of "23.45"), and elided years ("'60" also
// has the keys of 1960 and 2060, so that "anni '60" meets "the 1960s").
// Every numeral written with digits also has its Written form.
func Find(text, lang string) []Number {
	return FindIn(text, lang, token.Words(text), nil)
}

// FindIn is Find for a caller that has cut text into words already: ws
// must be token.Words(text), and folds, when not nil, may hold the
// comparison key of each word (token.Fold), "" where the caller has none.
// FindIn may change ws and folds.
func FindIn(text, lang string, ws []token.Word, folds []string) []Number {
	fold := func(i int) string {
		if i < len(folds) && folds[i] != "" {
			return folds[i]
		}
		return token.Fold(ws[i].Text(text))
	}
	var out []Number
	var mult []int // the power of ten of each number's multiplier word, 0 for none
	for i := 0; i < len(ws); i++ {
		start, end := ws[i].Start, ws[i].End
		w := text[start:end]
		var found []Number
		switch {
		case isTime(text, start, end):
			// "23:45": the hour, a colon and two digits, which may open the
			// next word ("6:30-10").
			h, m := w, text[end+1:end+3]
			found = []Number{{Start: start, End: end + 3, Keys: []string{canon(h, m)}, Written: h + "." + m}}
			i++
			if ws[i].End > end+3 {
				ws[i].Start = end + 3
				if i < len(folds) {
					folds[i] = ""
				}
				i--
			}
		case token.HasDigit(w):
			found = parseWord(text, start, end, lang)
		default:
			f := fold(i)
			n := Number{Start: start, End: end}
			if lang == "en" {
				if v, last, pow, ok := englishRun(text, ws, i, fold); ok {
					n.Keys, n.End = []string{v}, ws[last].End
					i = last
					out = append(out, n)
					mult = append(mult, pow)
					continue
				}
			}
			if v, ok := romanValue(w); ok {
				n.Keys = []string{v}
			} else if v, ok := loneRoman[w]; ok && i+1 < len(ws) && centuryWords[fold(i+1)] {
				n.Keys = []string{v} // "V secolo"
			} else if v, ok := decades[f]; ok {
				n.Keys = []string{v, "19" + v, "20" + v}
			} else if v, ok := words[f]; ok {
				n.Keys = []string{v}
				// "gli anni Sessanta": a decade.
				if len(v) == 2 && v[1] == '0' && v >= "20" && hasSuffixFold(strings.TrimRight(text[:start], " "), "anni") {
					n.Keys = append(n.Keys, "19"+v, "20"+v)
				}
			} else if v, ok := italianBigNumber(f); ok && lang == "it" {
				n.Keys = []string{v}
			} else if k, s, e, ok := hyphenatedWord(text, start, end); ok {
				n.Keys, n.Start, n.End = []string{k}, s, e
			} else if isOne(f) && percentFollows(text[end:]) {
				n.Keys = []string{"1"}
			} else {
				continue
			}
			// "twenty eight": a ten and a unit word.
			if _, isTen := englishTens[f]; isTen && i+1 < len(ws) && onlySpaceOrDot(text[end:ws[i+1].Start]) {
				if v, ok := englishCompound(f, fold(i+1)); ok {
					n.Keys, n.End = []string{v}, ws[i+1].End
					i++
				}
			}
			found = []Number{n}
		}
		if len(found) == 0 {
			continue
		}
		last := &found[len(found)-1]
		lastMult := 0
		// An elided year: "'60", "’60".
		if len(w) == 2 && allDigits(w) && last.Start == start && last.End == end && precededByApostrophe(text, start) {
			last.Keys = append(last.Keys, "19"+w, "20"+w)
		}
		// A multiplier word after the number: "2,63 miliardi".
		if i+1 < len(ws) && last.End == ws[i].End {
			next := ws[i+1].Text(text)
			if p, ok := multipliers[fold(i+1)]; ok && onlySpaceOrDot(text[last.End:ws[i+1].Start]) && !(len(next) == 1 && next != "k") {
				for k, key := range last.Keys {
					last.Keys[k] = shift(key, p)
				}
				if last.Written != "" {
					last.Written = fmt.Sprintf("%se%d", last.Written, p)
				}
				last.End = ws[i+1].End
				lastMult = p
				i++
			}
		}
		// "and a half", "e mezzo".
		if n := halfFollows(text[last.End:]); n > 0 {
			for k, key := range last.Keys {
				last.Keys[k] = addHalf(key, last.Written)
			}
			last.End += n
			for i+1 < len(ws) && ws[i+1].Start < last.End {
				i++
			}
		}
		out = append(out, found...)
		for range found[1:] {
			mult = append(mult, 0)
		}
		mult = append(mult, lastMult)
	}
	rangeMultipliers(text, out, mult)
	return out
}

// rangeMultipliers gives the first number of a range the multiplier word
// of the second ("tra i 3 e i 10 milioni", "3 to 10 million", "2-5
// miliardi"): a key with the multiplier is added to its own, since "3"
// then means three million.
func rangeMultipliers(text string, out []Number, mult []int) {
	for k := len(out) - 2; k >= 0; k-- {
		if mult[k] != 0 || mult[k+1] == 0 || out[k+1].Start < out[k].End || !rangeLink(text[out[k].End:out[k+1].Start]) {
			continue
		}
		n := &out[k]
		for _, key := range n.Keys[:len(n.Keys):len(n.Keys)] {
			if strings.IndexByte(key, 'e') < 0 && len(key) <= 4 {
				n.Keys = append(n.Keys, shift(key, mult[k+1]))
			}
		}
		mult[k] = mult[k+1] // "1, 2 e 3 milioni"
	}
}

// rangeLinks are the words that join the two ends of a range.
var rangeLinks = map[string]bool{"e": true, "a": true, "o": true, "and": true, "to": true, "or": true,
	"i": true, "gli": true, "le": true, "il": true, "the": true}

// rangeLink reports whether s, the text between two numbers, joins the
// ends of a range: a dash, a comma, or one to three words of rangeLinks
// (white space alone does not: "nel 2019 5 milioni").
func rangeLink(s string) bool {
	words := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == ',' || r == '\u00a0' }) {
		if !rangeLinks[strings.ToLower(f)] {
			return false
		}
		words++
	}
	return words <= 3 && strings.TrimSpace(s) != ""
}

// isTime reports whether text[start:end] is the hour of a time such as
// "23:45": one or two digits, a colon, two digits and no more.
func isTime(text string, start, end int) bool {
	h := text[start:end]
	if len(h) > 2 || !allDigits(h) || end+3 > len(text) || text[end] != ':' {
		return false
	}
	if !allDigits(text[end+1 : end+3]) {
		return false
	}
	return end+3 == len(text) || !isDigit(text[end+3])
}

func isOne(f string) bool { return f == "one" || f == "uno" || f == "un" || f == "una" }

// percentFollows reports whether s starts with a percent word or sign
// (after spaces). s may be the rest of a long text: only its start is
// read.
func percentFollows(s string) bool {
	s = strings.TrimLeft(s, " \u00a0")
	for _, p := range []string{"%", "percent", "per cent", "per cento", "percento"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII word p, in any
// case, reading len(p) bytes of s only.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// hasSuffixFold reports whether s ends with the ASCII word p, in any
// case, reading len(p) bytes of s only.
func hasSuffixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}

// halfFollows returns the length of "and a half" or "e mezzo" at the
// start of s (after spaces), or 0.
func halfFollows(s string) int {
	t := strings.TrimLeft(s, " \u00a0")
	for _, h := range []string{"and a half", "e mezzo", "e mezza"} {
		// Compare a prefix only: s may be the rest of a long text.
		if len(t) >= len(h) && strings.EqualFold(t[:len(h)], h) && (len(t) == len(h) || !isLetter(t[len(h)]|0x20)) {
			return len(s) - len(t) + len(h)
		}
	}
	return 0
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }

// addHalf adds one half of the number's unit to a key: "15000000" with
// the written form "15e6" gives "15500000"; "2" gives "2.5".
func addHalf(key, written string) string {
	p := 0
	if _, e, ok := strings.Cut(written, "e"); ok {
		fmt.Sscan(e, &p)
	}
	intPart, frac, _ := strings.Cut(key, ".")
	// key = written * 10^p; add 5 * 10^(p-1).
	if p == 0 {
		if frac != "" {
			return key
		}
		return canon(intPart, "5")
	}
	digits := []byte(intPart)
	pos := len(digits) - p // the digit worth 10^(p-1)
	if pos < 0 || pos >= len(digits) || digits[pos] != '0' {
		return key
	}
	digits[pos] = '5'
	return canon(string(digits), frac)
}

// writtenForm is the Written form of a numeral: its digits and
// separators (the unit letters and signs around them dropped) with the
// power of ten of a multiplier written against it.
func writtenForm(w string, mult int) string {
	w = strings.TrimFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if mult > 0 {
		return fmt.Sprintf("%se%d", w, mult)
	}
	return w
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func precededByApostrophe(text string, i int) bool {
	return strings.HasSuffix(text[:i], "'") || strings.HasSuffix(text[:i], "’")
}

// parseWord reads the word text[start:end] that holds digits: a numeral
// with its unit or multiplier letters, or a hyphenated word holding one
// or two numerals.
func parseWord(text string, start, end int, lang string) []Number {
	w := text[start:end]
	if strings.Contains(w, "-") {
		return hyphenated(text, start, end, lang)
	}
	keys, mult := parseToken(w, lang)
	// "$5m", "£3k": a one-letter multiplier after a currency sign.
	if k, ok := currencyMultipliers[strings.ToLower(strings.TrimLeft(w, "0123456789.,"))]; ok && mult == 0 && currencySign(text, start) {
		keys, _ = parseToken(w[:len(w)-1], lang)
		mult = k
	}
	if len(keys) == 0 {
		return nil
	}
	for i, key := range keys {
		keys[i] = shift(key, mult)
	}
	return []Number{{Start: start, End: end, Keys: keys, Written: writtenForm(w, mult)}}
}

func currencySign(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	for _, c := range []string{"$", "€", "£", "¥"} {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	return false
}

// hyphenated reads the numbers inside a hyphenated word: "1.5-degree",
// "mid-1962", "90-hectare", and both ends of a range "6.30-10am". A word
// whose other parts are capitals or a single letter is a code ("GPT-5",
// "F-16", "COVID-19") and gives no number.
func hyphenated(text string, start, end int, lang string) []Number {
	w := text[start:end]
	type part struct{ s, e int }
	var nums []part
	off := 0
	for _, p := range strings.Split(w, "-") {
		switch {
		case p == "":
		case token.HasDigit(p):
			nums = append(nums, part{off, off + len(p)})
		case token.IsUpper(p) || len([]rune(p)) < 3:
			return nil
		}
		off += len(p) + 1
	}
	var out []Number
	for _, p := range nums {
		piece := w[p.s:p.e]
		keys, mult := parseToken(piece, lang)
		if len(keys) == 0 {
			continue
		}
		for i, key := range keys {
			keys[i] = shift(key, mult)
		}
		out = append(out, Number{Start: start + p.s, End: start + p.e, Keys: keys, Written: writtenForm(piece, mult)})
	}
	return out
}

// hyphenatedWord reads a number word inside a hyphenated word:
// "five-member", "twenty-eight".
func hyphenatedWord(text string, start, end int) (string, int, int, bool) {
	w := text[start:end]
	if !strings.Contains(w, "-") {
		return "", 0, 0, false
	}
	parts := strings.Split(w, "-")
	if len(parts) == 2 {
		if v, ok := englishCompound(token.Fold(parts[0]), token.Fold(parts[1])); ok {
			return v, start, end, true
		}
	}
	off := 0
	for _, p := range parts {
		if v, ok := words[token.Fold(p)]; ok {
			return v, start + off, start + off + len(p), true
		}
		off += len(p) + 1
	}
	return "", 0, 0, false
}

func onlySpaceOrDot(s string) bool {
	return len(s) <= 2 && strings.Trim(s, " \u00a0\u202f") == ""
}

// parseToken reads a word that contains digits and returns its keys and
// the power of ten of a multiplier written against it ("221bn"). Words
// that mix digits with more than three letters give no key; a short
// suffix is a unit ("8848m", "1st", "1960s") and is ignored.
func parseToken(w, lang string) ([]string, int) {
	start, end := 0, len(w)
	for start < end && !isDigit(w[start]) {
		start++
	}
	for end > start && !isDigit(w[end-1]) {
		end--
	}
	if start > 0 || len(w)-end > 3 && !ordinalSuffixes[strings.ToLower(w[end:])] {
		return nil, 0
	}
	num := w[start:end]
	for i := 0; i < len(num); i++ {
		if c := num[i]; !isDigit(c) && c != '.' && c != ',' {
			return nil, 0
		}
	}
	keys := Parse(num, lang)
	if len(keys) == 0 {
		return nil, 0
	}
	return keys, suffixMultipliers[strings.ToLower(w[end:])]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Parse reads a numeral made of ASCII digits with "." and "," separators
// and returns its normalized keys (see the package documentation). It
// returns nil when s is not such a numeral.
func Parse(s, lang string) []string {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return nil
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots == 0 && commas == 0:
		return []string{canon(s, "")}
	case dots > 0 && commas > 0:
		dec := byte('.')
		if strings.LastIndexByte(s, ',') > strings.LastIndexByte(s, '.') {
			dec = ','
		}
		return one(split(s, dec))
	}
	sep := byte('.')
	n := dots
	if commas > 0 {
		sep, n = ',', commas
	}
	if n > 1 {
		return one(grouped(s, sep))
	}
	i := strings.IndexByte(s, sep)
	if len(s)-i-1 != 3 || i > 3 {
		// "2,63", "3.5", "12345.678": only a decimal reading.
		return one(split(s, sep))
	}
	// One separator followed by three digits: "1,000" or "1.000".
	asDecimal, _ := split(s, sep)
	asGroup, _ := grouped(s, sep)
	switch {
	case lang == "":
		return []string{asGroup, asDecimal}
	case decimalPoint[lang] == (sep == '.'):
		return []string{asDecimal}
	default:
		return []string{asGroup}
	}
}

func one(s string, ok bool) []string {
	if !ok {
		return nil
	}
	return []string{s}
}

// split reads s with dec as the decimal separator and the other one as
// the grouping separator.
func split(s string, dec byte) (string, bool) {
	i := strings.LastIndexByte(s, dec)
	intPart, frac := s, ""
	if i >= 0 {
		intPart, frac = s[:i], s[i+1:]
	}
	if strings.ContainsAny(frac, ".,") {
		return "", false
	}
	if strings.ContainsAny(intPart, ".,") {
		group := byte('.')
		if dec == '.' {
			group = ','
		}
		g, ok := grouped(intPart, group)
		if !ok {
			return "", false
		}
		return canon(g, frac), true
	}
	return canon(intPart, frac), true
}

func grouped(s string, sep byte) (string, bool) {
	parts := strings.Split(s, string(sep))
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return "", false
		}
	}
	if len(parts[0]) > 3 {
		return "", false
	}
	return canon(strings.Join(parts, ""), ""), true
}

// canon joins integer and fraction digits into the normalized key.
func canon(intPart, frac string) string {
	intPart = strings.TrimLeft(intPart, "0")
	frac = strings.TrimRight(frac, "0")
	if intPart == "" {
		intPart = "0"
	}
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// shift multiplies a key by 10^p.
func shift(key string, p int) string {
	intPart, frac, _ := strings.Cut(key, ".")
	for ; p > 0; p-- {
		if frac != "" {
			intPart += frac[:1]
			frac = frac[1:]
		} else {
			intPart += "0"
		}
	}
	return canon(intPart, frac)
}
