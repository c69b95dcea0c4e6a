// Command check checks a translation against its source and prints a
// report of what the translation leaves out, adds, or says differently.
//
// Usage:
//
//	go run ./examples/check                          # the bundled example pair
//	go run ./examples/check -src en.txt -tgt it.txt [-src-lang en -tgt-lang it]
//	                        [-format text|json|html|tmx|xliff|tsv] [-min-score 0.5]
//	                        [-o FILE] [-fail-on error|warning] [-presegmented]
//	                        [-mode auto|translation|reorganized]
//
// "-" for -src or -tgt reads that text from standard input. A file named
// .html, .htm or .xhtml is read as an HTML page: its text is checked,
// and the positions in the report are those of the page. The html
// format writes one self-contained page with both texts side by side;
// tmx, xliff and tsv write the alignment for translation memories, CAT
// tools and corpus tools (with -min-score, TMX and TSV keep only the
// beads of at least that score).
//
// -o is opened before the check, so that a path that cannot be written
// is refused at once. Input that cannot be checked (a binary file, text
// that is not UTF-8, a side with no text) is refused with a message
// saying where the problem is. On a terminal, the control characters of
// the texts are shown rather than obeyed, in every format.
//
// The exit status is 0 when no finding reaches the -fail-on level
// (default error), 1 when one does, and 2 for usage, input or output
// errors.
package main

import (
	"embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/examples/internal/cli"
	"github.com/fedele/fedele/extract"
	"github.com/fedele/fedele/internal/termsafe"
	"github.com/fedele/fedele/internal/textfile"
)

// example is the bundled example pair, a copy of testdata/example/en.txt
// and it.txt of the module (TestBundledExampleIsCurrent keeps it so), so
// that the program finds it wherever it runs.
//
//go:embed example/en.txt example/it.txt
var example embed.FS

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	srcPath := fs.String("src", "", "source text `file`, - for standard input (default: the bundled example)")
	tgtPath := fs.String("tgt", "", "translation `file`, - for standard input (default: the bundled example)")
	srcLang := fs.String("src-lang", "en", "language of the source (BCP 47)")
	tgtLang := fs.String("tgt-lang", "it", "language of the translation (BCP 47)")
	format := fs.String("format", "text", "report format: "+strings.Join(formats, ", "))
	minScore := fs.Float64("min-score", 0, "with -format tmx or tsv, keep only the beads of at least this `score` (0 to 1)")
	out := fs.String("o", "", "write the report to `file` instead of standard output")
	failOn := fs.String("fail-on", "error", "exit 1 when a finding reaches this severity: error, warning or info")
	preseg := fs.Bool("presegmented", false, "read each text as one sentence a line")
	mode := fs.String("mode", "auto", "how the texts relate: auto, translation or reorganized")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: check [-src FILE -tgt FILE] [-src-lang en] [-tgt-lang it] [-format text|json|html|tmx|xliff|tsv] [-o FILE] [-fail-on error|warning] [-presegmented] [-mode auto|translation|reorganized]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cli.OK
		}
		return cli.Trouble
	}
	fail := func(err error) int {
		cli.Fail(stderr, "check", err)
		var ue usageError
		if errors.As(err, &ue) {
			fs.Usage()
		}
		return cli.Trouble
	}
	if fs.NArg() > 0 {
		return fail(usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))})
	}
	if !validFormat(*format) {
		return fail(usageError{fmt.Sprintf("unknown format %q (want %s)", *format, strings.Join(formats, ", "))})
	}
	if *minScore < 0 || *minScore > 1 {
		return fail(usageError{fmt.Sprintf("-min-score %v is not between 0 and 1", *minScore)})
	}
	level, err := fedele.ParseSeverity(*failOn)
	if err != nil {
		return fail(usageError{err.Error()})
	}
	m, err := fedele.ParseMode(*mode)
	if err != nil {
		return fail(usageError{err.Error()})
	}
	if (*srcPath == "") != (*tgtPath == "") {
		return fail(usageError{"give both -src and -tgt, or neither for the bundled example"})
	}
	if *srcPath == textfile.Stdin && *tgtPath == textfile.Stdin {
		return fail(usageError{"only one of -src and -tgt can be standard input"})
	}
	sl, err := language.Parse(*srcLang)
	if err != nil {
		return fail(usageError{fmt.Sprintf("bad -src-lang: %v", err)})
	}
	tl, err := language.Parse(*tgtLang)
	if err != nil {
		return fail(usageError{fmt.Sprintf("bad -tgt-lang: %v", err)})
	}

	// The output is opened first, so that a path that cannot be
	// written is refused before any work.
	output, err := cli.Create(*out, stdout)
	if err != nil {
		return fail(err)
	}
	started := false
	defer func() { output.Close(started) }()

	src, srcName, err := read("source", *srcPath, stdin)
	if err != nil {
		return fail(err)
	}
	tgt, tgtName, err := read("target", *tgtPath, stdin)
	if err != nil {
		return fail(err)
	}
	_, stopWatch := cli.LimitMemory(len(src.Doc()) + len(tgt.Doc()))
	defer stopWatch()
	opts := []fedele.Option{
		fedele.WithLanguages(sl, tl),
		fedele.WithNames(srcName, tgtName),
		fedele.WithMode(m),
	}
	if *preseg {
		opts = append(opts, fedele.Presegmented())
	}
	report, err := fedele.Check(src.Text, tgt.Text, opts...)
	if err != nil {
		return fail(err)
	}

	started = true
	w, err := output.Start()
	if err != nil {
		return fail(err)
	}
	onTerminal := !output.IsFile() && output.Terminal()
	color := onTerminal && os.Getenv("NO_COLOR") == ""
	var shown *termsafe.Writer
	if onTerminal && *format != "text" {
		// The text report shows control characters itself; the other
		// formats are for files, and are shown on a terminal.
		shown = termsafe.NewWriter(w)
		w = shown
	}
	err = write(w, *format, report, src, tgt, color, *minScore)
	if err == nil && shown != nil {
		err = shown.Flush()
	}
	if err == nil {
		err = output.Close(true)
	}
	if err != nil {
		return fail(fmt.Errorf("writing the report: %w", err))
	}
	if report.Worst() >= level {
		return cli.Failed
	}
	return cli.OK
}

// read returns the text of one side, from the file at path, standard
// input for "-", or the bundled example for "", and its name for the
// report; a text that cannot be checked is an error wrapping
// fedele.ErrInput. A file named .html, .htm or .xhtml is read as an
// HTML page.
func read(side, path string, stdin io.Reader) (text *extract.Text, name string, err error) {
	var b []byte
	switch path {
	case "":
		name = map[string]string{"source": "en.txt", "target": "it.txt"}[side]
		b, err = example.ReadFile("example/" + name)
	case textfile.Stdin:
		name = "stdin"
		b, err = textfile.Read(path, stdin)
	default:
		name = filepath.Base(path)
		b, err = textfile.Read(path, stdin)
	}
	if err != nil {
		return nil, "", err
	}
	shown := path
	if path == textfile.Stdin {
		shown = "from standard input"
	}
	if err := textfile.Validate(side, shown, b, fedele.ErrInput); err != nil {
		return nil, "", err
	}
	if !isHTML(path) {
		return extract.Plain(string(b)), name, nil
	}
	x, err := extract.HTML(b)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", path, err)
	}
	// A page of markup alone has no text to check.
	if err := textfile.Validate(side, shown, []byte(x.Text), fedele.ErrInput); err != nil {
		return nil, "", err
	}
	return x, name, nil
}
