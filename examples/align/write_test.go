package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRunReportFormats writes an alignment as TMX, XLIFF and HTML, with
// and without -presegmented.
func TestRunReportFormats(t *testing.T) {
	dir := t.TempDir()
	src := write(t, dir, "a.en", "The plant will cost 2.63 billion dollars.\nWork starts in March 2026.\nNobody in Rome knows why.\n")
	tgt := write(t, dir, "a.it", "L'impianto costerà 2,63 miliardi di dollari.\nI lavori iniziano nel marzo 2026.\n")
	for _, preseg := range []bool{true, false} {
		for format, want := range map[string][]string{
			"tmx":   {`<tmx version="1.4">`, `srclang="en"`, `<seg>Work starts in March 2026.</seg>`, `<seg>I lavori iniziano nel marzo 2026.</seg>`},
			"xliff": {`srcLang="en" trgLang="it"`, `<source>Nobody in Rome knows why.</source>`, `<target>I lavori iniziano nel marzo 2026.</target>`},
			"html":  {`<!DOCTYPE html>`, `alignment only`, `Nobody in Rome knows why.`},
		} {
			args := []string{"-src", src, "-tgt", tgt, "-src-lang", "en", "-tgt-lang", "it", "-format", format}
			if preseg {
				args = append(args, "-presegmented")
			}
			var stdout, stderr bytes.Buffer
			if status := run(args, nil, &stdout, &stderr); status != 0 {
				t.Fatalf("%v: status %d, stderr %s", args, status, stderr.String())
			}
			for _, w := range want {
				if !strings.Contains(stdout.String(), w) {
					t.Errorf("%v: output lacks %q", args, w)
				}
			}
		}
	}
	var stdout, stderr bytes.Buffer
	if status := run([]string{"-src", src, "-tgt", tgt, "-format", "tmx", "-min-score", "-1"}, nil, &stdout, &stderr); status != 2 {
		t.Errorf("-min-score -1: status %d", status)
	}
}
