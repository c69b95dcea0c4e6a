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
