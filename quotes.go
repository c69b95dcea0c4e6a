package fedele

import "unicode/utf8"

// quoted returns the byte spans of the outermost quoted passages of a
// sentence, the marks excluded: «…», “…”, „…“ and straight "…". Single
// quotes are left out: in running text they are mostly apostrophes. A
// quotation still open at the end of the sentence (it goes on in the next
// one) runs to the end; a closing mark with no opening one makes the
// text before it a passage (the quotation began in an earlier sentence).
func quoted(s string) [][2]int {
	var spans [][2]int
	var stack []rune
	start := 0
	closes := func(open, r rune) bool {
		switch open {
		case '«':
			return r == '»'
		case '“':
			return r == '”'
		case '„':
			return r == '“' || r == '”'
		case '"':
			return r == '"'
		}
		return false
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case len(stack) > 0 && closes(stack[len(stack)-1], r):
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				spans = append(spans, [2]int{start, i})
			}
		case r == '«' || r == '“' || r == '„' || r == '"':
			if len(stack) == 0 {
				start = i + n
			}
			stack = append(stack, r)
		case len(stack) == 0 && (r == '»' || r == '”') && len(spans) == 0:
			spans = append(spans, [2]int{0, i})
		}
		i += n
	}
	if len(stack) > 0 && start < len(s) {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}
