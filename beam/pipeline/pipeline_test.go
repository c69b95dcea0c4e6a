package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/batch"
)

// The tests run the pipeline on the Prism runner, in this process.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// output is what a run of the pipeline wrote.
type output struct {
	records, dead []string // the lines of all the shards, sorted
	summary       Summary
	lexicons      []string
}

// runPipeline runs the pipeline on input, writing under dir, and reads
// what it wrote.
func runPipeline(t *testing.T, input, dir string, lexicon bool) output {
	t.Helper()
	prefix := filepath.Join(dir, "out", "reports")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, Config{Input: input, Output: prefix, Lexicon: lexicon, Shards: 3, Workers: 2}); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	var out output
	for k := range 3 {
		out.records = append(out.records, readLines(t, fmt.Sprintf("%s-%05d-of-00003.jsonl", prefix, k))...)
		out.dead = append(out.dead, readLines(t, fmt.Sprintf("%s-deadletter-%05d-of-00003.jsonl", prefix, k))...)
	}
	slices.Sort(out.records)
	slices.Sort(out.dead)
	b, err := os.ReadFile(prefix + "-summary.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &out.summary); err != nil {
		t.Fatal(err)
	}
	if lexicon {
		out.lexicons = readLines(t, prefix+"-lexicons.tsv")
		slices.Sort(out.lexicons)
	}
	return out
}

// readLines returns the lines of a file, each with its line feed; a
// missing file fails the test.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for line := range strings.Lines(string(b)) {
		out = append(out, line)
	}
	return out
}

// runBatch builds examples/batch from the repository and runs it on
// input, returning its records, sorted.
func runBatch(t *testing.T, input, dir string) []string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "batch")
	build := exec.Command("go", "build", "-o", bin, "./examples/batch")
	build.Dir = root
	if msg, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building examples/batch: %v\n%s", err, msg)
	}
	outPath := filepath.Join(dir, "batch.jsonl")
	run := exec.Command(bin, "-quiet", "-o", outPath, input)
	msg, err := run.CombinedOutput()
	if code := run.ProcessState.ExitCode(); code != 1 { // 1: some pairs have error records
		t.Fatalf("examples/batch exited with %d (%v):\n%s", code, err, msg)
	}
	lines := readLines(t, outPath)
	slices.Sort(lines)
	return lines
}

// record is an output record as JSON, for the counts of a summary.
type record struct {
	ID     string `json:"id"`
	Error  string `json:"error"`
	Report *struct {
		Summary struct {
			SentenceCoverage float64        `json:"sentence_coverage"`
			Counts           map[string]int `json:"counts"`
			Verdict          string         `json:"verdict"`
		} `json:"summary"`
		Findings []struct {
			Severity string `json:"severity"`
		} `json:"findings"`
	} `json:"report"`
}

// summaryOfRecords counts the records as the summary should.
func summaryOfRecords(t *testing.T, lines []string) Summary {
	t.Helper()
	s := Summary{Verdicts: map[string]int{}, Findings: map[string]int{}, Severities: map[string]int{}}
	for _, line := range lines {
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		s.Pairs++
		if r.Report == nil {
			s.Failed++
			continue
		}
		s.Checked++
		s.Verdicts[r.Report.Summary.Verdict]++
		for k, n := range r.Report.Summary.Counts {
			s.Findings[k] += n
		}
		for _, f := range r.Report.Findings {
			s.Severities[f.Severity]++
		}
		s.Coverage[min(int(math.Floor(r.Report.Summary.SentenceCoverage*10)), 9)]++
	}
	return s
}

// TestPipelineMatchesBatch runs the pipeline without the lexicon on
// Prism, on a few hundred synthetic pairs and bad records of every
// kind, and checks that its records are byte for byte those of
// examples/batch on the same input, that the dead letters are exactly
// the bad pairs with the reasons of their error records, and that the
// summary counts the records.
func TestPipelineMatchesBatch(t *testing.T) {
	dir := t.TempDir()
	input, bad := testInput(t, dir, 300)
	want := runBatch(t, input, dir)
	got := runPipeline(t, input, dir, false)
	if diff := cmp.Diff(want, got.records); diff != "" {
		t.Errorf("records (-examples/batch +pipeline):\n%s", diff)
	}
	if len(got.records) != 300+len(bad) {
		t.Errorf("%d records, want %d", len(got.records), 300+len(bad))
	}

	errs := map[string]string{} // the error of each id's record
	for _, line := range want {
		var r record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		if r.Error != "" {
			errs[r.ID] = r.Error
		}
	}
	deadIDs := map[string]bool{}
	for _, line := range got.dead {
		var d deadLetter
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("dead letter %q: %v", line, err)
		}
		if deadIDs[d.ID] {
			t.Errorf("two dead letters of %q", d.ID)
		}
		deadIDs[d.ID] = true
		if d.Error == "" || d.Error != errs[d.ID] {
			t.Errorf("dead letter of %q says %q, its record %q", d.ID, d.Error, errs[d.ID])
		}
		if (d.Record == nil) == (d.Line == "") {
			t.Errorf("dead letter of %q: want the record or the line", d.ID)
		}
	}
	if diff := cmp.Diff(bad, deadIDs); diff != "" {
		t.Errorf("the ids of the dead letters (-bad pairs +dead letters):\n%s", diff)
	}

	if diff := cmp.Diff(summaryOfRecords(t, want), got.summary); diff != "" {
		t.Errorf("summary (-counted from the records +pipeline):\n%s", diff)
	}
	t.Logf("summary: %+v", got.summary)
}

// TestPipelineLexicon runs the pipeline with the lexicon on Prism and
// checks that its records are byte for byte those of batch.Checker
// given the lexicons learned on one machine from the same pairs: that
// the combiner's result does not depend on how Prism grouped the
// samples, and that each pair is checked with the lexicon of its
// languages.
func TestPipelineLexicon(t *testing.T) {
	dir := t.TempDir()
	input, _ := testInput(t, dir, 300)
	got := runPipeline(t, input, dir, true)

	// The same on one machine.
	f, err := os.Open(input)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := defaults{SourceLang: "en", TargetLang: "it"}
	var works []Work
	var want []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		p, err := batch.DecodePair(line)
		var res batch.Result
		if err == nil {
			src, tgt, err := d.checker().Texts(p)
			if err == nil {
				works = append(works, Work{Pair: p, Source: src, Target: tgt})
				continue
			}
			res = d.checker().Check(p)
		} else {
			res = batch.Result{ID: p.ID, Error: err.Error()}
		}
		rec, err := batch.Encode(res)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, string(rec))
	}
	samples := map[string]*align.CorpusSample{}
	for _, w := range works {
		b, key, err := sampleOf(w, d)
		if err != nil {
			t.Fatal(err)
		}
		if b == nil {
			continue
		}
		var s align.CorpusSample
		if err := s.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if samples[key] == nil {
			samples[key] = new(align.CorpusSample)
		}
		if err := samples[key].Merge(&s); err != nil {
			t.Fatal(err)
		}
	}
	lexicons := map[string]*align.CorpusLexicon{}
	var wantLex []string
	for key, s := range samples {
		lexicons[key] = s.Learn()
		wantLex = append(wantLex, fmt.Sprintf("%s\t%d word pairs\n", key, lexicons[key].Len()))
		if lexicons[key].Len() == 0 {
			t.Errorf("the lexicon of %q is empty", key)
		}
	}
	slices.Sort(wantLex)
	if diff := cmp.Diff([]string{"de\tfr", "en\tit"}, slices.Sorted(maps.Keys(samples))); diff != "" {
		t.Errorf("language pairs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantLex, got.lexicons); diff != "" {
		t.Errorf("lexicons (-one machine +pipeline):\n%s", diff)
	}
	for _, w := range works {
		fn := &checkFn{Langs: d, Workers: 1, lexicons: lexicons}
		if err := fn.StartBundle(nil, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
		var rec string
		err := fn.ProcessElement(w, nil, func(s string) { rec = s }, func(string) {}, func(Summary) {})
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, rec)
	}
	slices.Sort(want)
	if diff := cmp.Diff(want, got.records); diff != "" {
		t.Errorf("records (-one machine +pipeline):\n%s", diff)
	}
}
