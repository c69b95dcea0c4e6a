package numbers

// The number words of each language: cardinals, ordinals, the tens and
// their compounds, and the runs of English number words ("two hundred
// and twelve million").

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fedele/fedele/internal/token"
)

// words maps folded number words to their value. English and Italian
// go up to ninety-nine (the Italian compounds, written as one word, are
// added by italianCompounds); "one"/"uno" are left out: they are far
// more often an article or a pronoun ("one of them") than a count.
var words = withOrdinals(withItalianCompounds(map[string]string{
	"zero":     "0",
	"thirteen": "13", "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
	"tredici": "13", "quattordici": "14", "quindici": "15", "sedici": "16", "diciassette": "17", "diciotto": "18", "diciannove": "19",
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"due": "2", "tre": "3", "quattro": "4", "cinque": "5", "sei": "6", "sette": "7", "otto": "8", "nove": "9", "dieci": "10", "undici": "11", "dodici": "12",
	"zwei": "2", "drei": "3", "vier": "4", "funf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "elf": "11", "zwolf": "12",
	"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
	"dos": "2", "tres": "3", "cuatro": "4", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "doce": "12",
}))

// withOrdinals adds the ordinal words of English and Italian up to the
// ninety-ninth ("sixteenth", "sedicesimo", "ventunesima"), as number
// words: they pair with "16th" or "XVI" but are never reported alone.
// Left out are the ordinals that are more often another word: "second"
// (a unit of time), "secondo" (according to), "prima" (before).
func withOrdinals(m map[string]string) map[string]string {
	en := map[string]int{
		"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
		"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
		"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
		"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	}
	for w, v := range en {
		m[w] = fmt.Sprint(v)
	}
	it := map[string]int{
		"primo": 1, "terzo": 3, "quarto": 4, "quinto": 5, "sesto": 6, "settimo": 7, "ottavo": 8, "nono": 9, "decimo": 10,
	}
	for w, v := range it {
		for _, end := range []string{"o", "a", "i", "e"} {
			if w[:len(w)-1]+end != "prima" {
				m[w[:len(w)-1]+end] = fmt.Sprint(v)
			}
		}
	}
	// From eleven on, an Italian ordinal is the cardinal with -esimo
	// for its last vowel ("undici": "undicesimo"); "tre" and "sei" keep
	// theirs ("ventitreesimo", "ventiseiesimo").
	add := map[string]string{}
	for w, v := range m {
		n := 0
		if _, err := fmt.Sscan(v, &n); err != nil || n < 11 || !isItalianCardinal(w) {
			continue
		}
		stem := w
		if !strings.HasSuffix(w, "tre") && !strings.HasSuffix(w, "sei") {
			stem = w[:len(w)-1]
		}
		for _, end := range []string{"esimo", "esima", "esimi", "esime"} {
			add[stem+end] = v
		}
	}
	for w, v := range add {
		m[w] = v
	}
	return m
}

// isItalianCardinal reports whether w is an Italian cardinal of the table
// from eleven on.
func isItalianCardinal(w string) bool {
	switch w {
	case "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove":
		return true
	}
	for t := range italianTens {
		if strings.HasPrefix(w, t[:len(t)-1]) {
			return true
		}
	}
	return false
}

// englishTens and italianTens are the words for the tens from twenty.
var (
	englishTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	italianTens = map[string]int{"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90}
)

// withItalianCompounds adds the Italian tens and their compounds, which
// are one word: a ten drops its final vowel before "uno" and "otto"
// (ventuno, ventotto), and "tre" takes an accent (ventitré, folded to
// "ventitre" like every key).
func withItalianCompounds(m map[string]string) map[string]string {
	units := []string{"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"}
	for t, v := range italianTens {
		for u, unit := range units {
			w := t + unit
			if unit == "uno" || unit == "otto" {
				w = t[:len(t)-1] + unit
			}
			m[w] = fmt.Sprint(v + u)
		}
	}
	return m
}

// englishUnits are the English cardinals below twenty, "one" included:
// inside a run of number words ("one hundred and one") it is a count.
var englishUnits = map[string]int64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19}

// englishCardinal returns the value of an English cardinal word below a
// hundred: a unit, a ten, or a ten and a unit joined by a hyphen.
func englishCardinal(f string) (int64, bool) {
	if v, ok := englishUnits[f]; ok {
		return v, true
	}
	if v, ok := englishTens[f]; ok {
		return int64(v), true
	}
	if ten, unit, ok := strings.Cut(f, "-"); ok {
		if v, ok := englishCompound(ten, unit); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// englishRunMax is the most words of a run of English number words.
const englishRunMax = 16

// englishRun reads a number written in English words that a single word
// and its multiplier do not make: "a hundred and ninety", "two hundred
// and twelve million", "three thousand five hundred", "one hundred". It
// starts at word i and returns the value, the index of its last word,
// the power of ten of that word when it is a multiplier of a thousand or
// more (0 otherwise), and whether there is such a run: at least three
// words, or "a" or "one" and a multiplier. A single number and its
// multiplier ("twelve million") are left to the caller.
func englishRun(text string, ws []token.Word, i int, fold func(int) string) (string, int, int, bool) {
	var total, current int64
	k, last, lastPow := i, -1, 0
	words, counted, and := 0, false, false
	for ; k < len(ws) && k < i+englishRunMax; k++ {
		if k > i && strings.TrimRight(text[ws[k-1].End:ws[k].Start], " ") != "" {
			break
		}
		f := fold(k)
		pow, isMult := multipliers[f]
		switch {
		case k == i && (f == "a" || f == "one") && k+1 < len(ws) && englishMultiplier(fold(k+1)):
			current, counted = 1, true
		case isMult && englishMultiplier(f) && counted:
			if pow == 2 {
				current = max(current, 1) * 100
			} else {
				total += max(current, 1) * pow10(pow)
				current = 0
			}
			counted, and = true, false
			last, lastPow = k, pow
			if pow == 2 {
				lastPow = 0
			}
			words = k - i + 1
			continue
		case f == "and" && last == k-1 && k+1 < len(ws) && !and:
			if _, ok := englishCardinal(fold(k + 1)); !ok {
				k = len(ws) // stop: "and a half", "and others"
				continue
			}
			and = true
			continue
		default:
			v, ok := englishCardinal(f)
			adjacent := last == k-1 || and && last == k-2
			// A ten takes a unit after it (two hundred twenty five),
			// nothing else takes a number.
			fits := current%100 == 0 || current%100 >= 20 && current%10 == 0 && v < 10
			if !ok || !fits || counted && !adjacent && k != i {
				k = len(ws)
				continue
			}
			current += v
			counted, and = true, false
		}
		last, lastPow = k, 0
		words = k - i + 1
	}
	if last < 0 || and {
		return "", 0, 0, false
	}
	if words < 3 && !(words == 2 && (fold(i) == "a" || fold(i) == "one")) {
		return "", 0, 0, false
	}
	return strconv.FormatInt(total+current, 10), last, lastPow, true
}

// englishMultiplier reports whether f is an English multiplier word.
func englishMultiplier(f string) bool {
	switch f {
	case "hundred", "thousand", "million", "billion", "trillion":
		return true
	}
	return false
}

func pow10(p int) int64 {
	n := int64(1)
	for range p {
		n *= 10
	}
	return n
}

// englishCompound reads "twenty-eight" or "twenty eight" from a ten and a
// unit word: it returns the value and true when ten is an English ten and
// unit a unit from one to nine.
func englishCompound(ten, unit string) (string, bool) {
	t, ok := englishTens[ten]
	if !ok {
		return "", false
	}
	u, ok := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}[unit]
	if !ok {
		return "", false
	}
	return fmt.Sprint(t + u), true
}

// italianUnitsPrefix are the Italian units that multiply "cento" and
// "mila" in a compound (duecento, tremila).
var italianUnitsPrefix = map[string]int64{"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9}

// italianBelowHundred returns the value of an Italian number word below a
// hundred, "uno" included (centouno), or 0 and false.
func italianBelowHundred(f string) (int64, bool) {
	if f == "uno" {
		return 1, true
	}
	v, ok := words[f]
	if !ok || !isItalianCardinal(f) && len(f) > 8 {
		return 0, false
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n >= 100 || n == 0 {
		return 0, false
	}
	// Ordinals (sedicesimo) are in words too; they do not compound.
	if strings.HasSuffix(f, "esimo") || strings.HasSuffix(f, "esima") {
		return 0, false
	}
	return n, true
}

// italianBelowThousand returns the value of an Italian number word from
// a hundred to 999 written as one word (cento, duecento, quattrocentoventi,
// centotré), or of one below a hundred when hundreds is false.
func italianBelowThousand(f string, hundreds bool) (int64, bool) {
	i := strings.Index(f, "cento")
	if i < 0 {
		if hundreds {
			return 0, false
		}
		return italianBelowHundred(f)
	}
	mul := int64(1)
	if i > 0 {
		m, ok := italianUnitsPrefix[f[:i]]
		if !ok {
			return 0, false
		}
		mul = m
	}
	rest := f[i+len("cento"):]
	if rest == "" {
		return mul * 100, true
	}
	// "centotto", "centottanta": cento drops its vowel before otto.
	if strings.HasPrefix(rest, "tt") {
		rest = "o" + rest
	}
	r, ok := italianBelowHundred(rest)
	if !ok {
		return 0, false
	}
	return mul*100 + r, true
}

// italianBigNumber returns the value of an Italian number word of a
// hundred or more written as one word: quattrocentoventi, duecento,
// duemila, tremilacinquecento, milleduecento (up to 999,999); "cento" and
// "mille" alone are not read.
func italianBigNumber(f string) (string, bool) {
	if f == "cento" || f == "mille" {
		// Alone they are as often a figure of speech (cento volte,
		// mille grazie) and multiply a number before them (2 mila).
		return "", false
	}
	var thousands int64
	rest := f
	switch {
	case strings.HasPrefix(f, "mille"):
		thousands, rest = 1, f[len("mille"):]
	case strings.Contains(f, "mila"):
		i := strings.Index(f, "mila")
		t, ok := italianBelowThousand(f[:i], false)
		if !ok || t < 2 {
			return "", false
		}
		thousands, rest = t, f[i+len("mila"):]
	}
	if rest == "" {
		if thousands == 0 {
			return "", false
		}
		return strconv.FormatInt(thousands*1000, 10), true
	}
	n, ok := italianBelowThousand(rest, thousands == 0)
	if !ok {
		return "", false
	}
	return strconv.FormatInt(thousands*1000+n, 10), true
}
