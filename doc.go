// Package fedele checks a translation against its source.
//
// fedele ("faithful") splits both texts into sentences, normalizes quotes
// and typography, aligns the sentences, and reports what the translation
// leaves out, adds, or says differently. The work is divided among
// focused packages:
//
//   - [github.com/fedele/fedele/segment] splits text into sentences that
//     carry byte offsets into the original input;
//   - [github.com/fedele/fedele/normalize] normalizes typography and builds
//     comparison keys, with offset maps back to the original text;
//   - [github.com/fedele/fedele/align] aligns the sentences of a source and
//     of its translation.
//
// The programs under examples/ are the command-line face of the library.
package fedele
