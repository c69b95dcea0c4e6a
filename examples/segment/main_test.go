package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func runWith(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestText(t *testing.T) {
	in := "Il Dott. Rossi è arrivato. Poi\n  è ripartito.\r\n\r\nFonte: a16z\nFine."
	code, out, errOut := runWith(t, in)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "Il Dott. Rossi è arrivato.\nPoi è ripartito.\nFonte: a16z\nFine.\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestJSON(t *testing.T) {
	in := "\uFEFFI live in the U.S. How about you?\n\nIt was a cold\nnight <in> the city & more."
	code, out, errOut := runWith(t, in, "-lang", "en", "-json")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	type line struct {
		Start, End, Para int
		Text             string
	}
	var got []line
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var x line
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("%q: %v", l, err)
		}
		if in[x.Start:x.End] != x.Text {
			t.Errorf("offsets %d:%d give %q, text is %q", x.Start, x.End, in[x.Start:x.End], x.Text)
		}
		got = append(got, x)
	}
	want := []line{
		{3, 21, 0, "I live in the U.S."},
		{22, 36, 0, "How about you?"},
		{38, 79, 1, "It was a cold\nnight <in> the city & more."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if !strings.Contains(out, `"start":3,"end":21,"para":0,"text":"I live in the U.S."`) || strings.Contains(out, `\u003c`) {
		t.Errorf("unexpected JSON form:\n%s", out)
	}
}

func TestFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(path, []byte("Hello world. My name is Jonas."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runWith(t, "ignored. Stdin.", "-lang", "en", path)
	if code != 0 || out != "Hello world.\nMy name is Jonas.\n" {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestFallbackLanguage(t *testing.T) {
	code, out, errOut := runWith(t, "Dr. Müller kommt.", "-lang", "de")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if out != "Dr.\nMüller kommt.\n" {
		t.Errorf("output %q", out)
	}
	if !strings.Contains(errOut, "UAX #29") {
		t.Errorf("no note about the fallback on stderr: %q", errOut)
	}
}

func TestBadUsage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown flag", []string{"-frobnicate"}, "flag provided but not defined"},
		{"two files", []string{"a.txt", "b.txt"}, "one file at most"},
		{"bad tag", []string{"-lang", "not a tag!"}, "not a BCP 47 language tag"},
		{"missing file", []string{filepath.Join(dir, "missing.txt")}, "missing.txt"},
		{"directory", []string{dir}, "segment: reading"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runWith(t, "", tc.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if !strings.Contains(errOut, tc.msg) {
				t.Errorf("stderr %q does not mention %q", errOut, tc.msg)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, _, errOut := runWith(t, "", "-h")
	if code != 0 || !strings.Contains(errOut, "usage: segment") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	var errOut bytes.Buffer
	if code := run(nil, strings.NewReader("Uno. Due."), failWriter{}, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), "writing") {
		t.Errorf("stderr %q", errOut.String())
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"no break":             "no break",
		"a\nb":                 "a b",
		"a \r\n  b":            "a b",
		"a\rb\u2028c\u0085d":   "a b c d",
		"thinks\n  is healthy": "thinks is healthy",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeAndFold(t *testing.T) {
	in := "E' vero... perche' l'AI \"cambia\" tutto - dice lui.\nUn'altra frase."
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-normalize"}, "È vero… perché l’AI «cambia» tutto – dice lui.\nUn’altra frase.\n"},
		{[]string{"-lang", "en", "-normalize"}, "E’ vero… perche’ l’AI “cambia” tutto — dice lui.\nUn’altra frase.\n"},
		{[]string{"-fold"}, "e' vero... perche' l'ai \"cambia\" tutto - dice lui.\nun'altra frase.\n"},
	}
	for _, tt := range tests {
		code, out, errOut := runWith(t, in, tt.args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
		if diff := cmp.Diff(tt.want, out); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.args, diff)
		}
	}
	// With -json both go together, and the offsets still point into the
	// input.
	code, out, _ := runWith(t, in, "-json", "-normalize", "-fold")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var first struct {
		Start, End      int
		Text            string
		Normalized, Key string
	}
	if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	if in[first.Start:first.End] != first.Text || !strings.HasPrefix(first.Normalized, "È vero…") || !strings.HasPrefix(first.Key, "e' vero") {
		t.Errorf("first line = %+v", first)
	}
	if code, _, errOut := runWith(t, in, "-normalize", "-fold"); code != 2 || !strings.Contains(errOut, "only with -json") {
		t.Errorf("-normalize -fold without -json: exit %d, stderr %q", code, errOut)
	}
}

// TestFlagErrorOnce checks that a bad flag is reported once, with the
// usage once.
func TestFlagErrorOnce(t *testing.T) {
	code, _, errOut := runWith(t, "", "-frobnicate")
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if n := strings.Count(errOut, "-frobnicate"); n != 1 {
		t.Errorf("the flag is named %d times in %q, want once", n, errOut)
	}
	if n := strings.Count(errOut, "usage: segment"); n != 1 {
		t.Errorf("the usage is printed %d times in %q, want once", n, errOut)
	}
}

func TestDashIsStdin(t *testing.T) {
	code, out, errOut := runWith(t, "Uno. Due.", "-")
	if code != 0 || errOut != "" || out != "Uno.\nDue.\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestTerminalEscapes checks that escape sequences of the input reach a
// terminal shown, not obeyed, and reach a file or a pipe as they are.
func TestTerminalEscapes(t *testing.T) {
	in := "Titolo\x1b]0;pwned\x07 e schermo \x1b[2J pulito. Poi \u202egnirts\u202c, \x9b e \xff."
	var out, errOut bytes.Buffer
	if code := runTo(nil, strings.NewReader(in), &out, &errOut, true); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut.String())
	}
	want := "Titolo\\x1b]0;pwned\\x07 e schermo \\x1b[2J pulito.\nPoi \\u202egnirts\\u202c, \\x9b e \\xff.\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("terminal (-want +got):\n%s", diff)
	}
	for _, c := range out.String() {
		if c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e {
			t.Errorf("control %U reached the terminal", c)
		}
	}
	// Not a terminal: the text as it is.
	code, raw, _ := runWith(t, in)
	if code != 0 || !strings.Contains(raw, "\x1b[2J") {
		t.Errorf("exit %d, output %q: the text should pass unchanged", code, raw)
	}
}

// TestInvisibleNotPrinted checks that a text of only invisible characters
// prints no sentence.
func TestInvisibleNotPrinted(t *testing.T) {
	for _, in := range []string{"\uFEFF", "\uFEFF\u200B\u200B \n\u200D", "Uno.\n\n\uFEFF\u200B\n\nDue."} {
		for _, args := range [][]string{nil, {"-json"}} {
			code, out, errOut := runWith(t, in, args...)
			if code != 0 || errOut != "" {
				t.Errorf("%q %v: exit %d, stderr %q", in, args, code, errOut)
			}
			if strings.ContainsAny(out, "\uFEFF\u200B\u200D") {
				t.Errorf("%q %v: printed %q", in, args, out)
			}
		}
	}
}
