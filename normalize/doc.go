// Package normalize normalizes the typography of text and builds comparison
// keys, with offset maps from every byte of the result back to the original
// input.
//
// # Folding
//
// [Fold] turns text into a canonical comparison key: NFC, case folded, with
// one form for every quote, apostrophe, dash, ellipsis and space variant,
// and accents kept or removed ([StripAccents]). A [Folder] does the same
// without options on the hot path; [Folder.AppendFold] does not allocate.
//
// # Offset maps
//
// A [Map] is a run-length list of segments from the output back to the
// input, monotonic and covering both. [Map.Input] maps an output span back
// to the input; [Map.Output] maps an input span forward.
//
// # Concurrency
//
// Every function of the package is safe for concurrent use; a [Map] and a
// [Folder] are immutable.
package normalize
