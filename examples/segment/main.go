// Command segment splits a text into sentences and prints them.
//
// Usage:
//
//	go run ./examples/segment [-lang it|en] [-json] [-normalize | -fold] [FILE]
//
// It reads FILE, or standard input when no file is given or FILE is "-",
// and prints one sentence a line, with the inner line breaks of a sentence
// shown as a space. When standard output is a terminal, control
// characters, bytes that are not UTF-8 and the controls of bidirectional
// text are shown escaped (\x1b, \u202e), so that text from the input
// cannot move the cursor, retitle the window or clear the screen. With -json it prints JSON Lines instead, one object a sentence:
//
//	{"start":0,"end":42,"para":0,"text":"…"}
//
// where start and end are byte offsets into the input, para is the index
// of the paragraph (paragraphs are separated by blank lines) and text is
// the sentence as it is in the input (bytes that are not valid UTF-8 show
// as U+FFFD in JSON; the offsets stay exact).
//
// -normalize prints each sentence with its typography normalized by the
// conventions of its language (package normalize: quotes, apostrophes,
// ellipses, dashes, spaces, Italian accents typed as apostrophes); -fold
// prints its comparison key instead (case folded, every quote, dash and
// space variant in one form), as the aligner compares sentences. With
// -json they add a "normalized" or "key" field; start and end still point
// into the input. Each sentence is normalized on its own.
//
// -lang takes any BCP 47 tag; Italian (the default) and English have
// built-in rules, other languages fall back to the plain Unicode sentence
// rules (UAX #29), with a note on standard error.
//
// Bad usage or an unreadable file print one message on standard error and
// exit with status 2; -h prints the usage and exits with status 0.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/normalize"
	"github.com/fedele/fedele/segment"
)

func main() {
	os.Exit(runTo(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, isTerminal(os.Stdout)))
}

// isTerminal reports whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// config holds the command line.
type config struct {
	lang      language.Tag
	json      bool
	normalize bool
	fold      bool
	file      string // "" for standard input
}

const usage = `usage: segment [-lang it|en] [-json] [-normalize | -fold] [FILE]

Splits FILE (standard input when absent or -) into sentences, one a line.
`

// parseArgs reads the command line; it returns an error for bad usage.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("segment", flag.ContinueOnError)
	// The flag package would print its errors and the usage itself; run
	// prints them once.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	lang := fs.String("lang", "it", "language of the text, a BCP 47 tag: it and en have built-in rules")
	fs.BoolVar(&c.json, "json", false, "print JSON Lines {\"start\",\"end\",\"para\",\"text\"} with byte offsets into the input")
	fs.BoolVar(&c.normalize, "normalize", false, "print sentences with their typography normalized")
	fs.BoolVar(&c.fold, "fold", false, "print the comparison key of each sentence")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, usage)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
		}
		return c, err
	}
	if c.normalize && c.fold && !c.json {
		return c, errors.New("-normalize and -fold go together only with -json")
	}
	if fs.NArg() > 1 {
		return c, fmt.Errorf("one file at most, got %d", fs.NArg())
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return c, fmt.Errorf("-lang %q: not a BCP 47 language tag", *lang)
	}
	c.lang = tag
	if c.file = fs.Arg(0); c.file == "-" {
		c.file = ""
	}
	return c, nil
}

// run runs the command with output that is not a terminal.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runTo(args, stdin, stdout, stderr, false)
}

// runTo runs the command; tty tells that stdout is a terminal.
func runTo(args []string, stdin io.Reader, stdout, stderr io.Writer, tty bool) int {
	c, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "segment: %v\n", err)
		fmt.Fprint(stderr, usage)
		return 2
	}
	in, name := stdin, "standard input"
	if c.file != "" {
		f, err := os.Open(c.file)
		if err != nil {
			fmt.Fprintf(stderr, "segment: %v\n", err)
			return 2
		}
		defer f.Close()
		in, name = f, c.file
	}
	seg := segment.New(c.lang)
	if seg.Language() == language.Und {
		fmt.Fprintf(stderr, "segment: no rules for %v: using the plain Unicode sentence rules (UAX #29)\n", c.lang)
	}

	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	folder := normalize.NewFolder()
	sc := seg.NewScanner(in)
	for sc.Scan() {
		s := sc.Sentence()
		line := jsonLine{Sentence: s}
		text := s.Text
		if c.normalize {
			line.Normalized = normalize.String(s.Text, c.lang).Text
			text = line.Normalized
		}
		if c.fold {
			line.Key = folder.Key(s.Text)
			text = line.Key
		}
		switch {
		case c.json:
			err = enc.Encode(line)
		case tty:
			_, err = fmt.Fprintln(out, escapeControls(oneLine(text)))
		default:
			_, err = fmt.Fprintln(out, oneLine(text))
		}
		if err != nil {
			break
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "segment: reading %s: %v\n", name, err)
		return 2
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "segment: writing: %v\n", err)
		return 1
	}
	return 0
}

// jsonLine is a line of -json output: the sentence, and its normalized
// text or comparison key when asked.
type jsonLine struct {
	segment.Sentence
	Normalized string `json:"normalized,omitempty"`
	Key        string `json:"key,omitempty"`
}

// oneLine shows a sentence on one line: each line break, with the
// spaces and tabs around it, becomes one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\u0085\u2028") {
		return s
	}
	var b strings.Builder
	for _, line := range strings.FieldsFunc(s, isLineBreak) {
		if line = strings.Trim(line, " \t"); line != "" {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(line)
		}
	}
	return b.String()
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x85 || r == 0x2028
}

// escapeControls shows the characters of s that a terminal would obey
// rather than show: C0 and C1 controls but the tab, DEL, bytes that are
// not UTF-8 (as \x1b), and the controls of bidirectional text (as
// \u202e).
func escapeControls(s string) string {
	clean := true
	for _, r := range s {
		if r != '\t' && (r < 0x20 || 0x7F <= r && r <= 0x9F || isBidiControl(r) || r == utf8.RuneError) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r != '\t' && (r < 0x20 || 0x7F <= r && r <= 0x9F):
			fmt.Fprintf(&b, "\\x%02x", r)
		case isBidiControl(r):
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isBidiControl reports whether r is an embedding, override or isolate
// control of bidirectional text, which reorders what follows it.
func isBidiControl(r rune) bool {
	return 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}
