// Package format writes a [fedele.Report] in the forms people and tools
// take: an HTML page that shows both texts side by side with the
// findings at their places, TMX 1.4b for translation memories, XLIFF 2.0
// for CAT tools, and the tab-separated lines of hunalign and LF Aligner.
// (The report's own text and JSON forms are its methods,
// [fedele.Report.WriteText] and [fedele.Report.WriteJSON].)
//
// Every writer renders a Report and nothing else, one writer a file:
//
//   - [WriteHTML] (html.go, reorganized.go, page/): one self-contained
//     page, with no network access allowed by its
//     Content-Security-Policy, for both modes of a check;
//   - [WriteTMX] (tmx.go): one translation unit per bead with text on
//     both sides;
//   - [WriteXLIFF] (xliff.go): one unit per bead, the findings as notes;
//   - [WriteTSV] (tsv.go): score, source and target, one bead a line.
//
// A sentence alignment without a check (the output of package align)
// becomes a Report with [AlignmentReport], so that the same writers
// serve it.
//
// # Options
//
// The writers take functional [Option] values: [MinScore] keeps only
// the beads the aligner is confident of (TMX and TSV), [Tool] names the
// program in the files that record it (TMX, HTML).
//
// # Text the formats cannot carry
//
// XML 1.0 has no way to write most control characters (NUL, U+0001 to
// U+0008, U+000B, U+000C, U+000E to U+001F) nor U+FFFE and U+FFFF. TMX
// gets U+FFFD in their place; XLIFF 2.0 keeps them, as its inline <cp/>
// element. TSV collapses every run of white space that holds a tab, a
// line break or a carriage return into one space, since one line holds
// one bead.
//
// # Concurrency
//
// The writers keep no state between calls and are safe for concurrent
// use.
package format
