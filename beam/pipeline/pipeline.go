package pipeline

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/batch"
)

// Config says what the pipeline reads and writes.
type Config struct {
	// Input is a glob of JSON Lines files of pair records (any
	// filesystem Beam knows: local paths, gs://, s3://).
	Input string
	// Output is the prefix of the files written.
	Output string
	// SourceLang and TargetLang are the languages of pairs that give
	// none (BCP 47); empty means English and Italian, as examples/batch.
	SourceLang, TargetLang string
	// Lexicon learns a lexicon from all the pairs of the same two
	// languages and gives it to the check of each.
	Lexicon bool
	// Shards is the number of files of the records and of the dead
	// letters; 0 means 4.
	Shards int
	// Workers is how many pairs a bundle checks (or aligns, to learn
	// the lexicon) at once, on as many goroutines; 0 means as many as
	// each worker has cores. Prism gives a stage one bundle at a time,
	// so that only this puts its cores to work; a runner that runs
	// several bundles on a worker at once (Dataflow, Flink with slots)
	// needs no more than 1.
	Workers int
}

// Work is a pair whose texts were read: what the stages after reading
// take.
type Work struct {
	Pair batch.Pair
	// Source and Target are the texts.
	Source, Target string
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Work)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*Summary)(nil)).Elem(), encodeSummary, decodeSummary)
	beam.RegisterCoder(reflect.TypeOf((*align.CorpusSample)(nil)), encodeSample, decodeSample)

	register.DoFn6x1[context.Context, string, func(Work), func(string), func(string), func(Summary), error](&readFn{})
	register.DoFn2x1[Work, func(string, []byte), error](&sampleFn{})
	register.Combiner3[*align.CorpusSample, []byte, []byte](&lexiconFn{})
	register.DoFn5x1[Work, func(*string, *[]byte) bool, func(string), func(string), func(Summary), error](&checkFn{})
	register.Combiner2[Summary, string](&summaryFn{})
	register.DoFn2x0[[]byte, func(string, []byte)](&noLexiconFn{})
	register.DoFn2x2[string, []byte, string, error](&lexiconLineFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn2x0[[]byte, func(int, string)](&allShardsFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[Work]()
	register.Emitter1[string]()
	register.Emitter1[Summary]()
	register.Emitter2[string, []byte]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
	register.Iter2[string, []byte]()
}

// Build adds the pipeline to the scope s. The filesystems of the input
// and output (local paths here; gs:// and others when the program
// imports them, as beamx does) must be known.
func Build(s beam.Scope, c Config) (err error) {
	defer func() {
		// The SDK panics on what it cannot build, such as a path of a
		// filesystem it does not know.
		if v := recover(); v != nil {
			err = fmt.Errorf("pipeline: %v", v)
		}
	}()
	if c.Input == "" || c.Output == "" {
		return errors.New("pipeline: an input and an output are needed")
	}
	srcLang, tgtLang := c.SourceLang, c.TargetLang
	if srcLang == "" {
		srcLang = "en"
	}
	if tgtLang == "" {
		tgtLang = "it"
	}
	for _, l := range []string{srcLang, tgtLang} {
		if _, err := language.Parse(l); err != nil {
			return fmt.Errorf("pipeline: the default language %q: %w", l, err)
		}
	}
	shards := c.Shards
	if shards <= 0 {
		shards = 4
	}
	langs := defaults{SourceLang: srcLang, TargetLang: tgtLang}

	lines := textio.Read(s.Scope("read"), c.Input)
	read := beam.ParDoN(s.Scope("read"), &readFn{Langs: langs}, lines)
	works, readRecords, readDead, readStats := read[0], read[1], read[2], read[3]

	var lexicons beam.PCollection
	if c.Lexicon {
		ls := s.Scope("learn")
		samples := beam.ParDo(ls, &sampleFn{Langs: langs, Workers: c.Workers}, works)
		lexicons = beam.CombinePerKey(ls, &lexiconFn{}, samples)
		textio.Write(ls, c.Output+"-lexicons.tsv", beam.ParDo(ls, &lexiconLineFn{}, lexicons))
	} else {
		lexicons = beam.ParDo(s, &noLexiconFn{}, beam.Impulse(s))
	}

	cs := s.Scope("check")
	checked := beam.ParDoN(cs, &checkFn{Langs: langs, Workers: c.Workers}, works, beam.SideInput{Input: lexicons})
	records := beam.Flatten(s, readRecords, checked[0])
	dead := beam.Flatten(s, readDead, checked[1])
	stats := beam.Flatten(s, readStats, checked[2])

	ws := s.Scope("write")
	writeShards(ws.Scope("records"), c.Output, ".jsonl", shards, records)
	writeShards(ws.Scope("deadletters"), c.Output+"-deadletter", ".jsonl", shards, dead)
	summary := beam.Combine(ws.Scope("summary"), &summaryFn{}, stats)
	textio.Write(ws.Scope("summary"), c.Output+"-summary.json", summary)
	return nil
}

// defaults are the languages of pairs that give none.
type defaults struct {
	SourceLang, TargetLang string
}

// checker returns the batch.Checker of the defaults.
func (d defaults) checker() *batch.Checker {
	return &batch.Checker{SourceLang: language.Make(d.SourceLang), TargetLang: language.Make(d.TargetLang)}
}

// languages returns the languages of p, and the key of the lexicon of
// its language pair; ok is false when a language is not a BCP 47 tag.
func (d defaults) languages(p batch.Pair) (src, tgt language.Tag, key string, ok bool) {
	sl, tl := p.SourceLang, p.TargetLang
	if sl == "" {
		sl = d.SourceLang
	}
	if tl == "" {
		tl = d.TargetLang
	}
	src, err1 := language.Parse(sl)
	tgt, err2 := language.Parse(tl)
	if err1 != nil || err2 != nil {
		return src, tgt, "", false
	}
	return src, tgt, batch.LanguageKey(src, tgt), true
}
