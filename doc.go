// Package fedele checks a translation against its source.
//
// fedele ("faithful") splits both texts into sentences, aligns them, and
// reports what the translation leaves out, adds, or says differently. The
// work is divided among focused packages:
//
//   - [github.com/fedele/fedele/segment] splits text into sentences that
//     carry byte offsets into the original input;
//   - [github.com/fedele/fedele/normalize] normalizes typography and builds
//     comparison keys, with offset maps back to the original text;
//   - [github.com/fedele/fedele/align] aligns the sentences of a source and
//     of its translation, with evidence and a confidence per bead.
//
// This package runs them and turns the alignment into findings. The
// programs under examples/ are the command-line face of the library.
//
// # Checking a translation
//
// [Check] takes the source and the target text and returns a [Report]:
//
//	report, err := fedele.Check(source, target,
//		fedele.WithLanguages(language.English, language.Italian))
//
// # The flow of one check
//
// Check (check.go) runs the same steps, top to bottom, for every pair:
//
//  1. Each side becomes one value (side.go): its language, its text, its
//     sentences as spans into the text (package segment; [Presegmented]
//     reads one sentence a line instead), and the role of each sentence:
//     article text, or web boilerplate recognized from per-language lists
//     (data/boilerplate_*.txt: publication metadata such as "Fonte
//     originale: …", disclaimers, blocks of teaser headlines).
//  2. Package align aligns the article's sentences; the boilerplate is
//     excluded from the alignment and comes back as beads of its own, in
//     its place. The aligner also marks a source sentence and a target
//     sentence left alone face to face (a replaced sentence), splits 2-2
//     beads that are two pairs, and gives the pair's length model.
//  3. The rules (rules.go) run: document rules once, the others on every
//     bead. A bead with sentences on both sides (or a facing source and
//     target sentence, taken together) is seen through a pair view
//     (pair.go): its words, which of them the evidence matched, its
//     lengths against the length model, and the facts several rules read,
//     computed once (is the target a copy, are the sides unrelated, which
//     numbers found no equal, which words are false friends).
//  4. The findings are sorted into document order and summarized in the
//     [Report].
//
// Each family of rules has a file of its own: omission.go (omission and
// addition), partial.go, paraphrase.go, numbers.go, names.go,
// falsefriends.go, quotations.go, language.go (untranslated, wrong
// language) and form.go (punctuation, spacing, typography). These files
// are the only place that decides what a finding is.
//
// # Findings
//
// A [Finding] has a [Kind] with a stable name, a [Severity], a message for
// translators, the [Span]s it concerns on each side, and its [Evidence].
// Every Span is a byte range of the ORIGINAL text given to Check, with the
// line and column of its start and the text itself. The kinds, and the
// rules that find them:
//
//   - omission: a source sentence the aligner leaves without counterpart
//     (an error; a warning for a heading; info for source boilerplate);
//   - partial-omission: a pair whose target is shorter than the document's
//     length model predicts by [Thresholds.ShortZ] standard deviations while
//     a stretch of the source ([Thresholds.Gap]) found no counterpart (an
//     error when the rest is faithful, a warning when the target also
//     rewords), or a number of the source missing from the target;
//   - addition: a target sentence with no source (an error for content, a
//     warning for an added heading or boilerplate, info for publication
//     metadata);
//   - paraphrase: a pair graded by the share of its content, weighted by
//     rarity, that found a counterpart: loose (info), paraphrase (warning)
//     or unrelated (error) below [Thresholds.Faithful]. A source sentence and
//     a target sentence both left alone in the same place are examined as
//     one pair, since that is a replaced sentence or a loose paraphrase;
//   - number-mismatch: numbers compared after locale normalization
//     ("2,63 miliardi" is "2.63 billion"; "anni '60" is "the 1960s"); a number
//     on each side with no equal is an error, one in the target only a
//     warning;
//   - name-mismatch: a code or acronym on one side only (a warning), or a
//     different one on each side (an error);
//   - false-friend: a source word rendered by its look-alike from the
//     built-in list (an error);
//   - quotation: a quoted passage whose counterpart is not quoted (a
//     warning), quoted only in the target (info), or quoted with a number or
//     word that differs (an error);
//   - untranslated: a target sentence that copies its source; wrong-language:
//     a side that reads as another language, such as the two files swapped;
//   - unbalanced-quotes, end-punctuation, whitespace and
//     inconsistent-typography: the form of the translation.
//
// Each kind maps to its category in MQM ([Kind.MQM]) and in W3C ITS 2.0
// ([Kind.ITS]). The thresholds were calibrated on the development data (UD
// PUD Italian-English documents with known perturbations, and the bundled
// example); [DefaultThresholds] gives them and [WithThresholds] changes
// them. Severities are [SeverityError], [SeverityWarning] and
// [SeverityInfo]; the verdict of a report is [VerdictFaithful],
// [VerdictNeedsReview] or [VerdictUnfaithful].
//
// # The JSON report
//
// [Report.WriteJSON] writes one JSON object, stable for tools:
//
//	{
//	  "source": {"name": "en.txt", "lang": "en", "detected": "en", "bytes": 5208, "sentences": 50},
//	  "target": {...the same for the translation...},
//	  "summary": {
//	    "sentence_coverage": 0.9,    // share of source sentences with a counterpart
//	    "char_coverage": 0.912,      // the same share in characters
//	    "errors": 6, "warnings": 13, "infos": 8,
//	    "counts": {"omission": 3, ...},   // findings by kind name
//	    "verdict": "unfaithful"      // faithful, needs-review or unfaithful
//	  },
//	  "findings": [{
//	    "kind": "number-mismatch", "severity": "error",
//	    "message": "The numbers differ: «62%» in the source, «26%» in the translation.",
//	    "source": [{"start": 712, "end": 833, "line": 7, "col": 75, "text": "..."}],
//	    "target": [...],
//	    "evidence": {
//	      "score": 0.4,              // the similarity or confidence behind the finding
//	      "grade": "paraphrase",     // paraphrase findings: faithful, loose, paraphrase, unrelated
//	      "unmatched": ["..."],      // source content words with no counterpart
//	      "source_items": ["62%"],   // the numbers, names or words compared
//	      "target_items": ["26%"],
//	      "length_ratio": 0.57,      // target length over the predicted length
//	      "note": "..."
//	    },
//	    "mqm": "Accuracy/Mistranslation", "its": "numbers"
//	  }],
//	  "alignment": [{"source": [spans], "target": [spans], "score": 0.97, "similarity": 0.82}]
//	}
//
// Fields of the evidence that do not apply to a finding are left out.
// Findings come in the order of the alignment (document-wide findings
// first); "alignment" lists every sentence of both texts exactly once, in
// order.
//
// # Concurrency
//
// Check is safe for concurrent use; a Report is a plain value.
package fedele
