package numbers

import (
	"strings"

	"github.com/fedele/fedele/internal/token"
)

// Number is a number found in a text.
type Number struct {
	Start, End int      // byte span of the number and its multiplier word in the text
	Keys       []string // normalized values; more than one when the reading is ambiguous
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

// words maps folded number words to their value.
var words = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8", "nove": "9", "dieci": "10", "undici": "11", "dodici": "12",
	"zwei": "2", "drei": "3", "vier": "4", "funf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "elf": "11", "zwolf": "12",
	"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
	"dos": "2", "tres": "3", "cuatro": "4", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "doce": "12",
}

// Find returns the numbers of text in order. lang is the two-letter code
// of the text's language, or "" when unknown.
func Find(text, lang string) []Number {
	ws := token.Words(text)
	var out []Number
	for i := 0; i < len(ws); i++ {
		w := ws[i].Text(text)
		var keys []string
		if token.HasDigit(w) {
			keys = parseToken(w, lang)
		} else if v, ok := words[token.Fold(w)]; ok {
			keys = []string{v}
		} else {
			continue
		}
		if len(keys) == 0 {
			continue
		}
		n := Number{Start: ws[i].Start, End: ws[i].End, Keys: keys}
		if i+1 < len(ws) {
			next := ws[i+1].Text(text)
			if p, ok := multipliers[token.Fold(next)]; ok && onlySpaceOrDot(text[ws[i].End:ws[i+1].Start]) && !(len(next) == 1 && next != "k") {
				for k, key := range n.Keys {
					n.Keys[k] = shift(key, p)
				}
				n.End = ws[i+1].End
				i++
			}
		}
		out = append(out, n)
	}
	return out
}

func onlySpaceOrDot(s string) bool {
	return len(s) <= 2 && strings.Trim(s, " \u00a0\u202f") == ""
}

// parseToken reads a word that contains digits. Words that mix digits
// with more than three letters ("GPT-5" counts as a name, not a number)
// give no key.
func parseToken(w, lang string) []string {
	// Split digits part from a short unit suffix or prefix ("8848m", "5G", "1st").
	start, end := 0, len(w)
	for start < end && !isDigit(w[start]) {
		start++
	}
	for end > start && !isDigit(w[end-1]) {
		end--
	}
	if start > 0 || len(w)-end > 3 {
		return nil
	}
	num := w[start:end]
	for i := 0; i < len(num); i++ {
		if c := num[i]; !isDigit(c) && c != '.' && c != ',' {
			return nil
		}
	}
	return Parse(num, lang)
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
