package normalize

import "unicode/utf8"

// QuotedPassages returns the byte spans of the outermost quoted passages
// of a sentence, the marks excluded: «…», “…”, „…“ and straight "…", the
// role of each mark read in context as String and Balance read it (a
// straight mark after a number is a prime, one inside a word is left
// alone). Single quotes are left out: in running text they are mostly
// apostrophes. A quotation still open at the end (it goes on in the next
// sentence) runs to the end; a closing mark with no opening one before
// any passage makes the text before it a passage (the quotation began in
// an earlier sentence). Cost is linear in the length of text.
func QuotedPassages(text string) []Span {
	var out []Span
	q := quoteState{lowPairs: true}
	start := 0
	tb := []byte(text)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		end := i + size
		if classify(r) == classDoubleQuote && r != '″' {
			switch role, _ := q.doubleRole(tb[:i], text[end:], r); role {
			case roleOpen:
				if q.depth() == 0 {
					start = end
				}
				q.push(open{mark: r, fam: familyOf(r), double: true, quote: true, pos: i, size: size})
			case roleClose:
				switch k := q.innermost(true); {
				case k >= 0:
					q.stack = q.stack[:k]
					if q.depth() == 0 {
						out = append(out, Span{start, i})
					}
				case len(out) == 0:
					out = append(out, Span{0, i})
				}
			}
		}
		i = end
	}
	if q.depth() > 0 && start < len(text) {
		out = append(out, Span{start, len(text)})
	}
	return out
}
