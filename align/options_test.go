package align

import "golang.org/x/text/language"

// Options that only tests use: they change what users have no reason to
// change.

// withoutEvidence switches off the given kinds of evidence, to measure
// what each is worth.
func withoutEvidence(k EvidenceKind) Option {
	return func(o *options) { o.evidence &^= k }
}

// withoutSecondLook keeps the 1-1 beads of the search as they are,
// without the second look that splits a doubtful one into an omission
// and an addition.
func withoutSecondLook() Option {
	return func(o *options) { o.secondLook = false }
}

// withParams replaces the tuned parameters.
func withParams(p params) Option {
	return func(o *options) { o.params = p }
}

// withCognate selects the cognate measure (nil: token.LCSRatio).
func withCognate(m func(a, b string) float64) Option {
	return func(o *options) { o.cognate = m }
}

// withLimits replaces the search's limits.
func withLimits(l searchLimits) Option {
	return func(o *options) { o.limits = l }
}

// langs is WithLanguages for language codes ("en", "it").
func langs(src, tgt string) Option {
	return WithLanguages(language.Make(src), language.Make(tgt))
}
