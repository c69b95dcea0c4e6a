// Package pipeline is an Apache Beam pipeline that checks document pairs
// with fedele: the records of package [batch] in and out, on any Beam
// runner (Prism on one machine, Flink, Spark, Google Cloud Dataflow).
//
// # Stages
//
//  1. Read: each line of the input files is a pair record
//     ([batch.DecodePair]); its texts are read once, from the record or
//     from the files it names ([batch.Checker.Texts]).
//  2. Learn (with [Config.Lexicon]): each pair is aligned alone and its
//     confident sentence pairs are sampled ([align.CorpusSample]); the
//     samples of the pairs of the same two languages are merged by a
//     combiner, and the word translation table of the corpus
//     ([align.CorpusLexicon]) is learned from them.
//  3. Check: each pair is checked ([batch.Checker.Check]), with the
//     lexicon of its languages as a side input, and its output record
//     encoded by [batch.Encode], the encoding examples/batch uses.
//  4. Write: the records, sharded; the dead letters; a summary computed
//     by a combiner.
//
// A pair that cannot be checked (a record that is not JSON, a file
// missing or unreadable, a text not UTF-8 or empty, a bad language or
// mode) gives the error record examples/batch gives it, and a dead
// letter with the reason; the pipeline goes on.
//
// # Output
//
// For the prefix P of [Config.Output]:
//
//	P-00000-of-00004.jsonl ...           the output records, one a pair
//	P-deadletter-00000-of-00004.jsonl ... the pairs that could not be checked
//	P-summary.json                       pairs, verdicts, findings by kind, coverage
//	P-lexicons.tsv                       the corpus lexicons learned
//
// Every shard file is written, empty when no record falls in it. The
// records of a shard are in no particular order; each is byte for byte
// the record examples/batch writes for the pair (with Lexicon off; with
// it, the record of a [batch.Checker] given the same lexicon).
package pipeline
