package main

import (
	"bytes"
	"encoding/json"
	"os"
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
	latin1 := write("latin1.txt", "Perch\xe9 no?\n")
	empty := write("empty.txt", " \n")

	tests := []struct {
		name   string
		args   []string
		status int
		stdout string // a substring of standard output
		stderr string // a substring of standard error
	}{
		{"bundled example", nil, 1, "verdict: unfaithful", ""},
		{"bundled example json", []string{"-format", "json"}, 1, `"verdict": "unfaithful"`, ""},
		{"faithful pair", []string{"-src", faithfulSrc, "-tgt", faithfulTgt, "-presegmented"}, 0, "verdict: faithful", ""},
		{"number changed", []string{"-src", faithfulSrc, "-tgt", changedTgt, "-presegmented"}, 1, "number-mismatch", ""},
		{"fail on warning passes a faithful pair", []string{"-src", faithfulSrc, "-tgt", faithfulTgt, "-presegmented", "-fail-on", "warning"}, 0, "", ""},
		{"missing file", []string{"-src", filepath.Join(dir, "nope.txt"), "-tgt", faithfulTgt}, 2, "", "no such file"},
		{"one file only", []string{"-src", faithfulSrc}, 2, "", "give both -src and -tgt"},
		{"bad format", []string{"-format", "xml"}, 2, "", "unknown format"},
		{"bad severity", []string{"-fail-on", "fatal"}, 2, "", "unknown severity"},
		{"bad flag", []string{"-nope"}, 2, "", "flag provided but not defined"},
		{"stray argument", []string{"extra"}, 2, "", "unexpected argument"},
		{"not UTF-8", []string{"-src", faithfulSrc, "-tgt", latin1}, 2, "", "not valid UTF-8"},
		{"empty target", []string{"-src", faithfulSrc, "-tgt", empty}, 2, "", "has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, &stdout, &stderr)
			if status != tt.status {
				t.Errorf("status %d, want %d; stderr: %s", status, tt.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%.500s", tt.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, stderr.String())
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
	if status := run([]string{"-format", "json", "-o", out}, &stdout, &stderr); status != 1 {
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
