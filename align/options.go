package align

import "github.com/fedele/fedele/internal/lexicon"

// Option configures Align and NewScorer.
type Option func(*options)

// EvidenceKind is a set of kinds of evidence, used to switch them off
// (see WithoutEvidence) and to label matched word pairs.
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
	// Learned is the translation table learned from the document pair.
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
	srcLang, tgtLang string
	dict             []lexicon.Entry
	builtin          bool
	evidence         EvidenceKind
	params           params
	cognate          cognateMeasure
	secondLook       bool
}

func defaultOptions() options {
	return options{
		maxBead:    3,
		builtin:    true,
		evidence:   AllEvidence,
		params:     defaultParams,
		cognate:    cognateLCSR,
		secondLook: true,
	}
}

// WithMaxBead sets the largest number of sentences on one side of a
// bead (default 3). Allowed beads are 1-0, 0-1, and n-k with
// n, k >= 1, min(n, k) <= 2 and n+k <= max+1: with 3, the beads 1-1,
// 1-2, 2-1, 2-2, 1-3 and 3-1. Values below 1 are read as 1 and above 6
// as 6.
func WithMaxBead(n int) Option {
	return func(o *options) { o.maxBead = min(max(n, 1), 6) }
}

// WithLanguages names the languages of the source and target sentences
// (ISO 639-1 codes such as "en", "it", "de", "fr"). They select the
// stemmers, the number conventions and the built-in dictionary (English
// and Italian, either direction). Unknown or empty codes are fine: the
// aligner then relies on the evidence that needs no language.
func WithLanguages(src, tgt string) Option {
	return func(o *options) { o.srcLang, o.tgtLang = src, tgt }
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

// WithoutEvidence switches off the given kinds of evidence (for
// measuring what each is worth, or to align by length alone).
func WithoutEvidence(k EvidenceKind) Option {
	return func(o *options) { o.evidence &^= k }
}

// WithoutSecondLook keeps the beads of the search as they are, without
// the second look that splits a doubtful 1-1 bead whose sentences say
// nothing of each other into an omission and an addition (for
// measurement).
func WithoutSecondLook() Option {
	return func(o *options) { o.secondLook = false }
}

// withParams replaces the tuned parameters (tests and tuning only).
func withParams(p params) Option {
	return func(o *options) { o.params = p }
}

// withCognate selects the cognate measure (tests and measurement only).
func withCognate(m cognateMeasure) Option {
	return func(o *options) { o.cognate = m }
}
