// Package numbers finds numbers in text and normalizes them across
// locales, so that the same quantity written in two languages gets the
// same key.
//
// A key is the plain decimal value: no grouping, "." as the decimal
// point, no trailing fractional zeros. So all of these give "2630000000":
// "2,63 miliardi", "2.63 billion", "2,63 Mrd."; these give "170500000":
// "170.500.000,00", "170,500,000.00"; and "40%", "40 per cent" and
// "40 per cento" all give "40" (the percent sign and words are not
// numbers).
//
// Separators follow the language's convention: decimal comma for most
// European languages ("it", "de", "fr", ...), decimal point for "en"
// and the languages listed in decimalPoint. A single separator followed by exactly
// three digits ("1,000", "1.000") is read by that convention; when the
// language is unknown both readings are returned and either may match.
//
// Number words are recognized (words.go): in English and Italian up to
// ninety-nine, with the ordinals, and in English whole runs ("two
// hundred and twelve million", "a hundred and ninety"); in German,
// French and Spanish two to twelve; and the multipliers (hundred,
// thousand, million, billion and their equivalents) in all of them.
//
// All functions are safe for concurrent use.
package numbers
