// Package intensity finds the words that say how strongly something is
// said: intensifiers and downtoners (very, a little; molto, un po'),
// quantifiers (some, all; alcuni, tutti), words of frequency, certainty
// and obligation, and judgements of strength (good, excellent, a clear
// risk), each with its class and its strength on the scale of its class.
//
// The table (intensity.txt, English and Italian) was written for the
// project; its head explains the classes and their scales, which are the
// same in every language, so that a quotation can be compared with its
// source: "quite good" rendered «ottimo» is a judgement of 1 become one
// of 4.
//
// The package is safe for concurrent use.
package intensity
