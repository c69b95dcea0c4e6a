// Command check checks a translation against its source and prints a
// report of what the translation leaves out, adds, or says differently.
//
// Usage:
//
//	go run ./examples/check                          # the bundled example pair
//	go run ./examples/check -src en.txt -tgt it.txt [-src-lang en -tgt-lang it]
//	                        [-format text|json|html|tmx|xliff|tsv] [-min-score 0.5]
//	                        [-o FILE] [-fail-on error|warning] [-presegmented]
//
// A file named .html, .htm or .xhtml is read as an HTML page: its text
// is checked, and the positions in the report are those of the page.
// The html format writes one self-contained page with both texts side by
// side; tmx, xliff and tsv write the alignment for translation memories,
// CAT tools and corpus tools (with -min-score, TMX and TSV keep only the
// beads of at least that score).
//
// The exit status is 0 when no finding reaches the -fail-on level
// (default error), 1 when one does, and 2 for usage or input errors.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	srcPath := fs.String("src", "", "source text `file` (default: the bundled example)")
	tgtPath := fs.String("tgt", "", "translation `file` (default: the bundled example)")
	srcLang := fs.String("src-lang", "en", "language of the source (BCP 47)")
	tgtLang := fs.String("tgt-lang", "it", "language of the translation (BCP 47)")
	format := fs.String("format", "text", "report format: "+strings.Join(formats, ", "))
	minScore := fs.Float64("min-score", 0, "with -format tmx or tsv, keep only the beads of at least this `score` (0 to 1)")
	out := fs.String("o", "", "write the report to `file` instead of standard output")
	failOn := fs.String("fail-on", "error", "exit 1 when a finding reaches this severity: error, warning or info")
	preseg := fs.Bool("presegmented", false, "read each text as one sentence a line")
	mode := fs.String("mode", "auto", "how the texts relate: auto, translation or reorganized")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: check [-src FILE -tgt FILE] [-src-lang en] [-tgt-lang it] [-format text|json|html|tmx|xliff|tsv] [-o FILE] [-fail-on error|warning]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "check: %v\n", err)
		var ue usageError
		if errors.As(err, &ue) {
			fs.Usage()
		}
		return 2
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
	if *srcPath == "" {
		dir := exampleDir()
		*srcPath, *tgtPath = filepath.Join(dir, "en.txt"), filepath.Join(dir, "it.txt")
	}
	sl, err := language.Parse(*srcLang)
	if err != nil {
		return fail(usageError{fmt.Sprintf("bad -src-lang: %v", err)})
	}
	tl, err := language.Parse(*tgtLang)
	if err != nil {
		return fail(usageError{fmt.Sprintf("bad -tgt-lang: %v", err)})
	}
	src, err := readInput(*srcPath)
	if err != nil {
		return fail(err)
	}
	tgt, err := readInput(*tgtPath)
	if err != nil {
		return fail(err)
	}
	opts := []fedele.Option{
		fedele.WithLanguages(sl, tl),
		fedele.WithNames(filepath.Base(*srcPath), filepath.Base(*tgtPath)),
		fedele.WithMode(m),
	}
	if *preseg {
		opts = append(opts, fedele.Presegmented())
	}
	report, err := fedele.Check(src.Text, tgt.Text, opts...)
	if err != nil {
		return fail(err)
	}

	w := stdout
	color := isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		w, color = f, false
	}
	if err := write(w, *format, report, src, tgt, color, *minScore); err != nil {
		return fail(err)
	}
	if report.Worst() >= level {
		return 1
	}
	return 0
}

// exampleDir finds the bundled example: testdata/example of the module,
// from the working directory or from this source file's place.
func exampleDir() string {
	rel := filepath.Join("testdata", "example")
	if st, err := os.Stat(rel); err == nil && st.IsDir() {
		return rel
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		return filepath.Join(filepath.Dir(file), "..", "..", rel)
	}
	return rel
}

// isTerminal reports whether w is a character device, such as a
// terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
