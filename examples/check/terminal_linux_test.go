package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/examples/internal/ptytest"
)

// TestTerminalReport prints a report on a terminal: coloured, with the
// escape sequences of the texts shown rather than obeyed.
func TestTerminalReport(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "en.txt")
	tgt := filepath.Join(dir, "it.txt")
	os.WriteFile(src, []byte("The plant opens in March.\nIt will employ 400 people.\n"), 0o644)
	os.WriteFile(tgt, []byte("L'impianto apre a marzo.\nImpiegherà 40 persone \x1b]0;pwned\x07\x1b[2J.\n"), 0o644)

	term, err := ptytest.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Setenv("NO_COLOR", "")
	var stderr bytes.Buffer
	if st := run([]string{"-src", src, "-tgt", tgt, "-presegmented"}, nil, term.TTY, &stderr); st != 1 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	screen := term.Output()
	if !strings.Contains(screen, "\x1b[31m\x1b[1mERRORS") {
		t.Errorf("no colour on a terminal: %q", screen)
	}
	if strings.Contains(screen, "\x1b]") || strings.Contains(screen, "\x1b[2J") || strings.Contains(screen, "\x07") {
		t.Errorf("the texts' escape sequences reached the terminal: %q", screen)
	}
	if !strings.Contains(screen, "40 persone ␛]0;pwned␇␛[2J.") {
		t.Errorf("the terminal got %q", screen)
	}
}
