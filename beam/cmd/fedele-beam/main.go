// Command fedele-beam checks document pairs with fedele on Apache Beam:
// on this machine with the Prism runner, or on Flink, Spark or Google
// Cloud Dataflow.
//
// Usage:
//
//	fedele-beam --input 'pairs*.jsonl' --output out/reports
//	            [--src-lang en] [--tgt-lang it] [--lexicon=true] [--shards 4] [--workers N]
//	            [--runner prism|flink|spark|dataflow] [runner flags]
//
// It reads the pair records of examples/batch (the texts inline, or
// paths the workers can read: local paths, gs://…) and writes, for the
// prefix given by --output, the output records of examples/batch
// sharded (out/reports-00000-of-00004.jsonl …), the pairs that could not
// be checked with the reason (out/reports-deadletter-…), a summary
// (out/reports-summary.json: pairs, verdicts, findings by kind, coverage
// histogram) and the lexicons learned (out/reports-lexicons.tsv).
//
// With --lexicon (the default), a word translation table is learned
// from all the pairs of the same two languages and given to the check
// of each, which helps short documents; --lexicon=false checks each
// pair alone, and its records are byte for byte those of
// examples/batch. --workers is how many pairs each bundle checks at
// once: Prism runs a stage as one bundle, so that on this machine it is
// what puts several cores to work (like examples/batch -workers). The
// runner flags are those of the Beam Go SDK
// (--endpoint, --environment_type, --project, --region, …); see
// beam/README.md.
//
// The exit status is 0 when the pipeline ran and every pair was checked,
// 1 when some pairs could not be (their reasons are in the dead
// letters), 2 for usage errors, and 3 when the pipeline failed.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/fedele/fedele/beam/pipeline"
)

var (
	input   = flag.String("input", "", "glob of the JSON Lines files of pair records (required)")
	output  = flag.String("output", "", "prefix of the files written (required)")
	srcLang = flag.String("src-lang", "en", "language of sources whose record gives none (BCP 47)")
	tgtLang = flag.String("tgt-lang", "it", "language of translations whose record gives none (BCP 47)")
	lexicon = flag.Bool("lexicon", true, "learn a lexicon from all the pairs of the same two languages and check each pair with it")
	shards  = flag.Int("shards", 4, "number of files of the records and of the dead letters")
	workers = flag.Int("workers", 0, "pairs a bundle checks at once (0: as many as the worker has cores; 1 leaves the parallelism to the runner)")
)

func main() {
	flag.Parse()
	// A worker started by a runner runs its work here and exits.
	beam.Init()
	os.Exit(run(context.Background(), os.Stderr))
}

func run(ctx context.Context, stderr io.Writer) int {
	if *input == "" || *output == "" || flag.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: fedele-beam --input 'pairs*.jsonl' --output PREFIX [--src-lang en] [--tgt-lang it] [--lexicon=true] [--shards 4] [--workers N] [--runner prism] [runner flags]")
		return 2
	}
	p, s := beam.NewPipelineWithRoot()
	err := pipeline.Build(s, pipeline.Config{
		Input:      *input,
		Output:     *output,
		SourceLang: *srcLang,
		TargetLang: *tgtLang,
		Lexicon:    *lexicon,
		Shards:     *shards,
		Workers:    *workers,
	})
	if err != nil {
		fmt.Fprintf(stderr, "fedele-beam: %v\n", err)
		return 2
	}
	if err := beamx.Run(ctx, p); err != nil {
		fmt.Fprintf(stderr, "fedele-beam: the pipeline failed: %v\n", err)
		return 3
	}
	// The summary, when the runner ran the pipeline to its end and its
	// output can be read from here.
	name := *output + "-summary.json"
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return 0
	}
	defer fs.Close()
	b, err := filesystem.Read(ctx, fs, name)
	if err != nil {
		return 0
	}
	var sum pipeline.Summary
	if json.Unmarshal(b, &sum) != nil {
		return 0
	}
	fmt.Fprintf(stderr, "fedele-beam: %d pairs, %d checked, %d could not be (see %s-deadletter-*); summary in %s\n",
		sum.Pairs, sum.Checked, sum.Failed, *output, name)
	if sum.Failed > 0 {
		return 1
	}
	return 0
}
