// Package token splits text into words for comparison across languages.
//
// Words are returned as spans (byte offsets) into the input, never as
// copies, so that callers can cut display text from the original. A word
// is a maximal run of letters, digits and combining marks; a few joiners
// are kept inside a word when they sit between two word characters:
//
//   - digit group and decimal separators between digits ("2,63",
//     "170.500.000,00", "3.5");
//   - hyphens between letters or digits ("GPT-5", "Himalaya-Chronik");
//   - web addresses and e-mail addresses are kept whole
//     ("https://example.org/a?b=c", "info@example.org").
//
// Apostrophes split words, so the Italian elided article stays apart
// from its noun ("dell'immigrazione" gives "dell" and "immigrazione").
//
// Fold gives the comparison key of a word (normalize.Fold without
// accents): case folded, without accents.
// Stem reduces a folded word with a Snowball stemmer when one exists for
// the language.
//
// All functions are safe for concurrent use.
package token
