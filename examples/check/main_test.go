package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	faithfulSrc := write("en.txt", "The plant opens in March.\nIt will employ 400 people.\n")
	faithfulTgt := write("it.txt", "L'impianto apre a marzo.\nImpiegherà 400 persone.\n")
	changedTgt := write("it-bad.txt", "L'impianto apre a marzo.\nImpiegherà 40 persone.\n")
	latin1 := write("latin1.txt", "L'impianto apre a marzo.\nPerch\xe9 no?\n")
	empty := write("empty.txt", " \n")
	zeroWidth := write("zw.txt", "\u200b\u200b\n\ufeff")
	png := write("image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	loneCR := write("cr.txt", "L'impianto apre a marzo.\rImpiegherà 400 persone.\r")

	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string // a substring of standard output
		stderr string // a substring of standard error
	}{
		{"bundled example", nil, "", 1, "verdict: unfaithful", ""},
		{"bundled example json", []string{"-format", "json"}, "", 1, `"verdict": "unfaithful"`, ""},
		{"faithful pair", []string{"-src", faithfulSrc, "-tgt", faithfulTgt, "-presegmented"}, "", 0, "verdict: faithful", ""},
		{"number changed", []string{"-src", faithfulSrc, "-tgt", changedTgt, "-presegmented"}, "", 1, "number-mismatch", ""},
		{"fail on warning passes a faithful pair", []string{"-src", faithfulSrc, "-tgt", faithfulTgt, "-presegmented", "-fail-on", "warning"}, "", 0, "", ""},
		{"target from standard input", []string{"-src", faithfulSrc, "-tgt", "-", "-presegmented"}, "L'impianto apre a marzo.\nImpiegherà 40 persone.\n", 1, "stdin:2:1", ""},
		{"lone CR line ends, presegmented", []string{"-src", faithfulSrc, "-tgt", loneCR, "-presegmented"}, "", 0, "-> cr.txt (it, 2 sentences)", ""},

		{"missing file", []string{"-src", filepath.Join(dir, "nope.txt"), "-tgt", faithfulTgt}, "", 2, "", "no such file"},
		{"one file only", []string{"-src", faithfulSrc}, "", 2, "", "give both -src and -tgt"},
		{"both from standard input", []string{"-src", "-", "-tgt", "-"}, "", 2, "", "only one of -src and -tgt"},
		{"bad format", []string{"-format", "xml"}, "", 2, "", "unknown format"},
		{"bad severity", []string{"-fail-on", "fatal"}, "", 2, "", "unknown severity"},
		{"bad flag", []string{"-nope"}, "", 2, "", "flag provided but not defined"},
		{"stray argument", []string{"extra"}, "", 2, "", "unexpected argument"},
		{"not UTF-8", []string{"-src", faithfulSrc, "-tgt", latin1}, "", 2, "",
			"check: the target " + latin1 + " is not valid UTF-8 (byte 0xe9 at line 2, column 6; convert it, for example with iconv"},
		{"not UTF-8, presegmented", []string{"-src", faithfulSrc, "-tgt", latin1, "-presegmented"}, "", 2, "", "byte 0xe9 at line 2, column 6"},
		{"not UTF-8 from standard input", []string{"-src", "-", "-tgt", faithfulTgt}, "caf\xe8", 2, "", "the source from standard input is not valid UTF-8"},
		{"binary", []string{"-src", faithfulSrc, "-tgt", png}, "", 2, "", "the target " + png + " is not text: this looks like a binary file (a PNG image)"},
		{"empty target", []string{"-src", faithfulSrc, "-tgt", empty}, "", 2, "", "has no text"},
		{"invisible target", []string{"-src", faithfulSrc, "-tgt", zeroWidth, "-presegmented"}, "", 2, "", "has no text"},
		{"unwritable output", []string{"-o", filepath.Join(dir, "no", "dir", "r.txt")}, "", 2, "", "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tt.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%.500s", tt.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, stderr.String())
			}
			if strings.Contains(stderr.String(), "bad input") || strings.Contains(stderr.String(), "check: check:") {
				t.Errorf("message repeats a prefix: %s", stderr.String())
			}
			if strings.Contains(stderr.String(), "binary") && strings.Contains(stderr.String(), "iconv") {
				t.Errorf("a binary file is given the iconv hint: %s", stderr.String())
			}
			if strings.Contains(stdout.String(), "\x1b[") {
				t.Error("colour escape written to a non-terminal")
			}
		})
	}
}

func TestRunOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	var stdout, stderr bytes.Buffer
	if status := run([]string{"-format", "json", "-o", out}, nil, &stdout, &stderr); status != 1 {
		t.Fatalf("status %d; stderr: %s", status, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("report written to stdout too: %.200s", stdout.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	for _, field := range []string{"source", "target", "summary", "findings", "alignment"} {
		if _, ok := doc[field]; !ok {
			t.Errorf("JSON report lacks %q", field)
		}
	}
}

// TestRunOutputBeforeInput checks that -o is opened before the texts are
// read, and that a run that fails leaves the output as it was.
func TestRunOutputBeforeInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("caf\xe8"), 0o644)

	// An output that cannot be written is refused first, even with
	// input that cannot be read either.
	var stderr bytes.Buffer
	status := run([]string{"-src", bad, "-tgt", bad, "-o", dir}, nil, discard(), &stderr)
	if status != 2 || !strings.Contains(stderr.String(), "is a directory") || strings.Contains(stderr.String(), "UTF-8") {
		t.Errorf("status %d, stderr %s", status, stderr.String())
	}

	// A new output file is not left behind by a failing run.
	fresh := filepath.Join(dir, "fresh.txt")
	stderr.Reset()
	if status := run([]string{"-src", bad, "-tgt", bad, "-o", fresh}, nil, discard(), &stderr); status != 2 {
		t.Errorf("status %d", status)
	}
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("failed run left %s: %v", fresh, err)
	}

	// An old one keeps its content.
	old := filepath.Join(dir, "old.txt")
	os.WriteFile(old, []byte("last week's report"), 0o644)
	if status := run([]string{"-src", bad, "-tgt", bad, "-o", old}, nil, discard(), &stderr); status != 2 {
		t.Errorf("status %d", status)
	}
	if b, _ := os.ReadFile(old); string(b) != "last week's report" {
		t.Errorf("failed run changed %s: %q", old, b)
	}
}

func discard() *bytes.Buffer { return new(bytes.Buffer) }

// brokenWriter fails every write, like a full disk or a closed pipe.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestRunWriteError(t *testing.T) {
	var stderr bytes.Buffer
	if status := run(nil, nil, brokenWriter{}, &stderr); status != 2 {
		t.Errorf("status %d, want 2", status)
	}
	if !strings.Contains(stderr.String(), "check: writing the report: no space left on device") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

// TestBundledExampleIsCurrent checks that the copy of the bundled
// example embedded in the program is the module's.
func TestBundledExampleIsCurrent(t *testing.T) {
	for _, name := range []string{"en.txt", "it.txt"} {
		want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := example.ReadFile("example/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("example/%s differs from testdata/example/%s: copy it again", name, name)
		}
	}
}

// TestBundledExampleAnywhere builds the program without its source paths
// and runs it with no arguments in an empty directory, as a user who
// installed it would.
func TestBundledExampleAnywhere(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "check")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin)
	cmd.Dir = dir
	out, err := cmd.Output()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("exit %v, want status 1; stderr: %s", err, stderrOf(err))
	}
	if !strings.Contains(string(out), "fedele: en.txt (en, ") || !strings.Contains(string(out), "verdict: unfaithful") {
		t.Errorf("output:\n%.300s", out)
	}
}

func stderrOf(err error) string {
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(exit.Stderr)
	}
	return ""
}
