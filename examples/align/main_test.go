package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "a.en", "The plant will cost 2.63 billion dollars.\n\nWork starts in March 2026.\nNobody in Rome knows why.\n")
	tgt := write(t, dir, "a.it", "L'impianto costerà 2,63 miliardi di dollari.\r\nI lavori iniziano nel marzo 2026.\n")
	raw := write(t, dir, "b.en", "The plant will cost 2.63 billion dollars. Work starts in March 2026.")
	rawT := write(t, dir, "b.it", "L'impianto costerà 2,63 miliardi di dollari. I lavori iniziano nel marzo 2026.")
	dict := write(t, dir, "d.txt", "impianto @ plant\n")
	badDict := write(t, dir, "bad.txt", "no separator here\n")
	bad := write(t, dir, "bad.it", "\xff\xfe")
	latin1 := write(t, dir, "latin1.it", "L'impianto costerà molto.\nPerch\xe9 no?\n")
	png := write(t, dir, "image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	blank := write(t, dir, "blank.it", " \n\t\n")
	empty := write(t, dir, "empty.it", "")
	loneCR := write(t, dir, "cr.it", "L'impianto costerà 2,63 miliardi di dollari.\rI lavori iniziano nel marzo 2026.\r")

	tests := []struct {
		name   string
		args   []string
		status int
		check  func(t *testing.T, out string)
		stderr string // a substring of standard error
		stdin  string
	}{
		{"vecalign", []string{"-src", src, "-tgt", tgt, "-src-lang", "en", "-tgt-lang", "it", "-presegmented"}, 0, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 3 || !strings.HasPrefix(lines[0], "[0]:[0]:") || !strings.HasPrefix(lines[1], "[1]:[1]:") || !strings.HasPrefix(lines[2], "[2]:[]:") {
				t.Errorf("output:\n%s", out)
			}
		}, "", ""},
		{"tsv", []string{"-src", src, "-tgt", tgt, "-presegmented", "-format", "tsv", "-dict", dict}, 0, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 3 || !strings.HasSuffix(lines[0], "\tThe plant will cost 2.63 billion dollars.\tL'impianto costerà 2,63 miliardi di dollari.") ||
				!strings.HasSuffix(lines[2], "\tNobody in Rome knows why.\t") {
				t.Errorf("output:\n%s", out)
			}
		}, "", ""},
		{"json", []string{"-src", src, "-tgt", tgt, "-presegmented", "-format", "json", "-src-lang", "en", "-tgt-lang", "it"}, 0, func(t *testing.T, out string) {
			var beads []jsonBead
			if err := json.Unmarshal([]byte(out), &beads); err != nil {
				t.Fatal(err)
			}
			if len(beads) != 3 || len(beads[0].Matches) == 0 {
				t.Errorf("beads %+v", beads)
			}
			for _, b := range beads {
				if b.Decision != "path" && b.Decision != "second-look" && b.Decision != "pair-split" {
					t.Errorf("bead %v:%v decided by %q", b.Src, b.Tgt, b.Decision)
				}
			}
			// Written a bead at a time, the list is what encoding/json
			// writes for it whole.
			var whole strings.Builder
			enc := json.NewEncoder(&whole)
			enc.SetIndent("", "  ")
			if err := enc.Encode(beads); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(whole.String(), out); diff != "" {
				t.Errorf("JSON differs from encoding/json's (-whole +streamed):\n%s", diff)
			}
		}, "", ""},
		{"raw text", []string{"-src", raw, "-tgt", rawT, "-src-lang", "en", "-tgt-lang", "it"}, 0, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "[0]:[0]:") || !strings.Contains(out, "\n[1]:[1]:") {
				t.Errorf("output:\n%s", out)
			}
		}, "", ""},
		{"lone CR line ends", []string{"-src", src, "-tgt", loneCR, "-presegmented"}, 0, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "[0]:[0]:") || !strings.Contains(out, "\n[1]:[1]:") {
				t.Errorf("output:\n%s", out)
			}
		}, "", ""},
		{"target from standard input", []string{"-src", raw, "-tgt", "-"}, 0, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "[0]:[0]:") || !strings.Contains(out, "\n[1]:[1]:") {
				t.Errorf("output:\n%s", out)
			}
		}, "", "L'impianto costerà 2,63 miliardi di dollari. I lavori iniziano nel marzo 2026."},
		{"missing flags", []string{"-src", src}, 2, nil, "-src and -tgt are required", ""},
		{"unknown flag", []string{"-nope"}, 2, nil, "flag provided but not defined", ""},
		{"extra argument", []string{"-src", src, "-tgt", tgt, "x"}, 2, nil, "no other arguments", ""},
		{"bad format", []string{"-src", src, "-tgt", tgt, "-format", "xml"}, 2, nil, "unknown -format", ""},
		{"max-bead 0", []string{"-src", src, "-tgt", tgt, "-max-bead", "0"}, 2, nil, "align: -max-bead 0: a bead has 1 to 6 sentences on a side", ""},
		{"max-bead 7", []string{"-src", src, "-tgt", tgt, "-max-bead", "7"}, 2, nil, "-max-bead 7", ""},
		{"both from standard input", []string{"-src", "-", "-tgt", "-"}, 2, nil, "only one of -src and -tgt", ""},
		{"unreadable", []string{"-src", filepath.Join(dir, "none"), "-tgt", tgt}, 2, nil, "no such file", ""},
		{"bad dictionary", []string{"-src", src, "-tgt", tgt, "-dict", badDict, "-presegmented"}, 2, nil, "align: ", ""},
		{"invalid utf-8 raw", []string{"-src", src, "-tgt", bad}, 2, nil, "the target " + bad + " is in UTF-16, not UTF-8", ""},
		{"latin-1", []string{"-src", src, "-tgt", latin1}, 2, nil,
			"align: the target " + latin1 + " is not valid UTF-8 (byte 0xe9 at line 2, column 6; convert it, for example with iconv", ""},
		{"latin-1 presegmented", []string{"-src", src, "-tgt", latin1, "-presegmented"}, 2, nil, "byte 0xe9 at line 2, column 6", ""},
		{"binary presegmented", []string{"-src", png, "-tgt", tgt, "-presegmented"}, 2, nil, "the source " + png + " is not text: this looks like a binary file (a PNG image)", ""},
		{"not UTF-8 from standard input", []string{"-src", "-", "-tgt", tgt}, 2, nil, "the source from standard input is not valid UTF-8", "caf\xe8"},
		{"blank target", []string{"-src", src, "-tgt", blank}, 2, nil, "the target " + blank + " has no text", ""},
		{"empty target presegmented", []string{"-src", src, "-tgt", empty, "-presegmented"}, 2, nil, "the target " + empty + " is empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			st := run(tt.args, strings.NewReader(tt.stdin), &out, &errb)
			if st != tt.status {
				t.Fatalf("status %d, want %d; stderr: %s", st, tt.status, errb.String())
			}
			if st != 0 && errb.Len() == 0 {
				t.Error("no message on stderr")
			}
			if !strings.Contains(errb.String(), tt.stderr) {
				t.Errorf("stderr lacks %q: %s", tt.stderr, errb.String())
			}
			if msg := errb.String(); strings.Contains(msg, "align: align:") || strings.Contains(msg, "bad input") {
				t.Errorf("message repeats a prefix: %s", msg)
			}
			if msg := errb.String(); strings.Contains(msg, "binary") && strings.Contains(msg, "iconv") {
				t.Errorf("a binary file is given the iconv hint: %s", msg)
			}
			if tt.check != nil {
				tt.check(t, out.String())
			}
		})
	}
}

// brokenWriter fails every write, like a full disk or a closed pipe.
type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestRunWriteError(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "a.en", "The plant opens in March.\n")
	tgt := write(t, dir, "a.it", "L'impianto apre a marzo.\n")
	var stderr bytes.Buffer
	if st := run([]string{"-src", src, "-tgt", tgt}, nil, brokenWriter{}, &stderr); st != 2 {
		t.Errorf("status %d, want 2", st)
	}
	if !strings.Contains(stderr.String(), "align: writing the beads: no space left on device") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
