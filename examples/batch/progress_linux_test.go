package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/examples/internal/ptytest"
)

// TestProgressBar runs the program with standard error on a terminal:
// the bar is drawn when the records go to a file, and not when they go
// to a pipe or with -quiet.
func TestProgressBar(t *testing.T) {
	dir := t.TempDir()
	in := input(t, dir, 30)
	tests := []struct {
		name string
		args []string
		bar  bool
	}{
		{"records to a file", []string{"-o", filepath.Join(dir, "a.jsonl"), in}, true},
		{"quiet", []string{"-quiet", "-o", filepath.Join(dir, "b.jsonl"), in}, false},
		{"records to a pipe", []string{in}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			term, err := ptytest.Open()
			if err != nil {
				t.Skipf("no pseudo-terminal: %v", err)
			}
			var stdout *os.File
			if !tt.bar && len(tt.args) == 1 {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer r.Close()
				go func() { var b bytes.Buffer; b.ReadFrom(r) }()
				stdout = w
				defer w.Close()
			}
			st := run(tt.args, nil, stdout, term.TTY)
			screen := term.Output()
			if st != 0 {
				t.Fatalf("status %d: %q", st, screen)
			}
			drawn := strings.Contains(screen, "checking 100% |") && strings.Contains(screen, "(30/30, ") && strings.Contains(screen, "pairs/s")
			if drawn != tt.bar {
				t.Errorf("bar drawn %v, want %v; the terminal got %q", drawn, tt.bar, screen)
			}
			if !tt.bar && strings.Contains(screen, "\r") {
				t.Errorf("the terminal got %q", screen)
			}
		})
	}
}
