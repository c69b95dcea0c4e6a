package align

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"strings"
)

// CorpusLexicon is a word translation table learned from a corpus, many
// document pairs of the same two languages: the table the aligner
// learns from a long document pair alone (the Learned evidence), learned
// once for the whole corpus, so that a short document, whose few
// sentences teach nothing, has one too. Learn one with a
// [CorpusSample] and give it to the aligner with [WithCorpusLexicon].
//
// A CorpusLexicon is safe for concurrent use. Its zero value is empty.
type CorpusLexicon struct {
	srcLang, tgtLang string
	entries          []lexEntry            // by source stem, then target stem
	bySrc            map[string][]lexEntry // the entries of each source stem
}

// lexEntry is a source stem, a target stem and how sure the table is
// that they translate each other, in (0, 1].
type lexEntry struct {
	src, tgt string
	score    float32
}

// Len returns the number of word pairs of the lexicon.
func (l *CorpusLexicon) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// WithCorpusLexicon gives the aligner a lexicon learned from a corpus: its
// word pairs are evidence of the kind Learned from the first pass on,
// beside the table learned from the document pair itself when the pair
// is long enough to learn one. A lexicon of other languages than those
// of WithLanguages (compared by their base language, "en" for "en-GB")
// is not used; nil gives none.
func WithCorpusLexicon(l *CorpusLexicon) Option {
	return func(o *options) { o.lexicon = l }
}

// pairs returns the lexicon's word pairs between the stems of src and
// tgt, by their stem ids, or nil when the lexicon is of other
// languages.
func (l *CorpusLexicon) pairs(src, tgt *side) []learnedPair {
	if l.Len() == 0 || l.srcLang != src.lang || l.tgtLang != tgt.lang {
		return nil
	}
	var out []learnedPair
	for a, st := range src.stems {
		for _, e := range l.bySrc[st] {
			if b, ok := tgt.byStem[e.tgt]; ok {
				out = append(out, learnedPair{int32(a), b, e.score})
			}
		}
	}
	return out
}

// maxCorpusPairs bounds the sentence pairs of a CorpusSample, so that
// its memory and the time Learn takes do not grow with the corpus:
// 50,000 pairs of 6 to 13 words take 6.4 MB encoded and are learned
// from in 0.8 to 1.3 s on one core (BenchmarkCorpusLearn); the table of
// one document learns from at most 4,000 (maxLearnPairs).
const maxCorpusPairs = 50000

// CorpusSample collects the sentence pairs a [CorpusLexicon] is learned
// from: the 1-1 beads the aligner is confident in (those the learned
// table of one document learns from), as word stems. Samples of the
// documents of a corpus are made with Add, possibly on many machines,
// joined with Merge (in any order and grouping: the result is the same),
// and Learn learns the lexicon.
//
// A sample keeps at most 50,000 distinct sentence pairs, those of
// smallest hash, so that its size is bounded and every way of merging
// keeps the same ones; a sentence pair repeated across the corpus
// (boilerplate) counts once.
//
// The zero value is an empty sample; it takes the languages of the
// first document added or sample merged. A CorpusSample is not safe
// for concurrent use.
type CorpusSample struct {
	srcLang, tgtLang string
	hasLang          bool
	pairs            []stemPair
	sorted           bool // pairs are by hash, distinct, at most maxCorpusPairs
}

// stemPair is the distinct stems, sorted, of a source and a target
// sentence believed to translate each other.
type stemPair struct {
	hash     uint64
	src, tgt []string
}

func newStemPair(src, tgt []string) stemPair {
	h := fnv.New64a()
	for _, s := range src {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write([]byte{1})
	for _, t := range tgt {
		h.Write([]byte(t))
		h.Write([]byte{0})
	}
	return stemPair{h.Sum64(), src, tgt}
}

// Len returns the number of sentence pairs of the sample.
func (l *CorpusSample) Len() int {
	l.compact()
	return len(l.pairs)
}

// setLang takes the languages src and tgt, or refuses them when the
// sample has others.
func (l *CorpusSample) setLang(src, tgt string) error {
	if !l.hasLang {
		l.srcLang, l.tgtLang, l.hasLang = src, tgt, true
		return nil
	}
	if l.srcLang != src || l.tgtLang != tgt {
		return fmt.Errorf("%w: a lexicon sample of %q and %q given %q and %q", ErrInput, l.srcLang, l.tgtLang, src, tgt)
	}
	return nil
}

// Add adds the sentence pairs of the document pair of s that its
// alignment (s.Align) puts in 1-1 beads with a confidence of at least
// 0.5, the least posterior of a bead the learned table of one document
// learns from. It fails, adding nothing, when s aligns other languages
// than those of the sample.
func (l *CorpusSample) Add(s *Scorer) error {
	if err := l.setLang(s.src.lang, s.tgt.lang); err != nil {
		return err
	}
	for _, b := range s.Align() {
		if len(b.Src) != 1 || len(b.Tgt) != 1 || b.Excluded || b.Score < learnPosterior {
			continue
		}
		e := stemStrings(s.src, s.srcPos[b.Src[0]])
		f := stemStrings(s.tgt, s.tgtPos[b.Tgt[0]])
		if len(e) > 0 && len(f) > 0 {
			l.pairs = append(l.pairs, newStemPair(e, f))
			l.sorted = false
		}
	}
	if len(l.pairs) > 2*maxCorpusPairs {
		l.compact()
	}
	return nil
}

// stemStrings returns the distinct stems of sentence i of sd, sorted.
func stemStrings(sd *side, i int) []string {
	ids := groupStems(sd, []int{i})
	out := make([]string, len(ids))
	for k, id := range ids {
		out[k] = sd.stems[id]
	}
	slices.Sort(out)
	return out
}

// Merge adds the sentence pairs of o to l. It fails, adding nothing,
// when o has other languages.
func (l *CorpusSample) Merge(o *CorpusSample) error {
	if o == nil || !o.hasLang {
		return nil
	}
	if err := l.setLang(o.srcLang, o.tgtLang); err != nil {
		return err
	}
	l.pairs = append(l.pairs, o.pairs...)
	l.sorted = false
	if len(l.pairs) > 2*maxCorpusPairs {
		l.compact()
	}
	return nil
}

// compact sorts the pairs by hash and keeps the first maxCorpusPairs
// distinct ones.
func (l *CorpusSample) compact() {
	if l.sorted {
		return
	}
	slices.SortFunc(l.pairs, func(a, b stemPair) int {
		switch {
		case a.hash < b.hash:
			return -1
		case a.hash > b.hash:
			return 1
		}
		return 0
	})
	l.pairs = slices.CompactFunc(l.pairs, func(a, b stemPair) bool { return a.hash == b.hash })
	if len(l.pairs) > maxCorpusPairs {
		clear(l.pairs[maxCorpusPairs:])
		l.pairs = l.pairs[:maxCorpusPairs]
	}
	l.sorted = true
}

// Learn learns a lexicon from the sample as the aligner learns the table
// of one document: IBM Model 1 in both directions (15 EM iterations),
// keeping the word pairs seen together in at least two sentence pairs
// that both directions find likely. A sample of fewer than five
// sentence pairs gives an empty lexicon (of the sample's languages).
func (l *CorpusSample) Learn() *CorpusLexicon {
	l.compact()
	lex := &CorpusLexicon{srcLang: l.srcLang, tgtLang: l.tgtLang}
	var srcStems, tgtStems []string
	srcID, tgtID := map[string]int32{}, map[string]int32{}
	ids := func(stems []string, id map[string]int32, all *[]string) []int32 {
		out := make([]int32, len(stems))
		for k, s := range stems {
			n, ok := id[s]
			if !ok {
				n = int32(len(*all))
				id[s] = n
				*all = append(*all, s)
			}
			out[k] = n
		}
		slices.Sort(out)
		return out
	}
	var c bags
	size := 0
	for _, p := range l.pairs {
		c.e = append(c.e, ids(p.src, srcID, &srcStems))
		c.f = append(c.f, ids(p.tgt, tgtID, &tgtStems))
		size += len(p.src) * len(p.tgt)
	}
	learned := learnBags(c, size, len(srcStems), len(tgtStems), defaultParams.learnMin, int(defaultParams.learnIter))
	lex.entries = make([]lexEntry, len(learned))
	for k, p := range learned {
		lex.entries[k] = lexEntry{srcStems[p.src], tgtStems[p.tgt], p.score}
	}
	lex.index()
	return lex
}

// index sorts the entries and makes bySrc.
func (l *CorpusLexicon) index() {
	slices.SortFunc(l.entries, func(a, b lexEntry) int {
		if c := strings.Compare(a.src, b.src); c != 0 {
			return c
		}
		return strings.Compare(a.tgt, b.tgt)
	})
	l.bySrc = map[string][]lexEntry{}
	for i := 0; i < len(l.entries); {
		j := i + 1
		for j < len(l.entries) && l.entries[j].src == l.entries[i].src {
			j++
		}
		l.bySrc[l.entries[i].src] = l.entries[i:j:j]
		i = j
	}
}

// The binary forms of a Lexicon and a CorpusSample begin with these.
const (
	lexiconMagic = "fedele lexicon 1\n"
	sampleMagic  = "fedele lexicon sample 1\n"
)

// errBinary is wrapped by the errors of UnmarshalBinary.
var errBinary = errors.New("not a lexicon of this version, or a damaged one")

// MarshalBinary encodes the lexicon, for storing it or sending it to the
// workers of a pipeline (encoding.BinaryMarshaler).
func (l *CorpusLexicon) MarshalBinary() ([]byte, error) {
	b := []byte(lexiconMagic)
	b = appendString(b, l.srcLang)
	b = appendString(b, l.tgtLang)
	b = binary.AppendUvarint(b, uint64(len(l.entries)))
	for _, e := range l.entries {
		b = appendString(b, e.src)
		b = appendString(b, e.tgt)
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(e.score))
	}
	return b, nil
}

// UnmarshalBinary decodes a lexicon encoded by MarshalBinary
// (encoding.BinaryUnmarshaler), replacing l.
func (l *CorpusLexicon) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	d.magic(lexiconMagic)
	out := CorpusLexicon{srcLang: d.string(), tgtLang: d.string()}
	n := d.count(9) // the least bytes of an entry
	out.entries = make([]lexEntry, 0, n)
	for range n {
		e := lexEntry{src: d.string(), tgt: d.string(), score: d.float32()}
		if d.err == nil && !(e.score > 0 && e.score <= 1) {
			d.err = fmt.Errorf("a score of %v", e.score)
		}
		out.entries = append(out.entries, e)
	}
	if err := d.end(); err != nil {
		return fmt.Errorf("align: decoding a lexicon: %w", err)
	}
	out.index()
	*l = out
	return nil
}

// MarshalBinary encodes the sample, for sending it between the workers
// of a pipeline (encoding.BinaryMarshaler).
func (l *CorpusSample) MarshalBinary() ([]byte, error) {
	l.compact()
	b := []byte(sampleMagic)
	if l.hasLang {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendString(b, l.srcLang)
	b = appendString(b, l.tgtLang)
	b = binary.AppendUvarint(b, uint64(len(l.pairs)))
	for _, p := range l.pairs {
		for _, side := range [][]string{p.src, p.tgt} {
			b = binary.AppendUvarint(b, uint64(len(side)))
			for _, s := range side {
				b = appendString(b, s)
			}
		}
	}
	return b, nil
}

// UnmarshalBinary decodes a sample encoded by MarshalBinary
// (encoding.BinaryUnmarshaler), replacing l.
func (l *CorpusSample) UnmarshalBinary(data []byte) error {
	d := decoder{b: data}
	d.magic(sampleMagic)
	var out CorpusSample
	switch d.byte() {
	case 0:
	case 1:
		out.hasLang = true
	default:
		d.fail()
	}
	out.srcLang, out.tgtLang = d.string(), d.string()
	n := d.count(2) // the least bytes of a pair
	out.pairs = make([]stemPair, 0, n)
	for range n {
		var sides [2][]string
		for k := range sides {
			m := d.count(1)
			sides[k] = make([]string, 0, m)
			for range m {
				sides[k] = append(sides[k], d.string())
			}
		}
		out.pairs = append(out.pairs, newStemPair(sides[0], sides[1]))
	}
	if err := d.end(); err != nil {
		return fmt.Errorf("align: decoding a lexicon sample: %w", err)
	}
	*l = out
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// decoder reads the binary forms; its first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errBinary
	}
}

func (d *decoder) magic(m string) {
	if !strings.HasPrefix(string(d.b), m) {
		d.fail()
		return
	}
	d.b = d.b[len(m):]
}

func (d *decoder) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a number of items of at least least bytes each, refusing
// one that the rest of the input cannot hold.
func (d *decoder) count(least int) int {
	v := d.uvarint()
	if v > uint64(len(d.b)/least) {
		d.fail()
		return 0
	}
	return int(v)
}

func (d *decoder) string() string {
	n := d.uvarint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) float32() float32 {
	if d.err != nil || len(d.b) < 4 {
		d.fail()
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return v
}

// end returns the error, or one for bytes left over.
func (d *decoder) end() error {
	if d.err == nil && len(d.b) > 0 {
		d.fail()
	}
	return d.err
}
