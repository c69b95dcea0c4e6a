package fedele

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/fedele/fedele/internal/intensity"
	"github.com/fedele/fedele/internal/token"
)

// shiftTolerance is how much stronger or weaker a quotation may say a
// thing than its source before it is intensified or weakened, in steps of
// the scale of a class (see internal/intensity): one step (quite, very;
// some, many; great, fantastic) is a translator's latitude. Chosen on the
// synthetic reorganized UD PUD documents.
const shiftTolerance = 2

// scaleTop is the strength of the absolute words of the scales that end
// in one: all, every; always (see internal/intensity).
var scaleTop = map[intensity.Class]float64{intensity.Quantity: 5, intensity.Frequency: 5}

// intensityShift compares the strength of the adverbs, quantifiers and
// judgements of a quotation with those of its source, class by class.
// Where both the quotation and its source window (the source words it
// renders and a few around them) have words of a class, the quotation is
// intensified when its strongest word is stronger than the window's by
// shiftTolerance, weakened when its weakest is weaker by as much. A
// judgement compares magnitudes, of one sign where both sides have
// judgements of that sign: «enormi» is stronger than "large", but not
// than the "small" of the same window, which says another thing (small
// changes, large effects); a judgement of one sign only for one of the
// other sign is compared by magnitude. A word the source sentence
// has nothing of its class for counts too: an intensifier added (davvero,
// assolutamente) intensifies, a word of doubt added (forse, potrebbe)
// weakens, a word of doubt dropped (maybe) intensifies. An intensifier
// dropped is not reported: translators drop "particularly" and "entirely"
// too often for it to mean much. It returns the verdict ("" when the
// strength is kept) and the words behind it.
func intensityShift(quote, window, sentence, qLang, sLang string) (QuoteVerdict, []string) {
	type word struct {
		strength float64
		phrase   string
	}
	type span struct{ weakest, strongest word }
	// The words of each class, a judgement by its magnitude; the
	// judgements of each sign are also kept apart.
	const positive, negative intensity.Class = "positive judgement", "negative judgement"
	side := func(lang, text string) map[intensity.Class]span {
		m := map[intensity.Class]span{}
		add := func(key intensity.Class, w word) {
			cur, ok := m[key]
			if !ok {
				m[key] = span{w, w}
				return
			}
			if w.strength < cur.weakest.strength {
				cur.weakest = w
			}
			if w.strength > cur.strongest.strength {
				cur.strongest = w
			}
			m[key] = cur
		}
		items := intensity.Find(lang, text)
		for k, it := range items {
			w := word{it.Strength, text[it.Start:it.End]}
			// Litotes: a praise denied ("not ideal", «non è il modo
			// ideale») is a mild blame.
			if it.Class == intensity.Judgement && it.Strength > 0 && negatedJudgement(lang, text, it.Start) {
				// "not good" blames more than "not perfect".
				w = word{-max(1, 3-it.Strength), text[it.Start:it.End]}
			}
			// An adverb of degree before a judgement is part of it too:
			// "very bad" is as strong as «pessima», "quite good" weaker
			// than «ottimi».
			if it.Class == intensity.Judgement && k > 0 && items[k-1].Class == intensity.Degree && items[k-1].Strength > 0 && adjacent(text, items[k-1].End, it.Start) {
				w.phrase = text[items[k-1].Start:it.End]
				if w.strength < 0 {
					w.strength -= items[k-1].Strength
				} else {
					w.strength += items[k-1].Strength
				}
			}
			if it.Class == intensity.Judgement {
				sign := positive
				if w.strength < 0 {
					sign = negative
				}
				w.strength = math.Abs(w.strength)
				add(sign, w)
			}
			add(it.Class, w)
		}
		return m
	}
	q, s, whole := side(qLang, quote), side(sLang, window), side(sLang, sentence)
	say := func(v QuoteVerdict, format string, args ...any) (QuoteVerdict, []string) {
		return v, []string{fmt.Sprintf(format, args...)}
	}
	classes := []intensity.Class{intensity.Certainty, intensity.Modal, intensity.Quantity, intensity.Judgement, intensity.Degree, intensity.Frequency}
	both := func(class intensity.Class) bool {
		_, inQ := q[class]
		_, inS := s[class]
		return inQ && inS
	}
	// The classes compared, in this order: judgements by sign when a sign
	// is on both sides, by magnitude otherwise.
	compared := []intensity.Class{intensity.Certainty, intensity.Modal, intensity.Quantity, intensity.Judgement, intensity.Degree, intensity.Frequency}
	if both(positive) || both(negative) {
		compared[3] = positive
		compared = slices.Insert(compared, 4, negative)
	}
	for _, class := range compared {
		qi, inQ := q[class]
		si, inS := s[class]
		if !inQ || !inS {
			continue
		}
		if qi.strongest.strength >= si.strongest.strength+shiftTolerance {
			return say(QuoteIntensified, "«%s» for «%s»", qi.strongest.phrase, si.strongest.phrase)
		}
		// Made absolute: "usually" quoted as «sempre», "most" as
		// «tutti», one step but to the end of the scale.
		if top, ok := scaleTop[class]; ok && qi.strongest.strength >= top && si.strongest.strength < top {
			return say(QuoteIntensified, "«%s» for «%s»", qi.strongest.phrase, si.strongest.phrase)
		}
		if qi.weakest.strength <= si.weakest.strength-shiftTolerance {
			return say(QuoteWeakened, "«%s» for «%s»", qi.weakest.phrase, si.weakest.phrase)
		}
	}
	for _, class := range classes {
		qi, inQ := q[class]
		wi, inSentence := whole[class]
		switch {
		case inQ && inSentence:
		case inQ && (class == intensity.Certainty || class == intensity.Modal) && qi.weakest.strength <= 1:
			return say(QuoteWeakened, "«%s» added", qi.weakest.phrase)
		case inQ && class == intensity.Degree && qi.strongest.strength >= 2:
			return say(QuoteIntensified, "«%s» added", qi.strongest.phrase)
		case !inQ && inSentence && class == intensity.Certainty && wi.weakest.strength <= 1 && len(token.Words(quote)) >= hedgeQuoteWords:
			if _, inWindow := s[class]; inWindow {
				return say(QuoteIntensified, "«%s» left out", wi.weakest.phrase)
			}
		}
	}
	return "", nil
}

// hedgeQuoteWords is the least number of words of a quotation for a
// word of doubt of its source left out to intensify it: a thing named
// alone («betulle» for "Birch, I think") asserts nothing the hedge
// qualified.
const hedgeQuoteWords = 3

// litotes reports whether the quotation denies a praise where its source
// blames: «non è il modo ideale» for "a terrible way" weakens what the
// source says, it does not negate it.
func litotes(quote, source, qLang, sLang string) bool {
	denied := false
	for _, it := range intensity.Find(qLang, quote) {
		if it.Class == intensity.Judgement && it.Strength > 0 && negatedJudgement(qLang, quote, it.Start) {
			denied = true
		}
	}
	if !denied {
		return false
	}
	for _, it := range intensity.Find(sLang, source) {
		if it.Class == intensity.Judgement && it.Strength < 0 {
			return true
		}
	}
	return false
}

// negatedJudgement reports whether a hard negation stands among the
// four words before offset at of text, with no punctuation between (non
// è il modo ideale).
func negatedJudgement(lang, text string, at int) bool {
	from := wordsBackNear(text, at, 4)
	return !strings.ContainsAny(text[from:at], ",;:.") && hardNegationIn(lang, text[from:at])
}

// adjacent reports whether only spaces stand between offsets end and
// start of text: the two words are next to each other.
func adjacent(text string, end, start int) bool {
	return end <= start && strings.TrimSpace(text[end:start]) == ""
}
