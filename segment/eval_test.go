package segment

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// udSentence is one gold sentence of a UD treebank, as the TSV files of
// ../shared/eval/ud give it.
type udSentence struct {
	text   string
	newDoc bool // a document starts with it
	newPar bool // a document or a paragraph starts with it
}

// udSentences reads ud/<name>_dev.tsv: doc_id, par_id, sent_id, newdoc,
// newpar, space_after_last, text.
func udSentences(t testing.TB, name string) []udSentence {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(evalkit.DirOrSkip(t), "ud", name+"_dev.tsv"))
	if err != nil {
		t.Skip(err)
	}
	var out []udSentence
	for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			t.Fatalf("%s_dev.tsv line %d: %d columns, want 7", name, i+1, len(f))
		}
		out = append(out, udSentence{text: f[6], newDoc: f[3] == "1", newPar: f[3] == "1" || f[4] == "1"})
	}
	return out
}

// udSet reads a UD set: "isdt", "vit", "ewt", "gum", or "ewt1" and "ewt2",
// the two halves of EWT: its documents in file order, cut at the first
// document that starts in the second half of its sentences.
func udSet(t testing.TB, name string) []udSentence {
	half := name[len(name)-1]
	if half != '1' && half != '2' {
		return udSentences(t, name)
	}
	sents := udSentences(t, name[:len(name)-1])
	cut := len(sents)
	for i := len(sents) / 2; i < len(sents); i++ {
		if sents[i].newDoc {
			cut = i
			break
		}
	}
	if half == '1' {
		return sents[:cut]
	}
	return sents[cut:]
}

// joinGold joins gold sentences into one text: with one space, or, when
// paras is set, with a line break before each sentence that starts a
// paragraph. It returns the text and the gold boundaries: the end of
// every sentence but the last.
func joinGold(sents []udSentence, paras bool) (string, map[int]bool) {
	var b strings.Builder
	gold := make(map[int]bool)
	for i, s := range sents {
		if i > 0 {
			gold[b.Len()] = true
			if paras && s.newPar {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s.text)
	}
	return b.String(), gold
}

// endsInTerminal reports whether s ends with ".", "!", "?" or "…",
// followed or not by closing quotes and brackets.
func endsInTerminal(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// ceiling scores the segmenter that splits exactly after every gold
// sentence ending in terminal punctuation and nowhere else: what
// sentence-final punctuation allows. With paras, it also splits where a
// paragraph ends, as the text joined by lines shows.
func ceiling(sents []udSentence, gold map[int]bool, paras bool) boundaryScore {
	pred := make(map[int]bool)
	off := 0
	for i, s := range sents[:len(sents)-1] {
		off += len(s.text)
		if endsInTerminal(s.text) || paras && sents[i+1].newPar {
			pred[off] = true
		}
		off++
	}
	return scoreBoundaries(gold, pred)
}

var showMisses = flag.String("misses", "", "log the boundaries TestUD misses or invents on this set (isdt, vit, ewt, gum)")

// TestUD segments the development splits of four UD treebanks that were
// not used to write the rules, joined with one space and with paragraphs
// on lines of their own, and scores the sentence boundaries by offset
// (see ../shared/eval/README.md). It prints the table with the ceiling of
// each set: the score of splitting exactly after every gold sentence that
// ends in terminal punctuation.
//
// The rules of quotations and lower-case starts were tuned on ISDT and
// GUM, then on the first half of EWT for informal text ("ewt1"); VIT and
// the second half of EWT ("ewt2") are held out. The rules of detached
// closers, colon marks and stray marks were written from the misses of
// the whole of EWT, and so were the rules of lines that are paragraphs
// (no ruleLineJoin there; ruleLineGreeting), so "ewt2" is held out from
// the rules before them only (it moved from 86.8 to 87.0 joined by
// spaces and from 95.2 to 96.4 by lines; VIT did not move). The row of the whole of
// EWT mixes the two. The floors sit just under the figures.
func TestUD(t *testing.T) {
	type floors struct{ space, lines float64 }
	sets := []struct {
		name  string
		tag   language.Tag
		tuned bool
		floor floors
	}{
		{"isdt", language.Italian, true, floors{0.944, 0.944}},
		{"vit", language.Italian, false, floors{0.911, 0.911}},
		{"gum", language.English, true, floors{0.951, 0.980}},
		{"ewt1", language.English, true, floors{0.819, 0.910}},
		{"ewt2", language.English, false, floors{0.868, 0.962}},
		{"ewt", language.English, false, floors{0.844, 0.937}},
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-5s %-8s %-6s  %6s %6s %6s  %7s\n", "set", "role", "join", "P", "R", "F1", "ceiling")
	for _, set := range sets {
		sents := udSet(t, set.name)
		for _, paras := range []bool{false, true} {
			text, gold := joinGold(sents, paras)
			got := New(set.tag).Split(text)
			checkSentences(t, text, got)
			pred := make(map[int]bool)
			for _, s := range got {
				if s.End < len(text) {
					pred[s.End] = true
				}
			}
			s := scoreBoundaries(gold, pred)
			c := ceiling(sents, gold, paras)
			join, floor := "space", set.floor.space
			if paras {
				join, floor = "lines", set.floor.lines
			}
			role := "held-out"
			switch {
			case set.tuned:
				role = "tuned"
			case set.name == "ewt":
				role = "both"
			}
			fmt.Fprintf(&table, "%-5s %-8s %-6s  %6.1f %6.1f %6.1f  %7.1f\n", set.name, role, join, 100*s.p, 100*s.r, 100*s.f1, 100*c.f1)
			if *showMisses == set.name {
				logMisses(t, text, gold, pred)
			}
			if s.f1 < floor {
				t.Errorf("%s joined by %s: F1 %.4f, want at least %.3f", set.name, join, s.f1, floor)
			}
		}
	}
	t.Log(table.String())
}

// logMisses logs, in text order, the boundaries invented and those missed
// after terminal punctuation (the others are beyond the ceiling).
func logMisses(t *testing.T, text string, gold, pred map[int]bool) {
	var all []int
	for b := range gold {
		if !pred[b] && endsInTerminal(text[:b]) {
			all = append(all, b)
		}
	}
	for b := range pred {
		if !gold[b] {
			all = append(all, -b)
		}
	}
	slices.SortFunc(all, func(a, b int) int { return cmpAbs(a) - cmpAbs(b) })
	for _, b := range all {
		what := "missed"
		if b < 0 {
			what, b = "extra ", -b
		}
		t.Logf("%s %q | %q", what, text[max(0, b-60):b], text[b:min(len(text), b+40)])
	}
}

func cmpAbs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}
