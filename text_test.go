package fedele

import (
	"bytes"
	"strings"
	"testing"
)

// TestWriteTextShowsControls feeds terminal escape sequences through both
// texts and the file names and checks that the text report shows them
// instead of passing them to the terminal, with and without colour.
func TestWriteTextShowsControls(t *testing.T) {
	src := "The plant opens in March.\nIt will employ 400 people.\nThe mayor \x1b]0;pwned\x07 left.\n"
	tgt := "L'impianto apre a marzo.\nImpiegherà 40 persone \x1b[2J\u202e.\n"
	r, err := Check(src, tgt, Presegmented(), WithNames("en\x1b[31m.txt", "it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		if err := r.WriteText(&b, color); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if color {
			// Take out the report's own colours, which are the only
			// escapes allowed.
			for _, code := range []string{ansiReset, ansiBold, ansiDim, ansiRed, ansiYellow, ansiCyan} {
				out = strings.ReplaceAll(out, code, "")
			}
		}
		for _, bad := range []string{"\x1b", "\x07", "\u202e"} {
			if strings.Contains(out, bad) {
				t.Errorf("color %v: report passes %q to the terminal:\n%s", color, bad, out)
			}
		}
		for _, shown := range []string{"␛]0;pwned␇", "40 persone ␛[2J<U+202E>", "en␛[31m.txt"} {
			if !strings.Contains(out, shown) {
				t.Errorf("color %v: report does not show %q:\n%s", color, shown, out)
			}
		}
	}
}

// TestWriteTextShowsControlsReorganized does the same for the sections
// of a reorganized translation: provenance, quotations and coverage.
func TestWriteTextShowsControlsReorganized(t *testing.T) {
	src := "The mayor said: \"We will open the plant \x1b]0;pwned\x07 in March.\" Nobody knew why.\n" +
		"The council met on Tuesday \x1b[2J to vote.\n"
	tgt := "Il consiglio si è riunito martedì \x1b[2J per votare.\n" +
		"Il sindaco ha detto: «Apriremo l'impianto \x1b]0;pwned\x07 a marzo».\n"
	r, err := Check(src, tgt, Presegmented(), WithMode(ModeReorganized))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "PROVENANCE") {
		t.Fatalf("no reorganized sections:\n%s", out)
	}
	for _, bad := range []string{"\x1b", "\x07"} {
		if strings.Contains(out, bad) {
			t.Errorf("report passes %q to the terminal:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "␛[2J") {
		t.Errorf("report does not show the escape:\n%s", out)
	}
}
