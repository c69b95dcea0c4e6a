package pipeline

import (
	"fmt"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/batch"
)

// sampleFn aligns a pair alone and emits the sample of its confident
// sentence pairs, keyed by its language pair.
type sampleFn struct {
	Langs defaults
	// Workers is how many pairs a bundle aligns at once; 0 means as
	// many as the worker has cores.
	Workers int
	pool    concurrent[Work, sampled]
}

// sampled is the sample of a pair, or the error that fails the bundle.
type sampled struct {
	key    string
	sample []byte
	err    error
}

func (f *sampleFn) StartBundle(_ func(string, []byte)) {
	f.pool.start(workers(f.Workers), func(w Work) sampled {
		b, key, err := sampleOf(w, f.Langs)
		return sampled{key, b, err}
	})
}

func (f *sampleFn) ProcessElement(w Work, emit func(string, []byte)) error {
	return f.pool.put(w, func(s sampled) error { return s.emit(emit) })
}

func (f *sampleFn) FinishBundle(emit func(string, []byte)) error {
	return f.pool.finish(func(s sampled) error { return s.emit(emit) })
}

func (s sampled) emit(emit func(string, []byte)) error {
	if s.err == nil && s.sample != nil {
		emit(s.key, s.sample)
	}
	return s.err
}

// sampleOf returns the corpus sample of one pair in its binary form, and
// the key of its language pair; nil when the pair has no sentence pair
// to learn from (or a language that is not a BCP 47 tag: the check
// gives that pair an error record).
func sampleOf(w Work, d defaults) (sample []byte, key string, err error) {
	sl, tl, key, ok := d.languages(w.Pair)
	if !ok {
		return nil, "", nil
	}
	src := batch.Sentences(w.Source, sl, w.Pair.Presegmented)
	tgt := batch.Sentences(w.Target, tl, w.Pair.Presegmented)
	var s align.CorpusSample
	if err := s.Add(align.NewScorer(src, tgt, align.WithLanguages(sl, tl))); err != nil {
		return nil, "", err
	}
	if s.Len() == 0 {
		return nil, "", nil
	}
	b, err := s.MarshalBinary()
	return b, key, err
}

// lexiconFn merges the samples of a language pair and learns its
// lexicon. Samples merge in any order to the same sample, so the
// lexicon does not depend on how the runner groups the work.
type lexiconFn struct{}

func (*lexiconFn) CreateAccumulator() *align.CorpusSample { return new(align.CorpusSample) }

func (*lexiconFn) AddInput(acc *align.CorpusSample, b []byte) (*align.CorpusSample, error) {
	var s align.CorpusSample
	if err := s.UnmarshalBinary(b); err != nil {
		return acc, err
	}
	return acc, acc.Merge(&s)
}

func (*lexiconFn) MergeAccumulators(a, b *align.CorpusSample) (*align.CorpusSample, error) {
	return a, a.Merge(b)
}

func (*lexiconFn) ExtractOutput(acc *align.CorpusSample) ([]byte, error) {
	return acc.Learn().MarshalBinary()
}

func encodeSample(s *align.CorpusSample) ([]byte, error) { return s.MarshalBinary() }

func decodeSample(b []byte) (*align.CorpusSample, error) {
	s := new(align.CorpusSample)
	return s, s.UnmarshalBinary(b)
}

// noLexiconFn emits no lexicon: the side input of a pipeline that
// learns none.
type noLexiconFn struct{}

func (*noLexiconFn) ProcessElement(_ []byte, _ func(string, []byte)) {}

// lexiconLineFn describes a lexicon in a line of the lexicons file:
// the two languages and the number of word pairs.
type lexiconLineFn struct{}

func (*lexiconLineFn) ProcessElement(key string, b []byte) (string, error) {
	var l align.CorpusLexicon
	if err := l.UnmarshalBinary(b); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s\t%d word pairs", key, l.Len()), nil
}
