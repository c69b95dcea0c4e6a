package batch

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/segment"
)

// LanguageKey is the key of a pair of languages in [Checker.Lexicons]:
// their base languages, "en\tit" for English into Italian.
func LanguageKey(src, tgt language.Tag) string {
	sb, _ := src.Base()
	tb, _ := tgt.Base()
	return sb.String() + "\t" + tb.String()
}

// Sentences splits a text into sentences as the check does: by the
// rules of its language, or one a line when presegmented.
func Sentences(text string, lang language.Tag, presegmented bool) []string {
	var out []string
	if presegmented {
		for line := range strings.Lines(text) {
			if t := strings.TrimSpace(line); t != "" {
				out = append(out, t)
			}
		}
		return out
	}
	for _, s := range segment.New(lang).Split(text) {
		out = append(out, s.Text)
	}
	return out
}

// Sample aligns the pair p alone and returns what a corpus lexicon
// learns from it (its confident sentence pairs, [align.CorpusSample]) and
// the key of its languages. A pair that cannot be checked gives the error
// its record would carry; a pair with nothing to learn from gives an
// empty sample.
func (c *Checker) Sample(p Pair) (key string, s *align.CorpusSample, err error) {
	sl, err := c.lang(p.SourceLang, c.SourceLang, language.English)
	if err != nil {
		return "", nil, fmt.Errorf("bad source_lang: %w", err)
	}
	tl, err := c.lang(p.TargetLang, c.TargetLang, language.Italian)
	if err != nil {
		return "", nil, fmt.Errorf("bad target_lang: %w", err)
	}
	src, tgt, err := c.Texts(p)
	if err != nil {
		return "", nil, err
	}
	s = new(align.CorpusSample)
	sc := align.NewScorer(Sentences(src, sl, p.Presegmented), Sentences(tgt, tl, p.Presegmented), align.WithLanguages(sl, tl))
	if err := s.Add(sc); err != nil {
		return "", nil, err
	}
	return LanguageKey(sl, tl), s, nil
}

// Learn reads the pair records of in and learns, for each pair of
// languages, a lexicon from the confident sentence pairs of all its
// document pairs: the word pairs that a corpus of short documents
// teaches and none of them alone (a document of forty sentences has too
// few to learn from). Set the result as the Checker's Lexicons before
// checking the same pairs: the first pass of a run in two. Records that
// cannot be read, and pairs that cannot be checked, are passed over (the
// check gives them their error records). Pairs are aligned on workers
// goroutines (0: runtime.GOMAXPROCS(0)); the lexicons depend neither on
// their number nor on the order of the pairs. It stops with ctx's error
// when ctx is cancelled.
func (c *Checker) Learn(ctx context.Context, in io.Reader, workers int) (map[string]*align.CorpusLexicon, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pairs := make(chan Pair)
	readErr := make(chan error, 1)
	go func() {
		defer close(pairs)
		lines := bufio.NewReaderSize(in, 64<<10)
		for {
			p, bad, err := nextPair(lines)
			if err != nil {
				readErr <- ignoreEOF(err)
				return
			}
			if bad != nil {
				continue
			}
			select {
			case pairs <- p:
			case <-ctx.Done():
				readErr <- nil
				return
			}
		}
	}()
	var (
		mu       sync.Mutex
		samples  = map[string]*align.CorpusSample{}
		mergeErr error
		wg       sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for p := range pairs {
				key, s, err := c.Sample(p)
				if err != nil || s.Len() == 0 {
					continue
				}
				mu.Lock()
				if samples[key] == nil {
					samples[key] = new(align.CorpusSample)
				}
				if err := samples[key].Merge(s); err != nil && mergeErr == nil {
					mergeErr = err
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if mergeErr != nil {
		return nil, fmt.Errorf("batch: merging the samples: %w", mergeErr)
	}
	out := make(map[string]*align.CorpusLexicon, len(samples))
	for key, s := range samples {
		out[key] = s.Learn()
	}
	return out, nil
}
