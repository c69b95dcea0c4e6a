// Package answerkey loads the answer key of a reorganized pair: an
// English interview transcript, an Italian article made from it, and the
// truth about the article, written by hand together with the texts. The
// bundled pairs are testdata/interview (see its README.md for the format
// of key.tsv and for the distortions it plants), testdata/interview2,
// testdata/interview3 and testdata/interview4, three more pairs in the
// same format, each on another topic, written after the reorganized mode
// was developed on the first.
//
// The key says, for every sentence of the article, its grade
// (translation, summary, editorial, boilerplate) and the source passages
// it draws on; for every quotation, the source words it renders and its
// verdict (faithful, loose, intensified, weakened, altered, spliced,
// unsupported). Evaluation tests compare what the checker finds with it.
//
//	k, err := answerkey.Load("testdata/interview")
//	if err != nil {
//		return err
//	}
//	for _, q := range k.Quotations {
//		fmt.Println(q.Verdict, q.Text, q.Source)
//	}
//
// # Positions
//
// Every text of the key is located: a sentence and a quotation by byte
// offsets into the article, a source excerpt by byte offsets into the
// transcript, a turn by the byte span of its paragraph. An evaluation
// can therefore compare spans, not strings, and map the checker's
// sentences to the key's by offset ([Key.SentenceAt], [Key.TurnAt]).
//
// # Validation
//
// [Load] and [Parse] refuse a key that is not consistent with its texts,
// and say where (file and line): every excerpt must occur exactly once,
// the sentences must cover the article in order with nothing left out,
// every quotation must stand between quotation marks in its sentence,
// turn numbers must be in range and must be the turns that hold the
// excerpts, grades and verdicts must agree with the presence of a source.
// The errors wrap [ErrInvalid].
//
// A [Key] is read-only after loading and safe for concurrent use.
package answerkey
