package token

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// MaxLCSRunes is the longest word, in runes, that LCSRatio and LCSWord
// compare; longer words have a ratio of 0 (they are web addresses or
// junk, not cognates).
const MaxLCSRunes = 64

// LCSRatio is the longest common subsequence ratio of two words (Melamed
// 1999): the length of their longest common subsequence, in runes, over
// the length of the longer. It is the measure of cognates ("nucleare"
// and "nuclear": 7/8). Words of more than MaxLCSRunes runes give 0.
func LCSRatio(a, b string) float64 {
	var w LCSWord
	if !w.Set(a) {
		return 0
	}
	return w.Ratio(b)
}

// LCSWord is a word prepared to be compared with many others by the
// bit-parallel longest common subsequence of Hyyrö (2004): bit i of the
// mask of a rune is set when the word's rune i is that rune. Its zero
// value is ready for Set; it may be reused.
type LCSWord struct {
	n     int // runes
	ascii [128]uint64
	runes []rune // the other runes, with their masks
	masks []uint64
}

// Set prepares w for the word a and reports whether a fits (at most
// MaxLCSRunes runes).
func (w *LCSWord) Set(a string) bool {
	w.ascii = [128]uint64{}
	w.runes, w.masks = w.runes[:0], w.masks[:0]
	w.n = 0
	for _, r := range a {
		if w.n == MaxLCSRunes {
			return false
		}
		bit := uint64(1) << w.n
		w.n++
		if r < 128 && r >= 0 {
			w.ascii[r] |= bit
			continue
		}
		k := slices.Index(w.runes, r)
		if k < 0 {
			w.runes, w.masks = append(w.runes, r), append(w.masks, 0)
			k = len(w.runes) - 1
		}
		w.masks[k] |= bit
	}
	return true
}

// lcs returns the length of the longest common subsequence of the word
// and b (runes of b beyond the 64th are not refused: the caller checks).
func (w *LCSWord) lcs(b string) int {
	v := ^uint64(0)
	for _, r := range b {
		var pm uint64
		if r < 128 && r >= 0 {
			pm = w.ascii[r]
		} else if k := slices.Index(w.runes, r); k >= 0 {
			pm = w.masks[k]
		}
		u := v & pm
		v = (v + u) | (v - u)
	}
	mask := ^uint64(0)
	if w.n < 64 {
		mask = uint64(1)<<w.n - 1
	}
	return w.n - bits.OnesCount64(v&mask)
}

// Ratio is LCSRatio of the word and b.
func (w *LCSWord) Ratio(b string) float64 {
	nb := utf8.RuneCountInString(b)
	if w.n == 0 || nb == 0 || nb > MaxLCSRunes {
		return 0
	}
	return float64(w.lcs(b)) / float64(max(w.n, nb))
}
