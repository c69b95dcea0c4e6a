package fedele

import (
	"encoding/json"
	"fmt"
)

// Kind names what a finding is about. Its string form (for example
// "omission" or "number-mismatch") is stable: tools may rely on it.
type Kind int

// The kinds of finding, grouped as the report groups them.
const (
	// Omission: source sentences that have no counterpart in the target.
	Omission Kind = iota + 1
	// PartialOmission: a target sentence that says clearly less than its
	// source: much shorter than the source predicts, or a clause, number
	// or name of the source with no counterpart.
	PartialOmission
	// Addition: target sentences with no source, boilerplate included.
	Addition
	// Paraphrase: an aligned pair whose target renders its source
	// loosely; the finding carries the grade and the source words that
	// found no counterpart.
	Paraphrase
	// NumberMismatch: a number on one side with no equal on the other
	// (2.63 against 2,36; 40% against 4%; billion against milioni).
	NumberMismatch
	// NameMismatch: a name or acronym on one side only.
	NameMismatch
	// FalseFriend: a source word rendered by its target look-alike that
	// means something else (actually: attualmente).
	FalseFriend
	// Quotation: a quoted passage whose counterpart on the other side is
	// not quoted, or is quoted with different content.
	Quotation
	// Untranslated: a target sentence identical to, or mostly the same
	// words as, its source.
	Untranslated
	// WrongLanguage: a whole side that is not in the language it should
	// be, such as the two files swapped.
	WrongLanguage
	// UnbalancedQuotes: quotes, guillemets or brackets left open, closed
	// without opening, or closed by the wrong mark.
	UnbalancedQuotes
	// EndPunctuation: a pair whose final punctuation differs in kind
	// (a question against a statement).
	EndPunctuation
	// Whitespace: doubled spaces and similar spacing slips.
	Whitespace
	// InconsistentTypography: a document that mixes apostrophe or quote
	// styles.
	InconsistentTypography

	numKinds = iota + 1
)

// kindInfo is the fixed data of a kind: its stable name and its place in
// the industry's error typologies.
type kindInfo struct {
	name string
	// mqm is the MQM (Multidimensional Quality Metrics) issue type, as
	// "Dimension/Type".
	mqm string
	// its is the W3C ITS 2.0 locQualityIssueType value.
	its string
}

var kinds = [numKinds]kindInfo{
	Omission:               {"omission", "Accuracy/Omission", "omission"},
	PartialOmission:        {"partial-omission", "Accuracy/Omission", "omission"},
	Addition:               {"addition", "Accuracy/Addition", "addition"},
	Paraphrase:             {"paraphrase", "Accuracy/Mistranslation", "mistranslation"},
	NumberMismatch:         {"number-mismatch", "Accuracy/Mistranslation", "numbers"},
	NameMismatch:           {"name-mismatch", "Accuracy/Mistranslation", "inconsistent-entities"},
	FalseFriend:            {"false-friend", "Accuracy/Mistranslation", "mistranslation"},
	Quotation:              {"quotation", "Accuracy/Mistranslation", "mistranslation"},
	Untranslated:           {"untranslated", "Accuracy/Untranslated", "untranslated"},
	WrongLanguage:          {"wrong-language", "Accuracy/Untranslated", "untranslated"},
	UnbalancedQuotes:       {"unbalanced-quotes", "Fluency/Punctuation", "typographical"},
	EndPunctuation:         {"end-punctuation", "Fluency/Punctuation", "typographical"},
	Whitespace:             {"whitespace", "Fluency/Punctuation", "whitespace"},
	InconsistentTypography: {"inconsistent-typography", "Fluency/Inconsistency", "inconsistency"},
}

// Kinds returns every kind, in the order the report lists them.
func Kinds() []Kind {
	ks := make([]Kind, 0, numKinds-1)
	for k := Kind(1); k < numKinds; k++ {
		ks = append(ks, k)
	}
	return ks
}

func (k Kind) valid() bool { return k > 0 && k < numKinds }

// String returns the stable name of the kind, such as "omission".
func (k Kind) String() string {
	if !k.valid() {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kinds[k].name
}

// MQM returns the kind's issue type in the MQM typology, as
// "Dimension/Type" (for example "Accuracy/Omission").
func (k Kind) MQM() string {
	if !k.valid() {
		return ""
	}
	return kinds[k].mqm
}

// ITS returns the kind's W3C ITS 2.0 locQualityIssueType (for example
// "omission", "numbers", "typographical").
func (k Kind) ITS() string {
	if !k.valid() {
		return ""
	}
	return kinds[k].its
}

// ParseKind returns the kind whose stable name is s.
func ParseKind(s string) (Kind, error) {
	for k := Kind(1); k < numKinds; k++ {
		if kinds[k].name == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("fedele: unknown finding kind %q", s)
}

// MarshalText encodes the kind as its stable name.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.valid() {
		return nil, fmt.Errorf("fedele: invalid kind %d", int(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText decodes a kind from its stable name.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Severity grades a finding.
type Severity int

// Severities, from the least to the most serious.
const (
	// SeverityInfo is worth knowing, not necessarily wrong: boilerplate
	// left out, a loose rendering, a quotation mark added.
	SeverityInfo Severity = iota + 1
	// SeverityWarning asks an editor to look: a paraphrase, a heading
	// added, a number or name on one side only.
	SeverityWarning
	// SeverityError is a fault of the translation: content omitted or
	// added, a number changed, a false friend.
	SeverityError
)

var severityNames = [...]string{SeverityInfo: "info", SeverityWarning: "warning", SeverityError: "error"}

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	if s < SeverityInfo || s > SeverityError {
		return fmt.Sprintf("Severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity returns the severity named s ("info", "warning" or
// "error").
func ParseSeverity(s string) (Severity, error) {
	for v := SeverityInfo; v <= SeverityError; v++ {
		if severityNames[v] == s {
			return v, nil
		}
	}
	return 0, fmt.Errorf("fedele: unknown severity %q (want info, warning or error)", s)
}

// MarshalText encodes the severity as its name.
func (s Severity) MarshalText() ([]byte, error) {
	if s < SeverityInfo || s > SeverityError {
		return nil, fmt.Errorf("fedele: invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a severity from its name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Span is a stretch of one of the two input texts. Start and End are
// byte offsets into the ORIGINAL input, as given to [Check]; Line and
// Col (1-based, Col counted in characters) locate Start for people.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Text  string `json:"text"`
}

// Finding is one thing an editor should look at.
type Finding struct {
	Kind     Kind     `json:"kind"`
	Severity Severity `json:"severity"`
	// Message says what is wrong in words a translator understands.
	Message string `json:"message"`
	// Source and Target locate the finding; either may be empty (an
	// omission has no target, an addition no source).
	Source []Span `json:"source,omitempty"`
	Target []Span `json:"target,omitempty"`
	// Evidence is what the finding rests on.
	Evidence Evidence `json:"evidence"`

	// bead is the index of the alignment bead the finding comes from,
	// documentWide for the others; it orders the report.
	bead int
}

// documentWide is the bead of a finding about a whole document.
const documentWide = -1

// Evidence is the material behind a finding. Only the fields that matter
// to the finding's kind are set.
type Evidence struct {
	// Score is the similarity or confidence behind the finding, in [0, 1]
	// (for a paraphrase, how much of the pair's content matched; for an
	// omission, the aligner's confidence that the sentence is unaligned).
	Score float64 `json:"score"`
	// Grade is the paraphrase grade: faithful, loose, paraphrase or
	// unrelated.
	Grade Grade `json:"grade,omitempty"`
	// Unmatched lists source content words that found no counterpart.
	Unmatched []string `json:"unmatched,omitempty"`
	// SourceItems and TargetItems are the numbers, names or quoted words
	// that the finding compares.
	SourceItems []string `json:"source_items,omitempty"`
	TargetItems []string `json:"target_items,omitempty"`
	// LengthRatio is target length over the length the source predicts.
	LengthRatio float64 `json:"length_ratio,omitempty"`
	// Note is a short free-form remark.
	Note string `json:"note,omitempty"`
}

// Grade says how faithfully an aligned target renders its source.
type Grade string

// Grades, from the closest to the farthest.
const (
	GradeFaithful   Grade = "faithful"
	GradeLoose      Grade = "loose"
	GradeParaphrase Grade = "paraphrase"
	GradeUnrelated  Grade = "unrelated"
)

// MarshalJSON adds the kind's MQM and ITS categories to the encoding.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding
	return json.Marshal(struct {
		plain
		MQM string `json:"mqm"`
		ITS string `json:"its"`
	}{plain(f), f.Kind.MQM(), f.Kind.ITS()})
}
