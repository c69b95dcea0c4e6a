package align

import (
	"math/bits"
	"slices"
	"unicode/utf8"
)

// cognateMeasure names an orthographic similarity for cognates.
type cognateMeasure int

const (
	// cognateLCSR is the longest common subsequence ratio (Melamed 1999):
	// LCS length over the longer word's length.
	cognateLCSR cognateMeasure = iota
	// cognatePrefix4 says two words are cognates when their first four
	// letters agree (Simard et al. 1992).
	cognatePrefix4
	// cognateDice is the Dice coefficient of letter bigrams.
	cognateDice
)

// cognateMin is the least word length, in letters, considered for cognates.
const cognateMin = 4

// similarity returns the similarity of two folded words under the measure,
// in [0, 1].
func (m cognateMeasure) similarity(a, b string) float64 {
	switch m {
	case cognatePrefix4:
		ra, rb := []rune(a), []rune(b)
		if len(ra) < 4 || len(rb) < 4 {
			return 0
		}
		if string(ra[:4]) == string(rb[:4]) {
			return 1
		}
		return 0
	case cognateDice:
		return diceBigrams(a, b)
	default:
		return lcsr(a, b)
	}
}

// lcsWord is a word prepared for bit-parallel longest common subsequence
// lengths against other words (Hyyrö 2004): bit i of the mask of a rune
// is set when the word's rune i is that rune.
type lcsWord struct {
	n     int // runes
	ascii [128]uint64
	runes []rune // the other runes, with their masks
	masks []uint64
}

// set prepares w for the word a and reports whether it fits (at most 64
// runes, as lcsr requires).
func (w *lcsWord) set(a string) bool {
	w.ascii = [128]uint64{}
	w.runes, w.masks = w.runes[:0], w.masks[:0]
	w.n = 0
	for _, r := range a {
		if w.n == 64 {
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
func (w *lcsWord) lcs(b string) int {
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

// ratio is lcsr of the word and b.
func (w *lcsWord) ratio(b string) float64 {
	nb := utf8.RuneCountInString(b)
	if w.n == 0 || nb == 0 || nb > 64 {
		return 0
	}
	return float64(w.lcs(b)) / float64(max(w.n, nb))
}

// lcsr is the longest common subsequence ratio of two words.
func lcsr(a, b string) float64 {
	var w lcsWord
	if !w.set(a) {
		return 0
	}
	return w.ratio(b)
}

// lcsrTable is lcsr by dynamic programming (the reference for tests).
func lcsrTable(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	if len(rb) > 64 || len(ra) > 64 {
		return 0
	}
	var prev, cur [65]int
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			switch {
			case ra[i-1] == rb[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev = cur
	}
	return float64(prev[len(rb)]) / float64(max(len(ra), len(rb)))
}

func diceBigrams(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 2 || len(rb) < 2 {
		return 0
	}
	count := map[[2]rune]int{}
	for i := 0; i+1 < len(ra); i++ {
		count[[2]rune{ra[i], ra[i+1]}]++
	}
	common := 0
	for i := 0; i+1 < len(rb); i++ {
		k := [2]rune{rb[i], rb[i+1]}
		if count[k] > 0 {
			count[k]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(ra)-1+len(rb)-1)
}

// prefixKey returns the first three letters of a word, the bucket in which
// cognate candidates are looked for.
func prefixKey(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return w[:i]
		}
		n++
	}
	return w
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
