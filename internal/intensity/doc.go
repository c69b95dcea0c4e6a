// Package intensity finds the words that make a statement stronger or
// weaker, in English and Italian, and compares their strength across
// the two languages, so that a quotation can be told to say more or less
// than its source: "quite good" rendered «ottimo», "some of them»
// rendered «tutti», "a clear risk" rendered «un rischio», "we will"
// rendered «potremmo».
//
// # The table
//
// A hand-written table (intensity.txt, embedded) gives each phrase a
// strength from -3 to +3 on one scale and a class:
//
//   - [Degree]: intensifiers and downtoners (slightly -2, quite +0.5,
//     very +1, extremely +2, completely +3), and the adjectives that
//     grade a noun (a small risk, a huge risk);
//   - [Quantifier]: none -3, few -2, some -1, many +1, most +2, all +3;
//   - [Frequency]: never -3, sometimes -1, often +1, always +3;
//   - [Certainty]: impossible -3, maybe -1, probably +1, certainly +3;
//   - [Modal]: might -2, could -1.5, can 0, should +1, will (and the
//     Italian future of the common verbs) +2, must +3;
//   - [Evaluative]: judgements, the sign for polarity and the size for
//     force (terrible -3, bad -2, good +1, great +2, excellent +2.5,
//     perfect +3), and the risk words (risk -1, a clear risk -2, a huge
//     risk -3).
//
// The file's header says what each strength means; [Entries] lists the
// table.
//
// # Finding
//
// [Find] returns the phrases of the table in a text, as byte spans into
// the text: leftmost and longest first ("del tutto" is one degree, not
// "tutto" a quantifier), case-insensitive, whole words only ("tutti" is
// not found in "tuttavia"), the apostrophes ' and ’ alike ("un po'" and
// "un po’"). In English a word followed by n't is not the word ("can"
// is not found in "can't"). Invalid UTF-8 separates words and never
// causes a panic. Time is linear in the length of the text.
//
// # Comparing
//
// [Compare] finds the phrases of a source passage and of its rendering
// and reports, class by class, where the rendering is stronger or
// weaker than the source by at least [Threshold]. A degree word right
// before a judgement grades it ("quite good" is a little more than
// "good", less than «ottimo»). Most classes are compared only when both
// sides have a phrase of the class, so that a word a translation drops
// or adds in passing is not a finding; a hedge (maybe, forse) is
// compared with an unhedged statement too, since dropping one makes a
// claim firmer. Negation, numbers and names are not this package's
// business.
//
// Everything here is safe for concurrent use; the table is read-only
// after it is first loaded.
package intensity
