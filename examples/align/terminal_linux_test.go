package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/fedele/fedele/examples/internal/ptytest"
)

// TestTerminalEscapes aligns texts that carry terminal escape sequences
// and checks that on a terminal they are shown, not obeyed, while a
// pipe gets the texts as they are.
func TestTerminalEscapes(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "a.en", "The plant opens in March.\nThe mayor \x1b]0;pwned\x07 left.\n")
	tgt := write(t, dir, "a.it", "L'impianto apre a marzo.\nIl sindaco \x1b[2J se n'è andato.\n")
	args := []string{"-src", src, "-tgt", tgt, "-presegmented", "-format", "tsv"}

	term, err := ptytest.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var stderr bytes.Buffer
	if st := run(args, nil, term.TTY, &stderr); st != 0 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	screen := term.Output()
	if strings.ContainsAny(screen, "\x1b\x07") {
		t.Errorf("escape sequences reached the terminal: %q", screen)
	}
	if !strings.Contains(screen, "The mayor ␛]0;pwned␇ left.") || !strings.Contains(screen, "Il sindaco ␛[2J se n'è andato.") {
		t.Errorf("the terminal got %q", screen)
	}

	var piped bytes.Buffer
	if st := run(args, nil, &piped, &stderr); st != 0 {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	if !strings.Contains(piped.String(), "Il sindaco \x1b[2J se n'è andato.") {
		t.Errorf("a pipe got %q", piped.String())
	}
}
