package fedele

// intensityShift compares the strength of the adverbs, quantifiers and
// judgements of a quotation with those of its source window. Not yet
// written: it waits for the table of intensifiers and downtoners
// (internal/intensity), and finds nothing until then.
func intensityShift(quote, source, qLang, sLang string) (QuoteVerdict, []string) {
	return "", nil
}
