package pipeline

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/batch"
)

// checkFn checks a pair, with the lexicon of its languages when there
// is one, and emits its output record, its dead letter when it could
// not be checked, and its summary.
type checkFn struct {
	Langs defaults
	// Workers is how many pairs a bundle checks at once; 0 means as
	// many as the worker has cores.
	Workers int
	// lexicons holds the side input, decoded once for the worker.
	lexicons map[string]*align.CorpusLexicon
	pool     concurrent[Work, outcome]
}

func (f *checkFn) StartBundle(lexicons func(*string, *[]byte) bool, _, _ func(string), _ func(Summary)) error {
	if f.lexicons == nil {
		// The side input is the same for every pair (one global
		// window), so it is read once for the worker.
		f.lexicons = map[string]*align.CorpusLexicon{}
		var key string
		var b []byte
		for lexicons(&key, &b) {
			l := new(align.CorpusLexicon)
			if err := l.UnmarshalBinary(b); err != nil {
				return fmt.Errorf("the lexicon of %q: %w", key, err)
			}
			f.lexicons[key] = l
		}
	}
	f.pool.start(workers(f.Workers), f.check)
	return nil
}

func (f *checkFn) ProcessElement(w Work, _ func(*string, *[]byte) bool, record, dead func(string), stats func(Summary)) error {
	return f.pool.put(w, func(o outcome) error { return o.emit(record, dead, stats) })
}

func (f *checkFn) FinishBundle(_ func(*string, *[]byte) bool, record, dead func(string), stats func(Summary)) error {
	return f.pool.finish(func(o outcome) error { return o.emit(record, dead, stats) })
}

// check checks one pair.
func (f *checkFn) check(w Work) outcome {
	c := f.Langs.checker()
	if _, _, key, ok := f.Langs.languages(w.Pair); ok && f.lexicons[key] != nil {
		c.Options = []fedele.Option{fedele.WithAlignOptions(align.WithCorpusLexicon(f.lexicons[key]))}
	}
	res := CheckWork(c, w)
	p := w.Pair
	return outcomeOf(res, &p, "")
}

// workers returns n, or the number of cores for 0 or less.
func workers(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// CheckWork checks a pair whose texts were read, with c, as c checks
// the pair itself: the files it names are not read again.
func CheckWork(c *batch.Checker, w Work) batch.Result {
	c.ReadFile = func(name string) ([]byte, error) {
		switch name {
		case w.Pair.Source:
			return []byte(w.Source), nil
		case w.Pair.Target:
			return []byte(w.Target), nil
		}
		return nil, errors.New("a file the pair does not name")
	}
	return c.Check(w.Pair)
}
