package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/fedele/fedele"
)

func TestDecodePair(t *testing.T) {
	tests := []struct {
		line string
		want Pair
		err  string // a substring of the error, "" for none
	}{
		{`{"id":"a","source":"a.en","target":"a.it"}`, Pair{ID: "a", Source: "a.en", Target: "a.it"}, ""},
		{`{"id": 17, "source_text": "Hi.", "target_text": "Ciao.", "source_lang": "en", "target_lang": "it", "mode": "translation"}` + "\n",
			Pair{ID: "17", SourceText: "Hi.", TargetText: "Ciao.", SourceLang: "en", TargetLang: "it", Mode: "translation"}, ""},
		{`{"id":"b","presegmented":true}`, Pair{ID: "b", Presegmented: true}, ""},
		{"\ufeff{\"id\":\"bom\"}\r\n", Pair{ID: "bom"}, ""},
		// The id is kept for the error record when the rest is wrong.
		{`{"id":"c","source_lng":"en"}`, Pair{ID: "c"}, `unknown field "source_lng"`},
		{`{"source":"a.en"}`, Pair{Source: "a.en"}, `no "id"`},
		{`{"id":["x"]}`, Pair{}, `not a string or a number`},
		{`{"id":"d"} {"id":"e"}`, Pair{ID: "d"}, "more than one JSON value"},
		{`not json`, Pair{}, "invalid character"},
	}
	for _, tt := range tests {
		p, err := DecodePair([]byte(tt.line))
		if diff := cmp.Diff(tt.want, p); diff != "" {
			t.Errorf("DecodePair(%s) (-want +got):\n%s", tt.line, diff)
		}
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("DecodePair(%s): %v", tt.line, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err) || !errors.Is(err, ErrRecord)):
			t.Errorf("DecodePair(%s) error %v, want one wrapping ErrRecord with %q", tt.line, err, tt.err)
		}
	}
}

func TestEncode(t *testing.T) {
	report, err := fedele.Check("The plant opens in March. It employs <400> people.", "L'impianto apre a marzo. Impiega <400> persone.")
	if err != nil {
		t.Fatal(err)
	}
	line, err := Encode(Result{ID: "x\n1", Report: report})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(line, []byte("\n")) != 1 || line[len(line)-1] != '\n' {
		t.Fatalf("record is not one line: %q", line)
	}
	if !bytes.HasPrefix(line, []byte(`{"id":"x\n1","report":{"mode":`)) || !bytes.Contains(line, []byte("<400>")) {
		t.Errorf("record %.200s", line)
	}
	// The report in the record is the report WriteJSON writes.
	var inRecord struct{ Report json.RawMessage }
	if err := json.Unmarshal(line, &inRecord); err != nil {
		t.Fatal(err)
	}
	var written bytes.Buffer
	report.WriteJSON(&written)
	var a, b any
	json.Unmarshal(inRecord.Report, &a)
	json.Unmarshal(written.Bytes(), &b)
	if diff := cmp.Diff(b, a); diff != "" {
		t.Errorf("report in the record differs from WriteJSON's (-WriteJSON +record):\n%s", diff)
	}
	line, _ = Encode(Result{ID: "y", Error: "the source is empty"})
	if string(line) != `{"id":"y","error":"the source is empty"}`+"\n" {
		t.Errorf("error record %q", line)
	}
	if id, isError, ok := recordID(line); !ok || !isError || id != "y" {
		t.Errorf("recordID = %q, %v, %v", id, isError, ok)
	}
}

func TestCheckerCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	en := write("a.en", "The plant opens in March.\nIt will employ 400 people.\n")
	it := write("a.it", "L'impianto apre a marzo.\nImpiegherà 400 persone.\n")
	latin1 := write("b.it", "L'impianto apre a marzo.\nPerch\xe9 no?\n")
	png := write("c.it", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	missing := filepath.Join(dir, "none.it")

	tests := []struct {
		name      string
		pair      Pair
		err       string // a substring of the error record, "" for a report
		sentences int    // of the target, when there is a report
	}{
		{"files", Pair{ID: "1", Source: en, Target: it}, "", 2},
		{"inline", Pair{ID: "2", SourceText: "The plant opens in March.", TargetText: "L'impianto apre a marzo."}, "", 1},
		{"lone CR presegmented", Pair{ID: "3", SourceText: "One line\rTwo line\rThree line", TargetText: "Una riga\rDue righe\rTre righe", Presegmented: true}, "", 3},
		{"missing file", Pair{ID: "4", Source: en, Target: missing}, "reading the target: open " + missing, 0},
		{"latin-1", Pair{ID: "5", Source: en, Target: latin1}, "the target " + latin1 + " is not valid UTF-8 (byte 0xe9 at line 2, column 6", 0},
		{"binary", Pair{ID: "6", Source: en, Target: png}, "looks like a binary file (a PNG image)", 0},
		{"empty inline", Pair{ID: "7", SourceText: "Hello.", TargetText: " \n"}, "the target has no text", 0},
		{"nothing", Pair{ID: "8"}, "the source is empty", 0},
		{"both path and text", Pair{ID: "9", Source: en, SourceText: "x", Target: it}, "give source or source_text, not both", 0},
		{"bad language", Pair{ID: "10", Source: en, Target: it, TargetLang: "not a tag"}, "bad target_lang", 0},
		{"unknown mode", Pair{ID: "11", Source: en, Target: it, Mode: "loose"}, `unknown mode "loose"`, 0},
		{"reorganized", Pair{ID: "12", Source: en, Target: it, Mode: "reorganized"}, "", 2},
	}
	var c Checker
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := c.Check(tt.pair)
			if res.ID != tt.pair.ID {
				t.Errorf("id %q, want %q", res.ID, tt.pair.ID)
			}
			if tt.err != "" {
				if res.Report != nil || !strings.Contains(res.Error, tt.err) {
					t.Errorf("result %+v, want error with %q", res, tt.err)
				}
				if strings.Contains(res.Error, "bad input") {
					t.Errorf("error repeats the sentinel: %q", res.Error)
				}
				return
			}
			if res.Error != "" || res.Report == nil {
				t.Fatalf("error %q", res.Error)
			}
			if got := res.Report.Target.Sentences; got != tt.sentences {
				t.Errorf("%d target sentences, want %d", got, tt.sentences)
			}
			if want := fedele.Mode(tt.pair.Mode); want != "" && res.Report.Mode != want {
				t.Errorf("mode %s, want %s", res.Report.Mode, want)
			}
		})
	}
}

func TestCheckerOptionsAndMode(t *testing.T) {
	c := Checker{Options: []fedele.Option{fedele.WithMode(fedele.ModeReorganized)}}
	pair := Pair{ID: "x", SourceText: "The plant opens in March. It will employ 400 people.", TargetText: "L'impianto apre a marzo. Impiegherà 400 persone."}
	if res := c.Check(pair); res.Error != "" || res.Report.Mode != fedele.ModeReorganized {
		t.Errorf("the Checker's mode not used: %+v", res)
	}
	pair.Mode = "translation"
	if res := c.Check(pair); res.Error != "" || res.Report.Mode != fedele.ModeTranslation {
		t.Errorf("the pair's mode not used: %+v", res)
	}
}

func TestCheckerReadFileAndLanguages(t *testing.T) {
	files := map[string]string{"de": "Das Werk öffnet im März.", "fr": "L'usine ouvre en mars."}
	c := Checker{
		ReadFile: func(name string) ([]byte, error) {
			if s, ok := files[name]; ok {
				return []byte(s), nil
			}
			return nil, os.ErrNotExist
		},
		SourceLang: language.German, TargetLang: language.French,
	}
	res := c.Check(Pair{ID: "x", Source: "de", Target: "fr"})
	if res.Error != "" {
		t.Fatal(res.Error)
	}
	if res.Report.Source.Lang != "de" || res.Report.Target.Lang != "fr" || res.Report.Target.Name != "fr" {
		t.Errorf("documents %+v %+v", res.Report.Source, res.Report.Target)
	}
}

// slowCheck returns a Check that takes longer for earlier pairs, so that
// results come back out of order, and that fails if a pair is checked
// while more than window pairs are held.
func slowCheck(t *testing.T, written func() int, window int) func(Pair) Result {
	var c Checker
	return func(p Pair) Result {
		var seq int
		fmt.Sscanf(p.ID, "p%d", &seq)
		if held := seq - written() + 1; held > window {
			t.Errorf("pair %d checked with %d pairs held, window %d", seq, held, window)
		}
		time.Sleep(time.Duration(seq%4) * time.Millisecond)
		return c.Check(p)
	}
}

// countingWriter counts the lines written to it.
type countingWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	lines int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.lines += bytes.Count(p, []byte("\n"))
	return w.buf.Write(p)
}

func (w *countingWriter) count() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.lines
}

// ids returns the ids of the records in out.
func ids(t *testing.T, out []byte) []string {
	t.Helper()
	var got []string
	for line := range bytes.Lines(out) {
		var r struct {
			ID     string          `json:"id"`
			Report json.RawMessage `json:"report"`
			Error  string          `json:"error"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatalf("bad record %q: %v", line, err)
		}
		if (r.Report == nil) == (r.Error == "") {
			t.Fatalf("record with neither or both of report and error: %.200s", line)
		}
		got = append(got, r.ID)
	}
	return got
}

func wantIDs(from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, fmt.Sprintf("p%05d", i))
	}
	return out
}

func TestRunConcurrentOrderAndWindow(t *testing.T) {
	const n, window = 60, 5
	in := syntheticInput(n, 1)
	var out countingWriter
	var progress []int
	r := Runner{Workers: 3, Window: window, Check: slowCheck(t, out.count, window),
		Progress: func(st Stats) { progress = append(progress, st.Resumed+st.Checked) }}
	st, err := r.Run(context.Background(), bytes.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Checked: n}) {
		t.Errorf("stats %+v", st)
	}
	if diff := cmp.Diff(wantIDs(0, n), ids(t, out.buf.Bytes())); diff != "" {
		t.Errorf("records out of order (-want +got):\n%s", diff)
	}
	if len(progress) != n+1 || progress[0] != 0 || progress[n] != n {
		t.Errorf("progress %v", progress)
	}

	// The same input on one worker gives the same bytes.
	var one bytes.Buffer
	if _, err := (&Runner{Workers: 1}).Run(context.Background(), bytes.NewReader(in), &one); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes(), out.buf.Bytes()) {
		t.Error("one worker and three write different records")
	}
}

func TestRunBadPairs(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","source_text":"The plant opens in March.","target_text":"L'impianto apre a marzo."}`,
		``,
		`not json`,
		`{"id":"c","source":"/nonexistent/c.en","target":"/nonexistent/c.it"}`,
		`{"id":"d","source_text":"Hello.","target_text":"Perch\u00e9 no.","sorce_lang":"en"}`,
		`{"id":"e","source_text":"The plant opens in March.","target_text":"L'impianto apre a marzo."}`,
	}, "\n") // no line end after the last record
	var out bytes.Buffer
	st, err := (&Runner{Workers: 2}).Run(context.Background(), strings.NewReader(in), &out)
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Checked: 5, Failed: 3}) {
		t.Errorf("stats %+v", st)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	want := []string{`{"id":"a","report":`, `{"id":"","error":"batch: bad record: invalid character`,
		`{"id":"c","error":"reading the source: open /nonexistent/c.en`, `{"id":"d","error":"batch: bad record: json: unknown field \"sorce_lang\""`,
		`{"id":"e","report":`}
	if len(lines) != len(want) {
		t.Fatalf("%d records:\n%s", len(lines), out.String())
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("record %d: %.120s\nwant it to start with %s", i, lines[i], w)
		}
	}
}

// TestRunCancelAndResume cancels a run midway, then resumes it from its
// output, and checks that the result is the output of a run never
// stopped.
func TestRunConcurrentCancelAndResume(t *testing.T) {
	const n = 40
	in := syntheticInput(n, 2)
	var whole bytes.Buffer
	if _, err := (&Runner{Workers: 2}).Run(context.Background(), bytes.NewReader(in), &whole); err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "out.jsonl")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := Runner{Workers: 2, Window: 4, Progress: func(st Stats) {
		if st.Checked == 15 {
			cancel()
		}
	}}
	st, err := r.Run(ctx, bytes.NewReader(in), f)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled run: %v", err)
	}
	f.Close()
	first, _ := os.ReadFile(path)
	if got := len(ids(t, first)); got != st.Checked || got < 15 || got >= n {
		t.Fatalf("cancelled run wrote %d records, stats %+v", got, st)
	}
	// A torn record, as a run killed in the middle of a write leaves.
	torn := append(first, `{"id":"p000`...)
	if err := os.WriteFile(path, torn, 0o644); err != nil {
		t.Fatal(err)
	}

	f, err = os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	done, err := Resume(f)
	if err != nil {
		t.Fatal(err)
	}
	st2, err := (&Runner{Workers: 2, Done: done}).Run(context.Background(), bytes.NewReader(in), f)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if st2.Resumed != st.Checked || st2.Resumed+st2.Checked != n {
		t.Errorf("first run %+v, resumed run %+v", st, st2)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, whole.Bytes()) {
		t.Errorf("resumed output differs from a whole run's:\n%s", cmp.Diff(ids(t, whole.Bytes()), ids(t, got)))
	}
}

func TestRunResumedErrorsCount(t *testing.T) {
	in := `{"id":"a","source_text":"","target_text":"Ciao."}
{"id":"b","source_text":"Hello.","target_text":"Ciao."}
{"id":"c","source_text":"Hello.","target_text":""}
`
	var whole bytes.Buffer
	if _, err := (&Runner{}).Run(context.Background(), strings.NewReader(in), &whole); err != nil {
		t.Fatal(err)
	}
	first, _, _ := bytes.Cut(whole.Bytes(), []byte("\n"))
	st, err := (&Runner{Done: bytes.NewReader(append(first, '\n'))}).Run(context.Background(), strings.NewReader(in), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if st != (Stats{Resumed: 1, Checked: 2, Failed: 2}) {
		t.Errorf("stats %+v, want the resumed error record counted", st)
	}
}

func TestRunDoneMismatch(t *testing.T) {
	in := syntheticInput(3, 3)
	rec := func(id string) string { l, _ := Encode(Result{ID: id, Error: "x"}); return string(l) }
	tests := []struct{ name, done, err string }{
		{"other ids", rec("p00000") + rec("q1"), `record 2 is of pair "q1", but pair 2 of the input is "p00001"`},
		{"more records", rec("p00000") + rec("p00001") + rec("p00002") + rec("p00003"), "more records than the input"},
		{"not a record", "hello\n", "line 1 is not a record"},
		{"the input itself", string(in), "line 1 is not a record"},
		{"torn", rec("p00000") + `{"id":"p0`, "record 2 is not complete"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		_, err := (&Runner{Done: strings.NewReader(tt.done)}).Run(context.Background(), bytes.NewReader(in), &out)
		if !errors.Is(err, ErrMismatch) || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: wrote %q", tt.name, out.String())
		}
	}
}

func TestResumeFiles(t *testing.T) {
	dir := t.TempDir()
	for name, tt := range map[string]struct{ in, kept string }{
		"empty":           {"", ""},
		"complete":        {"a\nb\n", "a\nb\n"},
		"torn":            {"a\nb\n{\"id\":", "a\nb\n"},
		"only torn":       {"{\"id\":\"x\"", ""},
		"long torn tail":  {"a\n" + strings.Repeat("x", 200_000), "a\n"},
		"long last entry": {strings.Repeat("y", 200_000) + "\n", strings.Repeat("y", 200_000) + "\n"},
	} {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
		os.WriteFile(p, []byte(tt.in), 0o644)
		f, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Resume(f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, _ := io.ReadAll(r)
		f.Close()
		onDisk, _ := os.ReadFile(p)
		if string(got) != tt.kept || string(onDisk) != tt.kept {
			t.Errorf("%s: reader %d bytes, file %d bytes, want %d", name, len(got), len(onDisk), len(tt.kept))
		}
	}
}

// failingWriter fails after n writes.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.n == 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

func TestRunWriteError(t *testing.T) {
	in := syntheticInput(30, 4)
	st, err := (&Runner{Workers: 2, Window: 3}).Run(context.Background(), bytes.NewReader(in), &failingWriter{n: 5})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v", err)
	}
	if st.Checked != 5 {
		t.Errorf("stats %+v", st)
	}
}

func TestSyntheticPairsHaveFindings(t *testing.T) {
	// The generator must make pairs worth checking: some faithful, some
	// not.
	rng := rand.New(rand.NewPCG(5, 1))
	verdicts := map[fedele.Verdict]int{}
	for range 40 {
		src, tgt := syntheticPair(rng)
		r, err := fedele.Check(src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		verdicts[r.Summary.Verdict]++
	}
	if verdicts[fedele.VerdictFaithful] == 0 || verdicts[fedele.VerdictUnfaithful] == 0 {
		t.Errorf("verdicts %v", verdicts)
	}
}

// FuzzDecodePair checks that any line decodes without panic, and that
// a pair that decodes comes back the same after encoding.
func FuzzDecodePair(f *testing.F) {
	f.Add([]byte(`{"id":"a","source":"a.en","target":"a.it"}`))
	f.Add([]byte(`{"id": 17, "source_text": "Hi.", "target_text": "Ciao.", "presegmented": true}`))
	f.Add([]byte("\ufeff{\"id\":\"x\"}"))
	f.Fuzz(func(t *testing.T, line []byte) {
		p, err := DecodePair(line)
		if err != nil {
			if !errors.Is(err, ErrRecord) {
				t.Fatalf("error %v does not wrap ErrRecord", err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		q, err := DecodePair(b)
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Fatalf("round trip of %q (-first +second):\n%s", line, diff)
		}
	})
}
