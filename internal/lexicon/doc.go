// Package lexicon reads bilingual word lists and matches words through
// them by stem.
//
// # Format
//
// The native format is UTF-8 text, one pair a line:
//
//	# comment lines start with '#'; blank lines are ignored
//	english<TAB>italian
//	house	casa
//	house	abitazione
//	according to	secondo
//
// Words are given in their dictionary (lemma) form; several lines give
// several translations; a side may hold several words. The first column
// is the language named first in the file's role (for the built-in list,
// English), the second the other one.
//
// Hunalign's dictionary format is also read: one pair a line,
// "target phrase @ source phrase".
//
// # Matching
//
// A Lexicon is built for a direction (source language, target language).
// Each side of an entry is reduced to a key: the Snowball stem of its
// longest word (see token.Stem), so that inflected forms in a sentence
// find the lemma of the list ("infrastrutture" and "infrastruttura" share
// a stem). Multi-word entries therefore match through their head word.
//
// A Lexicon is immutable once built and safe for concurrent use.
package lexicon
