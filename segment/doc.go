// Package segment splits Italian and English text into sentences, the way
// a careful editor would, and says where each sentence lies in the
// original text.
//
// # Sentences
//
// A [Sentence] is a span of the input: Start and End are byte offsets,
// Text is input[Start:End] (a slice of the input string, not a copy), and
// Para is the index of the paragraph that holds it, paragraphs being
// separated by blank lines. Sentences come in order, never overlap, and
// together cover every byte of the input that is not white space or
// invisible; the white space between sentences belongs to none of them.
// Text made only of invisible characters (byte order marks, zero-width
// spaces and joiners, other format characters) is no sentence. Inner line
// breaks stay in Text as they are in the input.
//
//	seg := segment.New(language.Italian)
//	for _, s := range seg.Split(text) {
//		fmt.Println(s.Start, s.End, s.Text)
//	}
//
// # Languages
//
// [New] takes a BCP 47 tag. Italian and English have built-in rules; any
// other language falls back to the plain sentence boundaries of Unicode
// Standard Annex #29 (a sentence also ends at every line break). The
// fallback is documented behaviour, not an error: [Segmenter.Language]
// tells which rules apply.
//
// # Rules
//
// The boundaries of UAX #29, computed with github.com/rivo/uniseg, are the
// starting point. The language rules then keep, drop or add boundaries:
//
//   - abbreviations: titles that never end a sentence ("Sig.", "Dott.",
//     "Mr.", "Dr."), abbreviations that may end one ("ecc.", "etc.",
//     "a.C.", "U.S.", "a.m.", "Inc."), number abbreviations ("art. 5",
//     "n. 3", "No. 1"), initials ("J. R. R. Tolkien");
//   - numbers, dates, decimals, URLs, e-mail addresses, domain and file
//     names and versions ("27.10.2014", "170.500.000,00€", "a16z.com",
//     "v1.2.3") are never split;
//   - an ellipsis ("…", "...", "....") ends a sentence before a capital
//     and not before a lower-case word; "[...]" and "(...)" never do;
//   - closing quotes and brackets stay with their sentence; a question or
//     an exclamation followed by a closing quote or a dash and a
//     lower-case word ("…cosa?» chiese lei", "Dove vai? — chiese lei.")
//     does not end one, nor does a boundary inside a parenthesis that the
//     sentence goes on after; the sentences of a quotation are split like
//     any others («Siamo pronti. Partiamo domani», ha detto), unless the
//     quotation is cited with its source after it ("«…» (Manzoni)"), so
//     that a quotation mark never closed hides no boundary;
//   - a sentence may start in lower case, as in e-mail, forums and
//     excerpts: terminal punctuation before a lower-case word ends a
//     sentence after an ordinary word ("grazie. ci vediamo", "where did you
//     grow up? india?"), not after an abbreviation, nor before a verb of
//     saying ("Che peccato! disse piano");
//   - a footnote mark after terminal punctuation stays with its sentence
//     ("in 1805. [19] He", "for all! [...] What");
//   - lines: a line without terminal punctuation is a segment of its own
//     when it is a title, a heading, a "Label: value" line or a list
//     item; bullets ("·", "•", "-", "1.", "a)") start a new segment; a
//     sentence broken across lines mid-phrase (text pasted from a PDF) is
//     joined.
//
// The word lists behind the rules are data, one embedded file per
// language (rules_it.txt, rules_en.txt), parsed once on first use. The
// rules themselves are in two files, each rule with a name: rules.go for
// punctuation (where the names are listed) and linerules.go for the
// structure of lines.
//
// A sentence longer than 4,096 bytes is cut where it might have ended:
// after its last terminator, rejected candidate boundary or line end. Only
// a sentence without any (a line without terminal punctuation) is longer.
// The fallback to UAX #29 keeps its boundaries exactly.
//
// # One sentence a line
//
// [SplitLines] reads text that already holds one sentence a line, as
// aligned corpora and translation memories do, with the same spans and
// paragraphs.
//
// # Streaming
//
// [Segmenter.NewScanner] reads sentences from an [io.Reader] with a
// bounded window of memory; it finds the same sentences as
// [Segmenter.Split]. See [WithWindow] for the bound.
//
// # Bad input
//
// Invalid UTF-8, NUL bytes and other control characters are text like any
// other: they never cause a panic and are never dropped. A byte order mark
// at the start of the input is skipped like white space. CR LF, CR, NEL,
// U+2028 and U+2029 all end lines.
//
// # Performance
//
// Time is linear in the length of the input, whatever its shape: a very
// long line without punctuation, thousands of nested quotation marks or
// brackets, a line of abbreviations or of dots (the benchmarks and a test
// run with FEDELE_ADVERSARIAL=1 show it). The UAX #29 state machine runs
// only around terminal punctuation: inside a line, UAX #29 can only break
// after a terminator, so the boundaries are those of uniseg on the whole
// line at a fraction of the cost; the common case of a terminator, spaces
// and a letter needs no state machine at all, and the middle of a long run
// of closing marks or spaces after a terminator, where UAX #29 cannot
// break, is not handed to it (uniseg reads ahead from each of them). A
// line without any event is read once, however often the window grows
// over it. Split allocates the returned slice and nothing per sentence.
//
// # Concurrency
//
// A [Segmenter] is safe for concurrent use; a [Scanner] is not.
package segment
