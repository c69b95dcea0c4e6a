package segment

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/evalkit"
)

// display shows a sentence as the example program prints it: trimmed,
// every run of white space that holds a line break shown as one space.
func display(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\n\r\u0085\u2028") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if n := lineBreakLen(s, i); n > 0 {
			// Drop the white space on both sides of the line break.
			str := strings.TrimRightFunc(b.String(), isHorizontalSpace)
			b.Reset()
			b.WriteString(str)
			i += n
			for i < len(s) && spaceLen(s, i) > 0 {
				i += spaceLen(s, i)
			}
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

func isHorizontalSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == 0xA0
}

type goldenRule struct {
	Name     string   `json:"name"`
	Input    string   `json:"input"`
	Expected []string `json:"expected"`
}

func readGoldenRules(t *testing.T, lang string) []goldenRule {
	t.Helper()
	f, err := os.Open(filepath.Join(evalkit.DirOrSkip(t), "segmentation", "golden_"+lang+".jsonl"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var cases []goldenRule
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c goldenRule
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("golden_%s.jsonl: %v", lang, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestGoldenRules runs the "Golden Rules" of pragmatic_segmenter. A case
// passes when the sentences, trimmed of surrounding white space, are
// exactly the expected ones (the floors apply to this count). The test
// also counts the cases that pass when sentences are shown as the example
// program shows them, inner line breaks as a space: the expected output
// of the cases of text pasted from a PDF joins the lines, while a
// Sentence keeps the input as it is.
func TestGoldenRules(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		tag   language.Tag
		floor int
	}{
		{"it", language.Italian, 36},
		{"en", language.English, 50},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			cases := readGoldenRules(t, tc.lang)
			seg := New(tc.tag)
			exact, shown := 0, 0
			for _, c := range cases {
				var raw, disp []string
				for _, s := range seg.Split(c.Input) {
					raw = append(raw, strings.TrimSpace(s.Text))
					disp = append(disp, display(s.Text))
				}
				want := strings.Join(c.Expected, "\x00")
				if strings.Join(raw, "\x00") == want {
					exact++
				}
				if strings.Join(disp, "\x00") == want {
					shown++
				} else {
					t.Logf("fails %s\n input %q\n want %q\n got  %q", c.Name, c.Input, c.Expected, disp)
				}
			}
			t.Logf("Golden Rules %s: %d/%d pass exactly, %d/%d with inner line breaks shown as a space", tc.lang, exact, len(cases), shown, len(cases))
			if exact < tc.floor {
				t.Errorf("Golden Rules %s: %d/%d pass, want at least %d", tc.lang, exact, len(cases), tc.floor)
			}
		})
	}
}

// pudSentences reads the gold sentences of pud_<lang>.tsv.
func pudSentences(t testing.TB, lang string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(evalkit.DirOrSkip(t), "ud-pud", "pud_"+lang+".tsv"))
	if err != nil {
		t.Skip(err)
	}
	var sents []string
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i == 0 && strings.HasPrefix(line, "sent_id\t") {
			continue
		}
		_, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("pud_%s.tsv line %d: no tab", lang, i+1)
		}
		sents = append(sents, text)
	}
	return sents
}

type boundaryScore struct {
	tp, pred, gold int
	p, r, f1       float64
}

// scoreBoundaries scores the predicted sentence ends against the gold
// ones, by offset; the end of the text is not counted.
func scoreBoundaries(gold, pred map[int]bool) boundaryScore {
	s := boundaryScore{pred: len(pred), gold: len(gold)}
	for b := range pred {
		if gold[b] {
			s.tp++
		}
	}
	if s.pred > 0 {
		s.p = float64(s.tp) / float64(s.pred)
	}
	if s.gold > 0 {
		s.r = float64(s.tp) / float64(s.gold)
	}
	if s.p+s.r > 0 {
		s.f1 = 2 * s.p * s.r / (s.p + s.r)
	}
	return s
}

// TestPUD joins the gold sentences of UD PUD (whole file) with one space,
// segments the text, and scores the sentence boundaries by offset.
func TestPUD(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		tag   language.Tag
		floor float64
	}{
		{"it", language.Italian, 0.998},
		{"en", language.English, 0.998},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			sents := pudSentences(t, tc.lang)
			text := strings.Join(sents, " ")
			gold := make(map[int]bool)
			off := 0
			for _, s := range sents[:len(sents)-1] {
				off += len(s)
				gold[off] = true
				off++
			}
			got := New(tc.tag).Split(text)
			pred := make(map[int]bool)
			for _, s := range got {
				if s.End < len(text) {
					pred[s.End] = true
				}
			}
			for b := range pred {
				if !gold[b] {
					t.Logf("extra boundary: %q | %q", text[max(0, b-50):b], text[b:min(len(text), b+30)])
				}
			}
			for b := range gold {
				if !pred[b] {
					t.Logf("missed boundary: %q | %q", text[max(0, b-50):b], text[b:min(len(text), b+30)])
				}
			}
			s := scoreBoundaries(gold, pred)
			t.Logf("UD PUD %s: precision %.4f recall %.4f F1 %.2f%% (%d correct, %d predicted, %d gold)",
				tc.lang, s.p, s.r, 100*s.f1, s.tp, s.pred, s.gold)
			if s.f1 < tc.floor {
				t.Errorf("UD PUD %s: F1 %.4f, want at least %.3f", tc.lang, s.f1, tc.floor)
			}
		})
	}
}
