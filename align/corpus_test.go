package align

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pseudoCorpus makes document pairs in two invented languages whose
// words share no letter, so that nothing but a learned table pairs them
// (no identical words, cognates, numbers or dictionary): each source
// word has one translation, sentences keep their word order, and each
// document has n sentences. It returns the documents and the
// translation of each source word.
func pseudoCorpus(docs, n int, seed uint64) (srcDocs, tgtDocs [][]string, dict map[string]string) {
	rng := rand.New(rand.NewPCG(seed, 2))
	word := func(cons, vows string) string {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteByte(cons[rng.IntN(len(cons))])
			b.WriteByte(vows[rng.IntN(len(vows))])
		}
		return b.String()
	}
	const vocab = 300
	srcWords := make([]string, 0, vocab)
	dict = map[string]string{}
	for len(srcWords) < vocab {
		w := word("bdfgp", "ae")
		if _, ok := dict[w]; ok {
			continue
		}
		dict[w] = word("klmnrst", "ou")
		srcWords = append(srcWords, w)
	}
	for range docs {
		var src, tgt []string
		for range n {
			var s, t []string
			for range 6 + rng.IntN(8) {
				// Zipf-like: small indices are frequent.
				w := srcWords[int(float64(vocab)*rng.Float64()*rng.Float64())]
				s, t = append(s, w), append(t, dict[w])
			}
			src = append(src, strings.Join(s, " ")+".")
			tgt = append(tgt, strings.Join(t, " ")+".")
		}
		srcDocs, tgtDocs = append(srcDocs, src), append(tgtDocs, tgt)
	}
	return srcDocs, tgtDocs, dict
}

// sampleOf returns the corpus sample of the document pairs.
func sampleOf(t testing.TB, srcDocs, tgtDocs [][]string, opts ...Option) *CorpusSample {
	t.Helper()
	var s CorpusSample
	for k := range srcDocs {
		if err := s.Add(NewScorer(srcDocs[k], tgtDocs[k], opts...)); err != nil {
			t.Fatal(err)
		}
	}
	return &s
}

func marshal(t testing.TB, m interface{ MarshalBinary() ([]byte, error) }) []byte {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCorpusLexiconLearns learns a lexicon from 60 short documents and
// checks that its word pairs are the translations, and that it pairs
// the words of short documents, which alone learn nothing, and finds
// the sentences their translations leave out.
func TestCorpusLexiconLearns(t *testing.T) {
	srcDocs, tgtDocs, dict := pseudoCorpus(60, 10, 1)
	lex := sampleOf(t, srcDocs, tgtDocs).Learn()
	right := 0
	for _, e := range lex.entries {
		if dict[e.src] == e.tgt {
			right++
		}
	}
	t.Logf("%d word pairs, %d right", lex.Len(), right)
	if lex.Len() < 100 || float64(right) < 0.95*float64(lex.Len()) {
		t.Fatalf("%d word pairs, %d right: want at least 100, 95%% right", lex.Len(), right)
	}

	// New documents of 10 sentences whose translations leave out one or
	// two: alone, a document has only the lengths of its sentences to go
	// by.
	s, tg, _ := pseudoCorpus(100, 10, 1)
	rng := rand.New(rand.NewPCG(3, 3))
	learned := func(bs []Bead) int {
		n := 0
		for _, b := range bs {
			for _, m := range b.Evidence.Matches {
				if m.Kind == Learned {
					n++
				}
			}
		}
		return n
	}
	var rightAlone, rightWith int
	for k := 60; k < 100; k++ {
		src := s[k]
		drop, drop2 := rng.IntN(10), rng.IntN(10)
		var tgt, want []string
		for i := range 10 {
			if i == drop || i == drop2 {
				want = append(want, fmt.Sprintf("[%d]:[]", i))
				continue
			}
			want = append(want, fmt.Sprintf("[%d]:[%d]", i, len(tgt)))
			tgt = append(tgt, tg[k][i])
		}
		alone := Align(src, tgt)
		with := Align(src, tgt, WithCorpusLexicon(lex))
		if n := learned(alone); n != 0 {
			t.Errorf("alone: %d learned matches, want none", n)
		}
		if n := learned(with); n == 0 {
			t.Errorf("with the lexicon: no learned match")
		}
		if cmp.Equal(want, beadStrings(alone)) {
			rightAlone++
		}
		if cmp.Equal(want, beadStrings(with)) {
			rightWith++
		}
		if k == 60 {
			// A lexicon of other languages is not used.
			if n := learned(Align(src, tgt, langs("en", "it"), WithCorpusLexicon(lex))); n != 0 {
				t.Errorf("a lexicon of other languages: %d learned matches, want none", n)
			}
		}
	}
	t.Logf("40 documents aligned exactly right: %d alone, %d with the lexicon", rightAlone, rightWith)
	// Measured: 11 alone, 29 with the lexicon.
	if rightWith < 25 || rightWith < 2*rightAlone {
		t.Errorf("40 documents aligned exactly right: %d alone, %d with the lexicon; want at least 25 with it, and twice as many as alone", rightAlone, rightWith)
	}
}
func beadStrings(bs []Bead) []string {
	var out []string
	for _, b := range bs {
		out = append(out, fmt.Sprintf("%v:%v", b.Src, b.Tgt))
	}
	return out
}

// TestCorpusSampleMerge checks that samples merged in any order and
// grouping are the same sample and learn the same lexicon, byte for
// byte, and that a sample survives its binary form.
func TestCorpusSampleMerge(t *testing.T) {
	srcDocs, tgtDocs, _ := pseudoCorpus(30, 10, 5)
	one := make([]*CorpusSample, 30)
	for k := range one {
		one[k] = sampleOf(t, srcDocs[k:k+1], tgtDocs[k:k+1])
	}
	inOrder := sampleOf(t, srcDocs, tgtDocs)
	want, wantLex := marshal(t, inOrder), marshal(t, inOrder.Learn())
	// Reversed, in groups of 7 merged into each other, each through its
	// binary form.
	var acc CorpusSample
	for g := 29; g >= 0; g -= 7 {
		var grp CorpusSample
		for k := g; k > g-7 && k >= 0; k-- {
			var dec CorpusSample
			if err := dec.UnmarshalBinary(marshal(t, one[k])); err != nil {
				t.Fatal(err)
			}
			if err := grp.Merge(&dec); err != nil {
				t.Fatal(err)
			}
		}
		if err := acc.Merge(&grp); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(want, marshal(t, &acc)) {
		t.Errorf("samples merged in another order differ")
	}
	lex := acc.Learn()
	if !bytes.Equal(wantLex, marshal(t, lex)) {
		t.Errorf("lexicons learned from samples merged in another order differ")
	}
	var dec CorpusLexicon
	if err := dec.UnmarshalBinary(wantLex); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wantLex, marshal(t, &dec)) || dec.Len() != lex.Len() || lex.Len() == 0 {
		t.Errorf("a lexicon of %d word pairs changed through its binary form (%d)", lex.Len(), dec.Len())
	}
	// The same alignment with the decoded lexicon.
	s, tg, _ := pseudoCorpus(31, 6, 5)
	if diff := cmp.Diff(beadStrings(Align(s[30], tg[30], WithCorpusLexicon(lex))), beadStrings(Align(s[30], tg[30], WithCorpusLexicon(&dec)))); diff != "" {
		t.Errorf("the decoded lexicon aligns otherwise:\n%s", diff)
	}
}

// TestCorpusSampleBound adds more distinct sentence pairs than a
// sample keeps, and repeated ones, and checks that it keeps the
// maxCorpusPairs of smallest hash, each once, however they came.
func TestCorpusSampleBound(t *testing.T) {
	n := maxCorpusPairs + maxCorpusPairs/2
	pairs := make([]stemPair, n)
	for k := range pairs {
		pairs[k] = newStemPair([]string{fmt.Sprint("s", k)}, []string{fmt.Sprint("t", k%97)})
	}
	var a, b CorpusSample
	a.setLang("xx", "yy")
	b.setLang("xx", "yy")
	a.pairs = append(a.pairs, pairs...)
	a.pairs = append(a.pairs, pairs[:1000]...) // repeated
	for k := len(pairs) - 1; k >= 0; k -= 2 {
		b.pairs = append(b.pairs, pairs[k])
	}
	var c CorpusSample
	c.setLang("xx", "yy")
	for k := 0; k < len(pairs); k += 2 {
		c.pairs = append(c.pairs, pairs[k])
	}
	if err := b.Merge(&c); err != nil {
		t.Fatal(err)
	}
	if a.Len() != maxCorpusPairs || b.Len() != maxCorpusPairs {
		t.Fatalf("lengths %d and %d, want %d", a.Len(), b.Len(), maxCorpusPairs)
	}
	var largest uint64
	for k, p := range a.pairs {
		if k > 0 && p.hash <= a.pairs[k-1].hash {
			t.Fatalf("pair %d: hashes not increasing", k)
		}
		largest = p.hash
	}
	kept := 0
	for _, p := range pairs {
		if p.hash <= largest {
			kept++
		}
	}
	if kept != maxCorpusPairs {
		t.Errorf("%d pairs have a hash up to the largest kept, want %d", kept, maxCorpusPairs)
	}
	if !bytes.Equal(marshal(t, &a), marshal(t, &b)) {
		t.Errorf("the same pairs added otherwise give another sample")
	}
}

// TestCorpusSampleLanguages checks that a sample refuses a document
// pair or a sample of other languages, and keeps what it had.
func TestCorpusSampleLanguages(t *testing.T) {
	src, tgt, _ := pseudoCorpus(2, 8, 9)
	var s CorpusSample
	if err := s.Add(NewScorer(src[0], tgt[0], langs("de", "fr"))); err != nil {
		t.Fatal(err)
	}
	before := marshal(t, &s)
	if err := s.Add(NewScorer(src[1], tgt[1], langs("fr", "de"))); !errors.Is(err, ErrInput) {
		t.Errorf("a pair of other languages: err %v, want ErrInput", err)
	}
	o := sampleOf(t, src[1:], tgt[1:], langs("de", "it"))
	if err := s.Merge(o); !errors.Is(err, ErrInput) {
		t.Errorf("a sample of other languages: err %v, want ErrInput", err)
	}
	if !bytes.Equal(before, marshal(t, &s)) {
		t.Errorf("a refused pair or sample changed the sample")
	}
	// Merging an empty sample takes nothing, not even languages.
	var empty CorpusSample
	if err := empty.Merge(new(CorpusSample)); err != nil || empty.hasLang {
		t.Errorf("merging an empty sample: %v, languages set %v", err, empty.hasLang)
	}
	if err := empty.Merge(&s); err != nil || empty.srcLang != "de" || empty.tgtLang != "fr" {
		t.Errorf("an empty sample merging one of de and fr: %v, %q %q", err, empty.srcLang, empty.tgtLang)
	}
}

// TestCorpusBinaryDamaged checks that every cut of the binary forms
// and a flipped byte anywhere in them are refused or read without
// panicking.
func TestCorpusBinaryDamaged(t *testing.T) {
	src, tgt, _ := pseudoCorpus(6, 6, 11)
	s := sampleOf(t, src, tgt)
	forms := map[string][]byte{"sample": marshal(t, s), "lexicon": marshal(t, s.Learn())}
	for name, b := range forms {
		for k := range len(b) {
			var err error
			if name == "sample" {
				err = new(CorpusSample).UnmarshalBinary(b[:k])
			} else {
				err = new(CorpusLexicon).UnmarshalBinary(b[:k])
			}
			if err == nil {
				t.Errorf("%s cut to %d of %d bytes: no error", name, k, len(b))
			}
		}
		for k := range len(b) {
			c := bytes.Clone(b)
			c[k] ^= 0xa5
			new(CorpusSample).UnmarshalBinary(c)
			new(CorpusLexicon).UnmarshalBinary(c)
		}
	}
}

// FuzzCorpusBinary checks that reading any bytes as a lexicon or a
// sample never panics, and that what is read is written back as read.
func FuzzCorpusBinary(f *testing.F) {
	src, tgt, _ := pseudoCorpus(8, 8, 13)
	s := sampleOf(f, src, tgt)
	f.Add(marshal(f, s))
	f.Add(marshal(f, s.Learn()))
	f.Fuzz(func(t *testing.T, b []byte) {
		var lex CorpusLexicon
		if lex.UnmarshalBinary(b) == nil {
			var again CorpusLexicon
			if err := again.UnmarshalBinary(marshal(t, &lex)); err != nil || again.Len() != lex.Len() {
				t.Fatalf("a lexicon read does not read back: %v", err)
			}
		}
		var smp CorpusSample
		if smp.UnmarshalBinary(b) == nil {
			var again CorpusSample
			if err := again.UnmarshalBinary(marshal(t, &smp)); err != nil || again.Len() != smp.Len() {
				t.Fatalf("a sample read does not read back: %v", err)
			}
			smp.Learn()
		}
	})
}

// BenchmarkCorpusLearn learns a lexicon from a full sample (50,000
// sentence pairs of 6 to 13 words of a vocabulary of 300) and reports
// the memory of the sample and the time of learning.
func BenchmarkCorpusLearn(b *testing.B) {
	srcDocs, tgtDocs, _ := pseudoCorpus(maxCorpusPairs/20, 20, 17)
	var s CorpusSample
	s.setLang("", "")
	for k := range srcDocs {
		for i := range srcDocs[k] {
			e := strings.Fields(strings.TrimSuffix(srcDocs[k][i], "."))
			f := strings.Fields(strings.TrimSuffix(tgtDocs[k][i], "."))
			slices.Sort(e)
			slices.Sort(f)
			s.pairs = append(s.pairs, newStemPair(slices.Compact(e), slices.Compact(f)))
		}
	}
	for b.Loop() {
		s.Learn()
	}
	b.ReportMetric(float64(len(marshal(b, &s)))/(1<<20), "sample-MB")
}
