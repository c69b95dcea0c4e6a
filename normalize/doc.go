// Package normalize normalizes the typography of text and builds comparison
// keys, with offset maps from every byte of the result back to the original
// input.
//
// Translations mix straight and curly quotes, guillemets, apostrophes,
// dashes and odd spaces: "l’AI" and "dall'elettronica" a few lines apart.
// The package offers two operations over such text, and a check:
//
//   - [String] normalizes typography for display and output, by the
//     conventions of the text's language;
//   - [Fold] builds a canonical key for comparing words and quotations;
//   - [Balance] reports unbalanced or mismatched quotation marks and
//     brackets.
//
// Both String and Fold return a [Map] from the bytes of their output back to
// the bytes of their input, so that a report can point into the user's
// original file rather than into normalized text.
//
// # Getting started
//
//	res := normalize.String(text, language.Italian, normalize.RecordChanges())
//	fmt.Println(res.Text)                   // typography fixed
//	fmt.Println(len(res.Changes), "fixes")  // each with kind, rule and spans
//	start, end := res.Map.Input(i, j)       // res.Text[i:j] came from text[start:end]
//
//	key, _ := normalize.Fold("«L’Energia»") // `"l'energia"`
//
// Text cut from a larger document (a sentence at offset off) is normalized
// on its own; add off to the spans its map returns to point into the
// document. A sentence's comparison key is normalize.NewFolder().Key(text).
//
// # Normalizing
//
// String works in two passes over the text. The first makes it clean
// Unicode; the second sets its typography. Every change names the rule that
// made it ([Change].Rule), listed here in order:
//
//   - ReplaceInvalid: bytes that are not UTF-8 are kept as they are, or
//     replaced (one U+FFFD per run) with [ReplaceInvalid]; either way they
//     are listed in [Result].Invalid. Text is never dropped.
//   - ByteOrderMark, ZeroWidthSpace, SoftHyphen, WordJoiner, Invisible: the
//     byte order mark (anywhere), zero-width spaces, soft hyphens, word
//     joiners and Mongolian vowel separators are removed, but for one
//     before a combining mark (removed, it would give the mark to the
//     character before it, and the text would no longer be NFC).
//     Zero-width joiners and non-joiners are kept: scripts and emoji need
//     them.
//   - LineEndCRLF, LineEndCR, LineEndSeparator, LineEndParagraph: line ends
//     become "\n" (a PARAGRAPH SEPARATOR "\n\n").
//   - NFC: text is brought to Unicode normalization form C
//     (golang.org/x/text/unicode/norm).
//   - SpaceTrailing: spaces at the end of a line or of the text are
//     removed.
//   - SpaceRun: a run of two or more spaces becomes one: the first
//     no-break or thin space of the run if it has one (and spaces are
//     kept), else a plain space. Tabs are left alone.
//   - SpacePlain: with [PlainSpaces], no-break, thin and other special
//     spaces become plain spaces; by default they are kept.
//   - Ellipsis: exactly three full stops become "…"; longer runs are left
//     alone.
//   - DashIncise, DashRange: a hyphen (or two) between spaces, not at the
//     start of a line (where it is a list bullet), is an inciso and becomes
//     an en dash in Italian, an em dash in English ([InciseDash] chooses);
//     between two numbers it is a range and becomes an en dash.
//   - QuoteTrusted, QuoteFlank, QuoteStack: double quotation marks of any
//     kind are set by the language's conventions, level by level:
//     directional marks (« » „ “) are trusted; straight and right marks are
//     read from the characters around them (a mark after a space and before
//     a word opens, one after a word and before a space or punctuation
//     closes), and ambiguous ones from the quotations already open. Open
//     quotations end with the paragraph: at a blank line, or at a line end
//     that follows the end of a sentence. Double quotations stay double at
//     every level and single ones single (‘ ’): the author's choice of
//     marks is kept. A mark is replaced only if its replacement reads the
//     same way where it stands; otherwise it is left as written, so that
//     normalizing again changes nothing.
//   - ApostropheInWord (l’AI, don’t, l’8), ApostropheElision (po’, mo’,
//     de’, from an embedded list), ApostropheFinal (goin’, students’),
//     ApostropheYear (’90s, also for ‘90s typed with the wrong curl),
//     ApostropheLeading (’ndrangheta, ’em, rock ’n’ roll, from embedded
//     lists): straight and look-alike apostrophes (´ ` ʼ) become ’.
//   - Prime: a straight mark after a number is a prime and is left alone
//     (5'10", 45°30'15", 45°52'N), unless it closes an open quotation that
//     ends in a number ("nel 2031").
//   - AccentList, AccentTa, AccentRa, AccentChe, AccentTu, AccentO, AccentI,
//     AccentU: in Italian, an apostrophe typed for a final accent is fixed:
//     "E'" and "e'" become "È" and "è", "perche'" becomes "perché", from an
//     embedded list (data/accents_it.txt) and, for words of four letters or
//     more, by suffix ("citta'" to "città", "sara'" to "sarà", "parlo'" to
//     "parlò", "fini'" to "finì"). Real elisions (po', mo', a', de', ca',
//     be', va', fa', di') stay, and an apostrophe that closes an open single
//     quotation is read as a closing mark.
//
// String is idempotent: normalizing its output changes nothing.
//
// # Language conventions
//
// The conventions are a table per language, chosen by the base of the
// language tag:
//
//	language  double levels  single  apostrophe  inciso  accents
//	it        « »  then “ ”  ‘ ’     ’           –       fixed
//	en        “ ”            ‘ ’     ’           —       -
//	others    left as written        left        left    -
//
// [PrimaryQuotes] changes the first level (“ ” in Italian gives “ ” at
// every level). In every language, spaces, line ends, invisible characters,
// NFC and ellipses are normalized.
//
// # Folding
//
// [Fold] turns text into a canonical comparison key: NFC, case folded, with
// one form for every quote, apostrophe, dash, ellipsis and space variant,
// and accents kept or removed ([StripAccents]). A [Folder] does the same
// without options on the hot path; [Folder.AppendFold] does not allocate.
// The case-folding table is generated from golang.org/x/text by
// gen_fold.go (go generate).
//
// # Offset maps
//
// A [Map] is a run-length list of segments from the output back to the
// input: copied text is one segment however long, each replacement one
// more. The segments are monotonic and cover both texts. [Map.Input] maps an
// output span back to the input, [Map.Output] an input span forward; a span
// that cuts a replacement is widened to all of it. [Map.Compose] chains two
// maps.
//
// # Quote balance
//
// [Balance] reads quotation marks as String does and reports, with byte
// offsets, quotations and brackets left open, closing marks that close
// nothing, and pairs opened by one kind of mark and closed by another (an
// opening « closed by "). It is meant for one sentence or paragraph at a
// time.
//
// # Cost and concurrency
//
// String, Fold and Balance take time linear in the length of their input.
// Fold runs at several hundred MB/s on one core and String at tens of MB/s
// (see the benchmarks). Every function of the package is safe for
// concurrent use; a [Map] and a [Folder] are immutable, and the language
// tables are read-only.
package normalize
