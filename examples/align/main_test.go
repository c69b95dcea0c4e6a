package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

	tests := []struct {
		name   string
		args   []string
		status int
		check  func(t *testing.T, out string)
	}{
		{"vecalign", []string{"-src", src, "-tgt", tgt, "-src-lang", "en", "-tgt-lang", "it", "-presegmented"}, 0, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 3 || !strings.HasPrefix(lines[0], "[0]:[0]:") || !strings.HasPrefix(lines[1], "[1]:[1]:") || !strings.HasPrefix(lines[2], "[2]:[]:") {
				t.Errorf("output:\n%s", out)
			}
		}},
		{"tsv", []string{"-src", src, "-tgt", tgt, "-presegmented", "-format", "tsv", "-dict", dict}, 0, func(t *testing.T, out string) {
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 3 || !strings.HasSuffix(lines[0], "\tThe plant will cost 2.63 billion dollars.\tL'impianto costerà 2,63 miliardi di dollari.") ||
				!strings.HasSuffix(lines[2], "\tNobody in Rome knows why.\t") {
				t.Errorf("output:\n%s", out)
			}
		}},
		{"json", []string{"-src", src, "-tgt", tgt, "-presegmented", "-format", "json", "-src-lang", "en", "-tgt-lang", "it"}, 0, func(t *testing.T, out string) {
			var beads []jsonBead
			if err := json.Unmarshal([]byte(out), &beads); err != nil {
				t.Fatal(err)
			}
			if len(beads) != 3 || len(beads[0].Matches) == 0 {
				t.Errorf("beads %+v", beads)
			}
		}},
		{"raw text", []string{"-src", raw, "-tgt", rawT, "-src-lang", "en", "-tgt-lang", "it"}, 0, func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "[0]:[0]:") || !strings.Contains(out, "\n[1]:[1]:") {
				t.Errorf("output:\n%s", out)
			}
		}},
		{"missing flags", []string{"-src", src}, 2, nil},
		{"unknown flag", []string{"-nope"}, 2, nil},
		{"extra argument", []string{"-src", src, "-tgt", tgt, "x"}, 2, nil},
		{"bad format", []string{"-src", src, "-tgt", tgt, "-format", "xml"}, 2, nil},
		{"unreadable", []string{"-src", filepath.Join(dir, "none"), "-tgt", tgt}, 2, nil},
		{"bad dictionary", []string{"-src", src, "-tgt", tgt, "-dict", badDict, "-presegmented"}, 2, nil},
		{"invalid utf-8 raw", []string{"-src", src, "-tgt", bad}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			st := run(tt.args, &out, &errb)
			if st != tt.status {
				t.Fatalf("status %d, want %d; stderr: %s", st, tt.status, errb.String())
			}
			if st != 0 && errb.Len() == 0 {
				t.Error("no message on stderr")
			}
			if tt.check != nil {
				tt.check(t, out.String())
			}
		})
	}
}
