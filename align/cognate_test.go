package align

// The cognate measures TestEvalCognates compares LCSR with.

// prefix4 says two words are cognates when their first four letters
// agree (Simard et al. 1992).
func prefix4(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 {
		return 0
	}
	if string(ra[:4]) == string(rb[:4]) {
		return 1
	}
	return 0
}

// diceBigrams is the Dice coefficient of letter bigrams.
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
