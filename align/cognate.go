package align

import "unicode/utf8"

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

// lcsr is the longest common subsequence ratio of two words.
func lcsr(a, b string) float64 {
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
