package answerkey

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrInvalid is wrapped by every error that reports a key inconsistent
// with itself or with its texts.
var ErrInvalid = errors.New("answerkey: invalid key")

// The files of a pair, in the folder given to Load.
const (
	SourceFile = "en.txt"  // the transcript
	TargetFile = "it.txt"  // the article
	KeyFile    = "key.tsv" // the answer key
)

// header is the first line of a key that is not a comment.
const header = "type\tlabel\tclaim\tturns\tit\ten\tnote"

// sourceSep separates the excerpts of the en column.
const sourceSep = " | "

// Grade says where a target sentence comes from.
type Grade string

// The grades of a target sentence.
const (
	// Translation: renders specific source sentences closely.
	Translation Grade = "translation"
	// Summary: condenses or paraphrases source content, possibly from
	// several passages far apart.
	Summary Grade = "summary"
	// Editorial: has no source: a heading, the editor's framing, or
	// something the speaker never said.
	Editorial Grade = "editorial"
	// Boilerplate: metadata lines, disclaimers, teaser blocks.
	Boilerplate Grade = "boilerplate"
)

// Grades lists every grade, in the order of the constants.
var Grades = []Grade{Translation, Summary, Editorial, Boilerplate}

// Verdict judges a quotation against the source words it renders.
type Verdict string

// The verdicts on a quotation.
const (
	// Faithful: says what the speaker said.
	Faithful Verdict = "faithful"
	// Loose: meaning kept, wording free.
	Loose Verdict = "loose"
	// Intensified: an adverb, quantifier or judgement made stronger
	// (quite good → ottimo, some of them → tutti).
	Intensified Verdict = "intensified"
	// Weakened: made weaker (a clear risk → un rischio, we will →
	// potremmo).
	Weakened Verdict = "weakened"
	// Altered: a word in another sense, a number or a name changed,
	// negation or tense changed.
	Altered Verdict = "altered"
	// Spliced: stitched from separate turns.
	Spliced Verdict = "spliced"
	// Unsupported: the speaker never said it.
	Unsupported Verdict = "unsupported"
)

// Verdicts lists every verdict, in the order of the constants.
var Verdicts = []Verdict{Faithful, Loose, Intensified, Weakened, Altered, Spliced, Unsupported}

// Span is a byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Turn is a speaker turn of the transcript: a paragraph, "Name: text".
type Turn struct {
	// Speaker is the name before the first ": " of the paragraph, or
	// "" when the paragraph has none.
	Speaker string
	// Span is the paragraph's bytes in the transcript, from its first
	// to its last character that is not white space.
	Span
}

// Sentence is the truth about one sentence of the article.
type Sentence struct {
	// Text is the sentence, exactly as in the article.
	Text string
	// Span locates Text in the article.
	Span
	// Grade says where the sentence comes from.
	Grade Grade
	// Attributed reports that the sentence reports what the speaker said
	// or thinks ("X afferma che …", a quotation with "dice"). An
	// attributed sentence with no Source is a claim with no source.
	Attributed bool
	// Turns are the 1-based numbers of the transcript turns that Source
	// stands in, ascending; empty when Source is.
	Turns []int
	// Source holds the transcript passages the sentence draws on, in the
	// key's order; Spans locates each in the transcript.
	Source []string
	Spans  []Span
	// Quotations are the indices in Key.Quotations of the quotations of
	// the sentence, in order.
	Quotations []int
	// Note describes the line; not meant to be parsed.
	Note string
	// Line is the line of the key file.
	Line int
}

// Quotation is the truth about one quoted passage of the article.
type Quotation struct {
	// Text is the quoted words, exactly as between the quotation marks.
	Text string
	// Span locates Text in the article.
	Span
	// Sentence is the index in Key.Sentences of the sentence that holds
	// the quotation.
	Sentence int
	// Verdict judges the quotation.
	Verdict Verdict
	// Turns are the 1-based numbers of the turns that Source stands in.
	Turns []int
	// Source holds the transcript words the quotation renders (several
	// passages for a spliced quotation, none for an unsupported one);
	// Spans locates each in the transcript.
	Source []string
	Spans  []Span
	// Note names the words behind the verdict; not meant to be parsed.
	Note string
	// Line is the line of the key file.
	Line int
}

// Key is a loaded answer key with its two texts.
type Key struct {
	// Source is the transcript and Target the article, as read.
	Source, Target string
	// Turns are the turns of the transcript, in order; turn number n is
	// Turns[n-1].
	Turns []Turn
	// Sentences are every sentence of the article, in order.
	Sentences []Sentence
	// Quotations are every quotation of the article, in order.
	Quotations []Quotation
}

// Load reads the pair in dir (SourceFile, TargetFile, KeyFile) and
// parses its key.
func Load(dir string) (*Key, error) {
	src, err := os.ReadFile(filepath.Join(dir, SourceFile))
	if err != nil {
		return nil, fmt.Errorf("answerkey: %w", err)
	}
	tgt, err := os.ReadFile(filepath.Join(dir, TargetFile))
	if err != nil {
		return nil, fmt.Errorf("answerkey: %w", err)
	}
	f, err := os.Open(filepath.Join(dir, KeyFile))
	if err != nil {
		return nil, fmt.Errorf("answerkey: %w", err)
	}
	defer f.Close()
	return Parse(string(src), string(tgt), f)
}

// Parse parses a key against its source (the transcript) and target
// (the article) and checks it; see the package documentation for what
// is checked.
func Parse(source, target string, key io.Reader) (*Key, error) {
	k := &Key{Source: source, Target: target, Turns: Turns(source)}
	p := parser{k: k}
	sc := bufio.NewScanner(key)
	sc.Buffer(nil, 1<<20)
	seenHeader := false
	for n := 1; sc.Scan(); n++ {
		p.line = n
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if !seenHeader {
			if line != header {
				return nil, p.errorf("header %q, want %q", line, header)
			}
			seenHeader = true
			continue
		}
		if err := p.record(strings.Split(line, "\t")); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("answerkey: %s: %w", KeyFile, err)
	}
	if !seenHeader {
		return nil, fmt.Errorf("%w: %s: no header", ErrInvalid, KeyFile)
	}
	if err := p.covered(len(target)); err != nil {
		return nil, err
	}
	return k, nil
}

// parser holds the state of Parse.
type parser struct {
	k    *Key
	line int
	end  int // end in the target of the last sentence
	qEnd int // end in the target of the last quotation
}

func (p *parser) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s:%d: %s", ErrInvalid, KeyFile, p.line, fmt.Sprintf(format, args...))
}

// record parses one line of the key.
func (p *parser) record(f []string) error {
	if len(f) != 7 {
		return p.errorf("%d fields, want 7", len(f))
	}
	typ, label, claim, turnsField, text, enField, note := f[0], f[1], f[2], f[3], f[4], f[5], f[6]
	if text == "" {
		return p.errorf("empty it field")
	}
	turns, err := p.turns(turnsField)
	if err != nil {
		return err
	}
	source, spans, err := p.excerpts(enField)
	if err != nil {
		return err
	}
	if got := p.turnsOf(spans); !slices.Equal(got, turns) {
		return p.errorf("turns %v, but the excerpts stand in turns %v", turns, got)
	}
	switch typ {
	case "sentence":
		return p.sentence(label, claim, text, note, turns, source, spans)
	case "quote":
		if claim != "" {
			return p.errorf("a quote has no claim field, got %q", claim)
		}
		return p.quote(label, text, note, turns, source, spans)
	}
	return p.errorf("type %q, want sentence or quote", typ)
}

func (p *parser) sentence(label, claim, text, note string, turns []int, source []string, spans []Span) error {
	g := Grade(label)
	if !slices.Contains(Grades, g) {
		return p.errorf("grade %q, want one of %v", label, Grades)
	}
	if claim != "" && claim != "attributed" {
		return p.errorf("claim %q, want attributed or nothing", claim)
	}
	hasSource := len(source) > 0
	if wantSource := g == Translation || g == Summary; hasSource != wantSource {
		if wantSource {
			return p.errorf("a %s sentence needs a source", g)
		}
		return p.errorf("a %s sentence has no source, got %d excerpts", g, len(source))
	}
	start, err := once(p.k.Target, text, 0)
	if err != nil {
		return p.errorf("sentence %q %v in %s", clip(text), err, TargetFile)
	}
	if start < p.end {
		return p.errorf("sentence %q is not after the previous one", clip(text))
	}
	if gap := p.k.Target[p.end:start]; !blank(gap) {
		return p.errorf("text %q between sentences is not listed", clip(strings.TrimSpace(gap)))
	}
	p.end = start + len(text)
	p.qEnd = start
	p.k.Sentences = append(p.k.Sentences, Sentence{
		Text: text, Span: Span{start, start + len(text)}, Grade: g, Attributed: claim != "",
		Turns: turns, Source: source, Spans: spans, Note: note, Line: p.line,
	})
	return nil
}

func (p *parser) quote(label, text, note string, turns []int, source []string, spans []Span) error {
	v := Verdict(label)
	if !slices.Contains(Verdicts, v) {
		return p.errorf("verdict %q, want one of %v", label, Verdicts)
	}
	if len(p.k.Sentences) == 0 {
		return p.errorf("a quote before any sentence")
	}
	switch {
	case v == Unsupported && len(source) > 0:
		return p.errorf("an unsupported quotation has no source, got %d excerpts", len(source))
	case v != Unsupported && len(source) == 0:
		return p.errorf("a %s quotation needs a source", v)
	case v == Spliced && len(turns) < 2:
		return p.errorf("a spliced quotation needs sources in two turns or more, got %v", turns)
	}
	si := len(p.k.Sentences) - 1
	s := &p.k.Sentences[si]
	for _, t := range turns {
		if !slices.Contains(s.Turns, t) {
			return p.errorf("quotation source in turn %d, which its sentence (line %d) does not draw on", t, s.Line)
		}
	}
	i, err := once(s.Text, text, 0)
	if err != nil {
		return p.errorf("quotation %q %v in its sentence (line %d)", clip(text), err, s.Line)
	}
	start := s.Start + i
	if start < p.qEnd {
		return p.errorf("quotation %q is not after the previous one of its sentence", clip(text))
	}
	// A quotation of several sentences is listed by its part in each:
	// a part may run from the start of its sentence (the quotation opened
	// in the one before) or to its end (it goes on in the next).
	before, _ := utf8.DecodeLastRuneInString(s.Text[:i])
	after, _ := utf8.DecodeRuneInString(s.Text[i+len(text):])
	opens := i == 0 || strings.ContainsRune(openMarks, before)
	closes := i+len(text) == len(s.Text) || strings.ContainsRune(closeMarks, after)
	if !opens || !closes || i == 0 && i+len(text) == len(s.Text) {
		return p.errorf("quotation %q does not stand between quotation marks", clip(text))
	}
	p.qEnd = start + len(text)
	s.Quotations = append(s.Quotations, len(p.k.Quotations))
	p.k.Quotations = append(p.k.Quotations, Quotation{
		Text: text, Span: Span{start, start + len(text)}, Sentence: si, Verdict: v,
		Turns: turns, Source: source, Spans: spans, Note: note, Line: p.line,
	})
	return nil
}

// The marks a quotation of the key stands between.
const (
	openMarks  = "«\"“‘"
	closeMarks = "»\"”’"
)

// covered checks that nothing but white space follows the last sentence.
func (p *parser) covered(n int) error {
	if rest := p.k.Target[p.end:n]; !blank(rest) {
		return fmt.Errorf("%w: %s: text %q after the last sentence is not listed", ErrInvalid, KeyFile, clip(strings.TrimSpace(rest)))
	}
	if len(p.k.Sentences) == 0 {
		return fmt.Errorf("%w: %s: no sentence", ErrInvalid, KeyFile)
	}
	return nil
}

// turns parses a turns field: 1-based numbers, comma-separated,
// ascending, in range.
func (p *parser) turns(field string) ([]int, error) {
	if field == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(field, ",") {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, p.errorf("turn %q is not a number", f)
		}
		if n < 1 || n > len(p.k.Turns) {
			return nil, p.errorf("turn %d out of range 1..%d", n, len(p.k.Turns))
		}
		if len(out) > 0 && n <= out[len(out)-1] {
			return nil, p.errorf("turns %q not ascending", field)
		}
		out = append(out, n)
	}
	return out, nil
}

// excerpts parses an en field and locates each excerpt in the source.
func (p *parser) excerpts(field string) ([]string, []Span, error) {
	if field == "" {
		return nil, nil, nil
	}
	var words []string
	var spans []Span
	for _, e := range strings.Split(field, sourceSep) {
		open, close := strings.Count(e, "{"), strings.Count(e, "}")
		plain := strings.NewReplacer("{", "", "}", "").Replace(e)
		a, b := 0, len(plain)
		switch {
		case open == 0 && close == 0:
		case open == 1 && close == 1 && strings.Index(e, "{")+1 < strings.Index(e, "}"):
			a = strings.Index(e, "{")
			b = strings.Index(e, "}") - 1
		default:
			return nil, nil, p.errorf("excerpt %q: braces must mark one non-empty stretch", clip(e))
		}
		if strings.TrimSpace(plain) == "" {
			return nil, nil, p.errorf("empty excerpt")
		}
		i, err := once(p.k.Source, plain, 0)
		if err != nil {
			return nil, nil, p.errorf("excerpt %q %v in %s", clip(plain), err, SourceFile)
		}
		words = append(words, plain[a:b])
		spans = append(spans, Span{i + a, i + b})
		// The whole excerpt, context included, must stand in one turn.
		if t := p.k.TurnAt(i); t == 0 || p.k.Turns[t-1].End < i+len(plain) {
			return nil, nil, p.errorf("excerpt %q does not stand in one turn", clip(plain))
		}
	}
	return words, spans, nil
}

// turnsOf returns the ascending set of turns that hold the spans.
func (p *parser) turnsOf(spans []Span) []int {
	var out []int
	for _, sp := range spans {
		if t := p.k.TurnAt(sp.Start); t > 0 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	sort.Ints(out)
	return out
}

// once returns the offset of the only occurrence of sub in s at or after
// from, counting overlapping occurrences.
func once(s, sub string, from int) (int, error) {
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return 0, errors.New("does not occur")
	}
	i += from
	if strings.Contains(s[i+1:], sub) {
		return 0, errors.New("occurs more than once")
	}
	return i, nil
}

// blank reports whether s is only white space.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// clip shortens s for an error message.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Turns splits a transcript into its turns: paragraphs separated by
// blank lines, each "Name: text". A paragraph without a name before
// ": " on its first line is a turn with no speaker.
func Turns(text string) []Turn {
	var out []Turn
	start := -1 // start of the current paragraph, -1 between paragraphs
	last := 0   // end of the last line with text
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		line := text[pos:end]
		if blank(line) {
			if start >= 0 {
				out = append(out, newTurn(text, start, last))
				start = -1
			}
		} else {
			if start < 0 {
				start = pos + len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace))
			}
			last = pos + len(strings.TrimRightFunc(line, unicode.IsSpace))
		}
		pos = end + 1
	}
	if start >= 0 {
		out = append(out, newTurn(text, start, last))
	}
	return out
}

// maxSpeaker is the longest speaker name, in bytes, that Turns accepts
// before ": ".
const maxSpeaker = 60

func newTurn(text string, start, end int) Turn {
	t := Turn{Span: Span{start, end}}
	first := text[start:end]
	if nl := strings.IndexByte(first, '\n'); nl >= 0 {
		first = first[:nl]
	}
	if i := strings.Index(first, ": "); i > 0 && i <= maxSpeaker {
		t.Speaker = first[:i]
	}
	return t
}

// TurnAt returns the 1-based number of the turn that holds the source
// byte offset, or 0 when none does (the offset is between turns or out
// of range).
func (k *Key) TurnAt(offset int) int {
	i := sort.Search(len(k.Turns), func(i int) bool { return k.Turns[i].End > offset })
	if i < len(k.Turns) && k.Turns[i].Start <= offset {
		return i + 1
	}
	return 0
}

// SentenceAt returns the index in Sentences of the sentence that holds
// the target byte offset, or -1 when none does.
func (k *Key) SentenceAt(offset int) int {
	i := sort.Search(len(k.Sentences), func(i int) bool { return k.Sentences[i].End > offset })
	if i < len(k.Sentences) && k.Sentences[i].Start <= offset {
		return i
	}
	return -1
}
