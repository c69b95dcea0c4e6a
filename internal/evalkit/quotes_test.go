package evalkit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// quoteVerdicts are the verdicts a case may carry, in the README's order.
var quoteVerdicts = []string{"faithful", "loose", "intensified", "weakened", "altered", "spliced", "unsupported"}

// readmeCounts reads the table of counts per verdict of the README
// ("| faithful | 60 |" rows) and its "| total | N |" row.
func readmeCounts(path string) (map[string]int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("readme: %w", err)
	}
	row := regexp.MustCompile(`^\|\s*([a-z]+)\s*\|\s*([0-9]+)\s*\|\s*$`)
	counts := map[string]int{}
	for i, line := range strings.Split(string(data), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if _, dup := counts[m[1]]; dup {
			return nil, fmt.Errorf("readme line %d: %s counted twice", i+1, m[1])
		}
		n, err := strconv.Atoi(m[2])
		if err != nil {
			return nil, fmt.Errorf("readme line %d: %w", i+1, err)
		}
		counts[m[1]] = n
	}
	return counts, nil
}

// errQuote is wrapped by every complaint of checkQuoteCase.
var errQuote = errors.New("bad case")

// quotation returns the words between the one pair of quotation marks
// of an Italian sentence: «…», “…” or "…". Any other number of marks, or
// marks in the wrong order, is an error.
func quotation(target string) (string, error) {
	count := func(s string) int { return strings.Count(target, s) }
	guil, curly, straight := count("«")+count("»"), count("“")+count("”"), count(`"`)
	var open, close string
	switch {
	case guil == 2 && count("«") == 1 && curly == 0 && straight == 0:
		open, close = "«", "»"
	case curly == 2 && count("“") == 1 && guil == 0 && straight == 0:
		open, close = "“", "”"
	case straight == 2 && guil == 0 && curly == 0:
		open, close = `"`, `"`
	default:
		return "", fmt.Errorf("%w: want exactly one quotation, found «» %d, “” %d, \" %d marks", errQuote, guil, curly, straight)
	}
	_, rest, _ := strings.Cut(target, open)
	q, _, ok := strings.Cut(rest, close)
	if !ok {
		return "", fmt.Errorf("%w: the quotation is not closed", errQuote)
	}
	return q, nil
}

// checkQuoteCase checks one case against the rules of the README.
func checkQuoteCase(c QuoteCase) error {
	if !containsString(quoteVerdicts, c.Verdict) {
		return fmt.Errorf("%w: unknown verdict %q", errQuote, c.Verdict)
	}
	q, err := quotation(c.Target)
	if err != nil {
		return err
	}
	if n := len(strings.Fields(q)); n < 1 || n > 30 {
		return fmt.Errorf("%w: quotation of %d words, want 1 to 30", errQuote, n)
	}
	if c.Verdict != "faithful" && strings.TrimSpace(c.Note) == "" {
		return fmt.Errorf("%w: a %s case needs a note", errQuote, c.Verdict)
	}
	want := 1
	switch c.Verdict {
	case "unsupported":
		want = 0
	case "spliced":
		want = 2
	}
	if len(c.SourceWords) != want {
		return fmt.Errorf("%w: %d source word pieces for a %s case, want %d", errQuote, len(c.SourceWords), c.Verdict, want)
	}
	var at []int
	for _, p := range c.SourceWords {
		if strings.TrimSpace(p) != p || p == "" {
			return fmt.Errorf("%w: source word piece %q is empty or has spaces around it", errQuote, p)
		}
		switch strings.Count(c.Source, p) {
		case 0:
			return fmt.Errorf("%w: source word piece %q is not in the source", errQuote, p)
		case 1:
		default:
			return fmt.Errorf("%w: source word piece %q is in the source more than once", errQuote, p)
		}
		at = append(at, strings.Index(c.Source, p))
	}
	if len(at) == 2 {
		// The two pieces of a splice come from different sentences: a
		// sentence end lies between them.
		a, b := 0, 1
		if at[b] < at[a] {
			a, b = b, a
		}
		end := at[a] + len(c.SourceWords[a])
		if end > at[b] {
			return fmt.Errorf("%w: the two pieces of the splice overlap", errQuote)
		}
		if !strings.ContainsAny(c.Source[end:at[b]], ".?!") {
			return fmt.Errorf("%w: the two pieces of the splice are in one sentence", errQuote)
		}
	}
	return nil
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestQuoteCases(t *testing.T) {
	path, err := QuotesPath()
	if err != nil {
		t.Fatal(err)
	}
	cs, err := LoadQuoteCases(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := readmeCounts(filepath.Join(filepath.Dir(path), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != want["total"] {
		t.Errorf("%d cases, the README says %d", len(cs), want["total"])
	}
	got := map[string]int{}
	half := [2]int{}
	for i, c := range cs {
		line := i + 2 // the header is line 1, and the file has no blank lines
		if id := fmt.Sprintf("q%03d", i+1); c.ID != id {
			t.Errorf("line %d: id %q, want %q (every id once and in order)", line, c.ID, id)
		}
		if err := checkQuoteCase(c); err != nil {
			t.Errorf("line %d (%s): %v", line, c.ID, err)
		}
		got[c.Verdict]++
		if c.HeldOut() {
			half[1]++
		} else {
			half[0]++
		}
	}
	for _, v := range quoteVerdicts {
		if got[v] != want[v] {
			t.Errorf("%s: %d cases, the README says %d", v, got[v], want[v])
		}
	}
	if half[0]-half[1] > 1 || half[1]-half[0] > 1 {
		t.Errorf("development half %d cases, held-out half %d", half[0], half[1])
	}
}

func TestParseQuoteCases(t *testing.T) {
	head := quoteHeader + "\n"
	good := head + "q001\tfaithful\tIt was, um, boring.\t«Noioso», dice.\tboring\t\n" +
		"q002\tspliced\tWe grow. We stop.\t«Cresciamo… ci fermiamo», dice.\tWe grow | We stop\tjoined\n"
	cs, err := parseQuoteCases(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 || cs[0].Note != "" || len(cs[1].SourceWords) != 2 || cs[1].SourceWords[1] != "We stop" {
		t.Fatalf("parsed %+v", cs)
	}
	if cs[0].HeldOut() || !cs[1].HeldOut() {
		t.Errorf("HeldOut: q001 %v, q002 %v", cs[0].HeldOut(), cs[1].HeldOut())
	}
	for _, c := range cs {
		if err := checkQuoteCase(c); err != nil {
			t.Errorf("%s: %v", c.ID, err)
		}
	}
	for _, bad := range []struct{ in, line string }{
		{"", "no header"},
		{"id\tverdict\n", "line 1"},
		{head + "q001\tfaithful\tx\t«x»\tx\n", "line 2"},
		{head + "q001\tfaithful\tx\t«x»\tx\t\n\nq002\tfaithful\tx\t«x»\tx\t\n", "line 3"},
		{head + "q001\t\tx\t«x»\tx\t\n", "line 2: empty verdict"},
	} {
		if _, err := parseQuoteCases(strings.NewReader(bad.in)); err == nil || !strings.Contains(err.Error(), bad.line) {
			t.Errorf("parse %q: error %v, want one naming %q", bad.in, err, bad.line)
		}
	}
	// Cases the checker must refuse.
	for _, c := range []QuoteCase{
		{ID: "q1", Verdict: "wrong", Source: "a b.", Target: "«a»", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "faithful", Source: "a b.", Target: "«a» e «b»", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "faithful", Source: "a b.", Target: "«a\" b»", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "faithful", Source: "a b.", Target: "a b", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "faithful", Source: "a b.", Target: "«a»", SourceWords: []string{"c"}},
		{ID: "q1", Verdict: "faithful", Source: "a a.", Target: "«a»", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "altered", Source: "a b.", Target: "«a»", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "unsupported", Source: "a b.", Target: "«a»", Note: "n", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "spliced", Source: "a b.", Target: "«a»", Note: "n", SourceWords: []string{"a"}},
		{ID: "q1", Verdict: "spliced", Source: "a b.", Target: "«a b»", Note: "n", SourceWords: []string{"a", "b"}},
		{ID: "q1", Verdict: "faithful", Source: "a b.", Target: "»a«", SourceWords: []string{"a"}},
	} {
		if err := checkQuoteCase(c); !errors.Is(err, errQuote) {
			t.Errorf("%+v: error %v, want errQuote", c, err)
		}
	}
}

func ExampleLoadQuoteCases() {
	path, err := QuotesPath()
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, err := LoadQuoteCases(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	dev := 0
	for _, c := range cs {
		if !c.HeldOut() {
			dev++
		}
	}
	fmt.Printf("%d cases, %d in the development half\n", len(cs), dev)
	// Output: 200 cases, 100 in the development half
}
