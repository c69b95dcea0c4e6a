package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fedele/fedele/batch"
)

// input writes n pair records with inline texts of a dozen sentences
// each to a file and returns its path.
func input(t *testing.T, dir string, n int) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		var src, tgt strings.Builder
		for j := range 12 {
			fmt.Fprintf(&src, "The plant number %d will employ %d people in March. ", j, i*7+j)
			if i%10 == 3 && j == 5 {
				continue // an omission, now and then
			}
			fmt.Fprintf(&tgt, "L'impianto numero %d impiegherà %d persone a marzo. ", j, i*7+j)
		}
		enc.Encode(batch.Pair{ID: fmt.Sprintf("p%04d", i), SourceText: src.String(), TargetText: tgt.String()})
	}
	p := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// reference returns the records of an uninterrupted run.
func reference(t *testing.T, in string) []byte {
	t.Helper()
	var out, stderr bytes.Buffer
	if st := run([]string{"-quiet", in}, nil, &out, &stderr); st != 0 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	return out.Bytes()
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.it")
	os.WriteFile(bad, []byte("Perch\xe9 no?\n"), 0o644)
	good := `{"id":"a","source_text":"The plant opens in March.","target_text":"L'impianto apre a marzo."}` + "\n"
	withBad := good + `{"id":"b","source_text":"Why not?","target":"` + bad + `"}` + "\n"
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string // a substring of standard output
		stderr string // a substring of standard error
	}{
		{"standard input", nil, good, 0, `{"id":"a","report":{"mode":"translation"`, "batch: 1 pair from standard input: 1 checked"},
		{"dash", []string{"-quiet", "-"}, good, 0, `{"id":"a","report":`, ""},
		{"languages", []string{"-src-lang", "de", "-tgt-lang", "fr"}, good, 0, `"source":{"lang":"de"`, ""},
		{"a bad pair", []string{"-workers", "2"}, withBad, 1, `{"id":"b","error":"the target ` + bad + ` is not valid UTF-8 (byte 0xe9 at line 1, column 6;`, "1 with errors"},
		{"missing input", []string{filepath.Join(dir, "none.jsonl")}, "", 2, "", "batch: open "},
		{"two inputs", []string{"a", "b"}, "", 2, "", "one input file at most"},
		{"no workers", []string{"-workers", "0"}, "", 2, "", "-workers 0"},
		{"bad language", []string{"-src-lang", "??"}, "", 2, "", "bad -src-lang"},
		{"unwritable output", []string{"-o", filepath.Join(dir, "no", "out.jsonl")}, good, 2, "", "no such file or directory"},
		{"learn from standard input", []string{"-learn"}, good, 2, "", "-learn reads the input twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			st := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if st != tt.status {
				t.Errorf("status %d, want %d; stderr: %s", st, tt.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%.300s", tt.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, stderr.String())
			}
			if strings.Contains(stderr.String(), "\r") {
				t.Errorf("progress bar drawn on a non-terminal: %q", stderr.String())
			}
		})
	}
}

func TestRunOtherOutput(t *testing.T) {
	dir := t.TempDir()
	in := input(t, dir, 3)
	other := filepath.Join(dir, "other.jsonl")
	os.WriteFile(other, []byte(`{"id":"x","report":{}}`+"\n"), 0o644)
	var stderr bytes.Buffer
	if st := run([]string{"-o", other, in}, nil, nil, &stderr); st != 2 {
		t.Errorf("status %d", st)
	}
	if !strings.Contains(stderr.String(), `record 1 is of pair "x", but pair 1 of the input is "p0000"`) {
		t.Errorf("stderr: %s", stderr.String())
	}
	if b, _ := os.ReadFile(other); string(b) != `{"id":"x","report":{}}`+"\n" {
		t.Errorf("the other output was changed: %q", b)
	}
	// The input given as output is refused, not taken for done.
	stderr.Reset()
	if st := run([]string{"-o", in, in}, nil, nil, &stderr); st != 2 || !strings.Contains(stderr.String(), "is not a record") {
		t.Errorf("status %d: %s", st, stderr.String())
	}
}

// build builds the program and returns its path.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "batch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// lines counts the line ends in the file at path.
func lines(path string) int {
	b, _ := os.ReadFile(path)
	return bytes.Count(b, []byte("\n"))
}

// TestKillAndResume stops a real run midway with each signal, starts it
// again with the same output, and checks that the output is that of a
// run never stopped: no pair lost, none repeated, no record torn.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program as a process")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no signals but kill on Windows")
	}
	bin := build(t)
	dir := t.TempDir()
	const n = 1500
	in := input(t, dir, n)
	want := reference(t, in)

	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			cmd := exec.Command(bin, "-workers", "1", "-o", out, in)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(time.Minute)
			for lines(out) < 20 && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("stopped run ended with %v", err)
			}
			if sig != syscall.SIGKILL {
				if code := exit.ExitCode(); code != 128+int(sig) {
					t.Errorf("exit status %d, want %d", code, 128+int(sig))
				}
				if !strings.Contains(stderr.String(), "run the same command again to resume") {
					t.Errorf("stderr: %s", stderr.String())
				}
			}
			done := lines(out)
			if done == 0 || done >= n {
				t.Fatalf("%d of %d records written before the signal: not midway", done, n)
			}
			t.Logf("%v after %d of %d records", sig, done, n)

			stderr.Reset()
			cmd = exec.Command(bin, "-workers", "2", "-o", out, in)
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("resumed run: %v\n%s", err, stderr.String())
			}
			if !strings.Contains(stderr.String(), fmt.Sprintf("%d pairs from %s: %d checked", n, in, n-done)) {
				t.Errorf("resumed run did not resume after %d: %s", done, stderr.String())
			}
			got, _ := os.ReadFile(out)
			if !bytes.Equal(got, want) {
				t.Errorf("output after resuming differs from an uninterrupted run's (%d and %d bytes)", len(got), len(want))
			}
		})
	}
}

// TestTornRecord resumes from an output whose last record was cut in
// the middle, as a run killed while writing leaves it.
func TestTornRecord(t *testing.T) {
	dir := t.TempDir()
	in := input(t, dir, 6)
	want := reference(t, in)
	out := filepath.Join(dir, "out.jsonl")
	// Three records whole, and half of the fourth.
	cut := 0
	for range 3 {
		cut += bytes.IndexByte(want[cut:], '\n') + 1
	}
	os.WriteFile(out, want[:cut+40], 0o644)
	var stderr bytes.Buffer
	if st := run([]string{"-o", out, in}, nil, nil, &stderr); st != 0 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	if !strings.Contains(stderr.String(), "3 checked") || !strings.Contains(stderr.String(), "3 done before") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Errorf("output:\n%.500s", got)
	}
}

// TestLearn runs with -learn: every pair gets its record, in order, and a
// resumed run writes the same records (the lexicon learned again is the
// same).
func TestLearn(t *testing.T) {
	dir := t.TempDir()
	in := input(t, dir, 30)
	var out, stderr bytes.Buffer
	if st := run([]string{"-learn", "-workers", "2", in}, nil, &out, &stderr); st != 0 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	if !strings.Contains(stderr.String(), "batch: learning from the 30 pairs of "+in) {
		t.Errorf("standard error: %s", stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 30 {
		t.Fatalf("%d records, want 30", len(lines))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, fmt.Sprintf(`{"id":"p%04d","report":`, i)) {
			t.Fatalf("record %d: %.80s", i, l)
		}
	}
	// Half the records done: the rest, written by a run that learns
	// again, are those of the whole run.
	outPath := filepath.Join(dir, "out.jsonl")
	os.WriteFile(outPath, []byte(strings.Join(lines[:15], "\n")+"\n"), 0o644)
	stderr.Reset()
	if st := run([]string{"-learn", "-quiet", "-workers", "1", "-o", outPath, in}, nil, nil, &stderr); st != 0 {
		t.Fatalf("resumed: status %d: %s", st, stderr.String())
	}
	got, _ := os.ReadFile(outPath)
	if string(got) != out.String() {
		t.Error("the resumed run with -learn wrote other records than the whole run")
	}
}
