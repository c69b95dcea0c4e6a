// Package batch checks many document pairs: JSON Lines in, one JSON
// Lines record per pair out, in input order, in parallel, resumable.
//
// It is what examples/batch runs, and what a library user or a data
// pipeline (an Apache Beam job, say) imports to produce the same records
// byte for byte: [DecodePair] reads an input record, [Checker.Check]
// checks one pair, and [Encode] is the one function that writes an
// output record.
//
// # Records
//
// An input record names a pair by file paths or gives the texts inline,
// with optional languages (BCP 47; the [Checker]'s defaults otherwise):
//
//	{"id": "a1", "source": "en/a1.txt", "target": "it/a1.txt"}
//	{"id": "a2", "source_text": "…", "target_text": "…", "source_lang": "en", "target_lang": "it"}
//
// "mode" may be "auto" (the default: the check chooses), "translation"
// or "reorganized" (see [fedele.Mode]), and "presegmented": true reads
// the texts one sentence a line. An output
// record carries the pair's id and either its report, as
// [fedele.Report.WriteJSON] writes it but on one line, or why it could
// not be checked:
//
//	{"id":"a1","report":{"mode":"translation",…,"summary":{…},"findings":[…],"alignment":[…]}}
//	{"id":"a3","error":"the target it/a3.txt is not valid UTF-8 (byte 0xe9 at line 4, column 12; …)"}
//
// A bad pair (a file missing or unreadable, a text not UTF-8 or empty, a
// record that is not JSON) gives an error record and the run goes on.
//
// # Running
//
// [Runner.Run] reads input records, checks them on several goroutines
// and writes the output records in input order. At most
// [Runner.Window] pairs are held at once, read but not yet written, so
// memory does not grow with the number of pairs.
//
// # Resuming
//
// Records are written whole, one write each, so a run stopped by any
// means (Ctrl-C, SIGTERM, SIGKILL, a crash) leaves a file of complete
// records, at most followed by a torn one. [Resume] cuts the torn one
// and hands the complete ones to the next run as [Runner.Done]: that run
// checks that they belong to its input, in order, and checks only the
// pairs after them. Nothing finished is redone or lost.
package batch
