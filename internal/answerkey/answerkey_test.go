package answerkey

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/segment"
)

// interviewDirs are the bundled pairs, from this package's folder:
// the first, on which the reorganized mode was developed, and four more
// written for the project after it, each on another topic.
var interviewDirs = []string{
	filepath.Join("..", "..", "testdata", "interview"),
	filepath.Join("..", "..", "testdata", "interview2"),
	filepath.Join("..", "..", "testdata", "interview3"),
	filepath.Join("..", "..", "testdata", "interview4"),
	filepath.Join("..", "..", "testdata", "interview5"),
}

// forEachPair runs test on every bundled pair, as a subtest named after
// its folder.
func forEachPair(t *testing.T, test func(t *testing.T, k *Key)) {
	for _, dir := range interviewDirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			k, err := Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			test(t, k)
		})
	}
}

// TestInterviewKey checks every bundled key against what a pair must
// hold: a long transcript, a full article, and every kind of quotation.
func TestInterviewKey(t *testing.T) {
	forEachPair(t, checkKey)
}

func checkKey(t *testing.T, k *Key) {
	if n := len(k.Turns); n < 150 {
		t.Errorf("%d turns, want at least 150", n)
	}
	speakers := map[string]int{}
	for i, tu := range k.Turns {
		if tu.Speaker == "" {
			t.Errorf("turn %d has no speaker: %q", i+1, clip(k.Source[tu.Start:tu.End]))
		}
		speakers[tu.Speaker]++
	}
	if len(speakers) != 2 {
		t.Errorf("speakers %v, want two", speakers)
	}
	if n := len(k.Sentences); n < 60 || n > 100 {
		t.Errorf("%d sentences, want 60 to 100", n)
	}
	grades := map[Grade]int{}
	unsourcedClaims := 0
	for _, s := range k.Sentences {
		grades[s.Grade]++
		if s.Attributed && len(s.Source) == 0 && len(s.Quotations) == 0 {
			unsourcedClaims++
		}
	}
	for _, g := range Grades {
		if grades[g] == 0 {
			t.Errorf("no %s sentence", g)
		}
	}
	if unsourcedClaims == 0 {
		t.Error("no attributed claim with no source")
	}
	if n := len(k.Quotations); n < 20 {
		t.Errorf("%d quotations, want at least 20", n)
	}
	verdicts := map[Verdict]int{}
	marks := map[string]int{}
	oneWord, severalSentences, ellipsis := 0, 0, 0
	for _, q := range k.Quotations {
		verdicts[q.Verdict]++
		open, _ := utf8.DecodeLastRuneInString(k.Target[:q.Start])
		marks[string(open)]++
		if !strings.ContainsAny(q.Text, " ’'") {
			oneWord++
		}
		// A quotation of several sentences is listed by its parts, the
		// first running to the end of its sentence.
		if s := k.Sentences[q.Sentence]; q.End == s.End {
			severalSentences++
		}
		if q.Verdict == Spliced && strings.Contains(q.Text, "…") {
			ellipsis++
		}
		if q.Verdict != Faithful && q.Note == "" {
			t.Errorf("line %d: a %s quotation with no note", q.Line, q.Verdict)
		}
	}
	for _, v := range Verdicts {
		if verdicts[v] == 0 {
			t.Errorf("no %s quotation", v)
		}
	}
	for _, m := range []string{"«", "\"", "“"} {
		if marks[m] == 0 {
			t.Errorf("no quotation opened by %s", m)
		}
	}
	if oneWord == 0 || severalSentences == 0 || ellipsis == 0 {
		t.Errorf("one-word quotations %d, of several sentences %d, spliced with an ellipsis %d; want some of each",
			oneWord, severalSentences, ellipsis)
	}
	t.Logf("%d turns, %d sentences %v, %d quotations %v", len(k.Turns), len(k.Sentences), grades, len(k.Quotations), verdicts)
}

// TestInterviewSegments checks that the sentences of every bundled key
// are the sentences segment finds in its article, so that an evaluation
// can compare the checker's target sentences with the key's one by one.
func TestInterviewSegments(t *testing.T) {
	forEachPair(t, checkSegments)
}

func checkSegments(t *testing.T, k *Key) {
	var got, want []string
	for _, s := range segment.New(language.Italian).Split(k.Target) {
		got = append(got, fmt.Sprintf("%d-%d %s", s.Start, s.End, clip(s.Text)))
	}
	for _, s := range k.Sentences {
		want = append(want, fmt.Sprintf("%d-%d %s", s.Start, s.End, clip(s.Text)))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("segment's sentences differ from the key's (-key +segment):\n%s", diff)
	}
}

// A small pair for the validation tests: three turns, two sentences.
const (
	smallSrc = "Host: Is the water good?\n\nGuest: It's quite good. Not perfect.\n\nHost: Thanks."
	smallTgt = "L’acqua è «ottima», dice.\nAvvertenza: nulla.\n"
)

func smallKey(lines ...string) string {
	return "# comment\n" + header + "\n" + strings.Join(lines, "\n") + "\n"
}

var (
	sentence1 = "sentence\tsummary\tattributed\t2\tL’acqua è «ottima», dice.\tIt's quite good.\t"
	quote1    = "quote\tintensified\t\t2\tottima\tIt's {quite good}\tquite good → ottima"
	sentence2 = "sentence\tboilerplate\t\t\tAvvertenza: nulla.\t\tdisclaimer"
)

func TestParseSmall(t *testing.T) {
	k, err := Parse(smallSrc, smallTgt, strings.NewReader(smallKey(sentence1, quote1, sentence2)))
	if err != nil {
		t.Fatal(err)
	}
	wantTurns := []Turn{
		{Speaker: "Host", Span: Span{0, 24}},
		{Speaker: "Guest", Span: Span{26, 62}},
		{Speaker: "Host", Span: Span{64, 77}},
	}
	if diff := cmp.Diff(wantTurns, k.Turns); diff != "" {
		t.Errorf("turns (-want +got):\n%s", diff)
	}
	wantSentences := []Sentence{
		{Text: "L’acqua è «ottima», dice.", Span: Span{0, 30}, Grade: Summary, Attributed: true,
			Turns: []int{2}, Source: []string{"It's quite good."}, Spans: []Span{{33, 49}}, Quotations: []int{0}, Line: 3},
		{Text: "Avvertenza: nulla.", Span: Span{31, 49}, Grade: Boilerplate, Note: "disclaimer", Line: 5},
	}
	if diff := cmp.Diff(wantSentences, k.Sentences); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	wantQuotes := []Quotation{{Text: "ottima", Span: Span{15, 21}, Sentence: 0, Verdict: Intensified,
		Turns: []int{2}, Source: []string{"quite good"}, Spans: []Span{{38, 48}}, Note: "quite good → ottima", Line: 4}}
	if diff := cmp.Diff(wantQuotes, k.Quotations); diff != "" {
		t.Errorf("quotations (-want +got):\n%s", diff)
	}
	for _, q := range k.Quotations {
		if got := k.Target[q.Start:q.End]; got != q.Text {
			t.Errorf("quotation span holds %q, want %q", got, q.Text)
		}
		for i, sp := range q.Spans {
			if got := k.Source[sp.Start:sp.End]; got != q.Source[i] {
				t.Errorf("source span holds %q, want %q", got, q.Source[i])
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	replace := func(line, old, new string) string { return strings.Replace(line, old, new, 1) }
	tests := []struct {
		name string
		key  string
		want string // in the error message
	}{
		{"no header", "sentence\tsummary\n", "header"},
		{"empty", "", "no header"},
		{"no sentence", smallKey(), "not listed"},
		{"fields", smallKey("sentence\tsummary"), "2 fields"},
		{"type", smallKey(replace(sentence1, "sentence", "line"), sentence2), "type"},
		{"grade", smallKey(replace(sentence1, "summary", "paraphrase"), sentence2), "grade"},
		{"verdict", smallKey(sentence1, replace(quote1, "intensified", "stronger"), sentence2), "verdict"},
		{"claim", smallKey(replace(sentence1, "attributed", "yes"), sentence2), "claim"},
		{"claim on a quote", smallKey(sentence1, replace(quote1, "intensified\t", "intensified\tattributed"), sentence2), "no claim"},
		{"sentence left out", smallKey(sentence1), "after the last sentence"},
		{"sentence between left out", smallKey(sentence2), "between sentences"},
		{"sentence twice", smallKey(sentence1, sentence1, sentence2), "not after"},
		{"sentence order", smallKey(sentence2, sentence1), "between sentences"},
		{"sentence absent", smallKey(replace(sentence1, "dice", "disse"), sentence2), "does not occur"},
		{"excerpt absent", smallKey(replace(sentence1, "It's quite good.", "It's very good."), sentence2), "does not occur"},
		{"excerpt twice", smallKey(replace(sentence1, "It's quite good.", "Host"), sentence2), "more than once"},
		{"braces", smallKey(sentence1, replace(quote1, "{quite good}", "{quite} {good}"), sentence2), "braces"},
		{"empty braces", smallKey(sentence1, replace(quote1, "{quite good}", "{}quite good"), sentence2), "braces"},
		{"turn out of range", smallKey(replace(sentence1, "\t2\t", "\t4\t"), sentence2), "out of range"},
		{"turn not a number", smallKey(replace(sentence1, "\t2\t", "\ttwo\t"), sentence2), "not a number"},
		{"turns not ascending", smallKey(replace(sentence1, "\t2\t", "\t2,1\t"), sentence2), "not ascending"},
		{"turns wrong", smallKey(replace(sentence1, "\t2\t", "\t1\t"), sentence2), "stand in turns [2]"},
		{"summary with no source", smallKey(replace(replace(sentence1, "It's quite good.", ""), "\t2\t", "\t\t"), sentence2), "needs a source"},
		{"boilerplate with a source", smallKey(sentence1, replace(replace(sentence2, "\t\tdisclaimer", "\tNot perfect.\tdisclaimer"), "\t\t\tAvv", "\t\t2\tAvv")), "has no source"},
		{"quote first", smallKey(quote1, sentence1, sentence2), "before any sentence"},
		{"quote absent", smallKey(sentence1, replace(quote1, "\tottima\t", "\tottimo\t"), sentence2), "does not occur"},
		{"quote not between marks", smallKey(sentence1, replace(quote1, "\tottima\t", "\tottim\t"), sentence2), "quotation marks"},
		{"quote source elsewhere", smallKey(sentence1, replace(replace(quote1, "It's {quite good}", "Thanks"), "\t2\t", "\t3\t"), sentence2), "does not draw on"},
		{"unsupported with a source", smallKey(sentence1, replace(quote1, "intensified", "unsupported"), sentence2), "has no source"},
		{"faithful with no source", smallKey(sentence1, replace(replace(quote1, "It's {quite good}", ""), "\t2\t", "\t\t"), sentence2), "needs a source"},
		{"spliced in one turn", smallKey(sentence1, replace(quote1, "intensified", "spliced"), sentence2), "two turns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(smallSrc, smallTgt, strings.NewReader(tt.key))
			if err == nil {
				t.Fatalf("no error, want one with %q", tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

// An excerpt must stand inside a turn: here it takes in the white space
// before the first.
func TestParseOutsideTurns(t *testing.T) {
	key := smallKey(strings.Replace(sentence1, "It's quite good.", " Host: Is", 1), sentence2)
	_, err := Parse(" "+smallSrc, smallTgt, strings.NewReader(key))
	if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "one turn") {
		t.Errorf("error %v, want one about a turn", err)
	}
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(t.TempDir())
	if err == nil || errors.Is(err, ErrInvalid) {
		t.Errorf("Load of an empty folder: %v, want a file error", err)
	}
}

func TestTurns(t *testing.T) {
	tests := []struct {
		in   string
		want []Turn
	}{
		{"", nil},
		{"\n\n  \n", nil},
		{"A: one\ntwo\n\n\n  B: three  \n", []Turn{{"A", Span{0, 10}}, {"B", Span{15, 23}}}},
		{"no speaker here\n\nX:not a name: yes", []Turn{{"", Span{0, 15}}, {"X:not a name", Span{17, 34}}}},
		{"\r\nA: one\r\n\r\nB: two", []Turn{{"A", Span{2, 8}}, {"B", Span{12, 18}}}},
		{"A: \xff\xfe\n\nB: ok", []Turn{{"A", Span{0, 5}}, {"B", Span{7, 12}}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Turns(tt.in)); diff != "" {
			t.Errorf("Turns(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestAt(t *testing.T) {
	k, err := Parse(smallSrc, smallTgt, strings.NewReader(smallKey(sentence1, quote1, sentence2)))
	if err != nil {
		t.Fatal(err)
	}
	turns := []struct{ off, want int }{{-1, 0}, {0, 1}, {23, 1}, {24, 0}, {25, 0}, {26, 2}, {61, 2}, {62, 0}, {64, 3}, {76, 3}, {77, 0}, {1000, 0}}
	for _, tt := range turns {
		if got := k.TurnAt(tt.off); got != tt.want {
			t.Errorf("TurnAt(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
	sents := []struct{ off, want int }{{-1, -1}, {0, 0}, {29, 0}, {30, -1}, {31, 1}, {48, 1}, {49, -1}}
	for _, tt := range sents {
		if got := k.SentenceAt(tt.off); got != tt.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", tt.off, got, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(smallSrc, smallTgt, smallKey(sentence1, quote1, sentence2))
	f.Add("A: x", "y", header+"\nsentence\teditorial\t\t\ty\t\t\n")
	f.Add("A: {x}", "«y»", header+"\nsentence\tsummary\t\t1\t«y»\t{x}}\t\nquote\tloose\t\t1\ty\tx\t\n")
	f.Fuzz(func(t *testing.T, src, tgt, key string) {
		k, err := Parse(src, tgt, strings.NewReader(key))
		if err != nil {
			return
		}
		// A key that parses locates everything it holds.
		for _, s := range k.Sentences {
			if tgt[s.Start:s.End] != s.Text {
				t.Fatalf("sentence span %v holds %q, want %q", s.Span, tgt[s.Start:s.End], s.Text)
			}
		}
		for _, q := range k.Quotations {
			if tgt[q.Start:q.End] != q.Text {
				t.Fatalf("quotation span %v holds %q, want %q", q.Span, tgt[q.Start:q.End], q.Text)
			}
			for i, sp := range q.Spans {
				if src[sp.Start:sp.End] != q.Source[i] {
					t.Fatalf("source span %v holds %q, want %q", sp, src[sp.Start:sp.End], q.Source[i])
				}
			}
		}
	})
}
