package align

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/lexicon"
)

// Option configures Align and NewScorer.
type Option func(*options)

// EvidenceKind is a set of kinds of evidence. A Match names the kind of
// evidence that paired its two words.
type EvidenceKind uint16

// Kinds of evidence.
const (
	// Length is the Gale-Church length model.
	Length EvidenceKind = 1 << iota
	// Numbers are numbers equal after locale normalization.
	Numbers
	// Identical are words spelled the same on both sides (names,
	// acronyms, web addresses, codes such as "GPT-5").
	Identical
	// Cognates are words of similar spelling ("nucleare", "nuclear").
	Cognates
	// Lexicon is the built-in or user dictionary.
	Lexicon
	// Learned is the translation table learned from the document pair,
	// or from a corpus (WithCorpusLexicon).
	Learned

	// AllEvidence is every kind of evidence.
	AllEvidence = Length | Numbers | Identical | Cognates | Lexicon | Learned
)

// String names the kind (or kinds, joined by "+").
func (k EvidenceKind) String() string {
	names := []string{"length", "numbers", "identical", "cognates", "lexicon", "learned"}
	s := ""
	for i, n := range names {
		if k&(1<<i) != 0 {
			if s != "" {
				s += "+"
			}
			s += n
		}
	}
	if s == "" {
		return "none"
	}
	return s
}

type options struct {
	maxBead          int
	srcTag, tgtTag   language.Tag
	srcLang, tgtLang string // their base language codes, such as "en"
	dict             []lexicon.Entry
	builtin          bool
	lexicon          *CorpusLexicon // learned from a corpus (WithCorpusLexicon)
	// excluded marks the sentences of each side that are not aligned
	// (WithExcluded).
	srcExcluded, tgtExcluded []bool
	// matches keeps the word matches in the beads' evidence (default;
	// see WithoutMatches).
	matches bool
	// What tests change: the evidence used, the tuned constants, the
	// cognate measure, the second look and the search's limits (see
	// options_test.go). Users have no option for them.
	evidence EvidenceKind
	params   params
	// cognate is the similarity of two folded words that finds cognates;
	// nil is the longest common subsequence ratio (token.LCSRatio).
	cognate    func(a, b string) float64
	secondLook bool
	limits     searchLimits
}

func defaultOptions() options {
	return options{
		maxBead:    5,
		builtin:    true,
		matches:    true,
		evidence:   AllEvidence,
		params:     defaultParams,
		secondLook: true,
		limits:     defaultLimits,
	}
}

// MaxBeadLimit is the largest value WithMaxBead accepts.
const MaxBeadLimit = 6

// WithMaxBead sets the largest number of sentences on one side of a
// bead (default 5). Allowed beads are 1-0, 0-1, the n-k with n, k >= 1,
// min(n, k) <= 2, n+k <= 5 and n+k <= max+1, and the 1-k and k-1 with
// k <= max: with 5, the beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4, 2-3,
// 3-2, 4-1, 1-5 and 5-1. A 1-4 or 1-5 bead is one sentence rendered as a
// list of short ones, or the reverse; it is considered only where the
// lengths allow it. A 2-3 or 3-2 bead is considered only across a soft
// boundary (a semicolon or colon, or a sentence in lower case). Values
// below 1 are read as 1 and above MaxBeadLimit as MaxBeadLimit.
func WithMaxBead(n int) Option {
	return func(o *options) { o.maxBead = min(max(n, 1), MaxBeadLimit) }
}

// WithLanguages sets the languages of the source and target sentences.
// They select the stemmers, the number conventions and the built-in
// dictionary (English and Italian, either direction). Other languages
// are fine: the aligner then relies on the evidence that needs no
// language.
func WithLanguages(src, tgt language.Tag) Option {
	return func(o *options) {
		o.srcTag, o.tgtTag = src, tgt
		o.srcLang, o.tgtLang = baseCode(src), baseCode(tgt)
	}
}

// baseCode is the lower-case language subtag of a tag ("en" of "en-GB"),
// "" for the undetermined language.
func baseCode(t language.Tag) string {
	if t == language.Und {
		return ""
	}
	base, _ := t.Base()
	return strings.ToLower(base.String())
}

// WithDictionary adds a user dictionary (see ReadDictionary) to the
// built-in one.
func WithDictionary(d *Dictionary) Option {
	return func(o *options) {
		if d != nil {
			o.dict = append(o.dict, d.entries...)
		}
	}
}

// WithoutBuiltinDictionary leaves the built-in dictionary out.
func WithoutBuiltinDictionary() Option {
	return func(o *options) { o.builtin = false }
}

// WithoutMatches leaves the word matches out of the beads that Align
// returns: each bead's Evidence keeps its Coverage and LengthCost, and
// Scorer.Matches gives the matches of any bead when they are wanted.
// The matches are most of the memory an alignment holds (about 64 bytes
// a matched word, some 170 MB for two 20 MB texts); a caller that reads
// the beads one at a time asks for them bead by bead instead.
func WithoutMatches() Option {
	return func(o *options) { o.matches = false }
}

// WithExcluded marks sentences that are not to be aligned, such as web
// boilerplate: src[i] set excludes source sentence i, tgt[j] target
// sentence j (a nil or short slice excludes nothing beyond its end).
// An excluded sentence takes no part in the evidence or the search; it
// comes back as a one-sided bead of its own, marked Excluded, in its
// place in the text order. Indices everywhere (beads, matches, Scorer
// methods) remain those of the full sentence lists.
func WithExcluded(src, tgt []bool) Option {
	return func(o *options) { o.srcExcluded, o.tgtExcluded = src, tgt }
}
