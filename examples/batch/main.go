// Command batch checks many document pairs in parallel: it reads JSON
// Lines pair records and writes one JSON Lines record per pair, in input
// order.
//
// Usage:
//
//	go run ./examples/batch [-workers N] [-o OUT.jsonl] [-quiet]
//	                        [-src-lang en] [-tgt-lang it] [IN.jsonl]
//
// It reads IN.jsonl, or standard input when it is absent or "-". An
// input record names the texts by path (relative to the working
// directory) or gives them inline, with optional languages:
//
//	{"id": "a1", "source": "en/a1.txt", "target": "it/a1.txt"}
//	{"id": "a2", "source_text": "…", "target_text": "…", "source_lang": "en", "target_lang": "it"}
//
// An output record is {"id": …, "report": {the JSON report}} or
// {"id": …, "error": "…"} for a pair that could not be checked; the run
// goes on. Package github.com/fedele/fedele/batch describes the records
// and does the work.
//
// With -learn, it first reads every pair and learns, for each pair of
// languages, a lexicon from the confident sentence pairs of all of them
// (batch.Checker.Learn), then checks every pair with it: a corpus of
// short documents teaches the aligner word pairs that no document alone
// has enough sentences to teach. It needs IN.jsonl (the input is read
// twice); the lexicon, learned again by a resumed run, is the same.
//
// With -o, a run that was stopped (Ctrl-C, SIGTERM, SIGKILL) and is
// started again with the same input and output resumes: the records
// already in OUT.jsonl are kept, a torn last one is cut, and only the
// pairs after them are checked. Ctrl-C or SIGTERM lets the pairs being
// checked finish and writes their records; a second one stops at once.
// A run refuses an output that another run is still writing.
//
// On a terminal it draws a progress bar on standard error (pairs done,
// rate, time left) while the records go to a file; none when they go to
// a pipe or the terminal, or with -quiet.
//
// The exit status is 0 when every pair was checked, 1 when some pairs
// have error records, 2 for usage, input or output errors (among them
// an OUT.jsonl that holds the records of another input), and 128 plus
// the signal's number when stopped by a signal.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/batch"
	"github.com/fedele/fedele/examples/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "pairs checked at once")
	outPath := fs.String("o", "", "write the records to `file`, resuming a stopped run (default: standard output)")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary")
	srcLang := fs.String("src-lang", "en", "language of sources whose record gives none (BCP 47)")
	tgtLang := fs.String("tgt-lang", "it", "language of translations whose record gives none (BCP 47)")
	learn := fs.Bool("learn", false, "first learn a lexicon for each pair of languages from all the pairs, then check them with it (reads IN.jsonl twice: not with standard input)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: batch [-workers N] [-o OUT.jsonl] [-quiet] [-learn] [-src-lang en] [-tgt-lang it] [IN.jsonl]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cli.OK
		}
		return cli.Trouble
	}
	fail := func(err error) int { return cli.Fail(stderr, "batch", err) }
	usage := func(msg string) int {
		fail(errors.New(msg))
		fs.Usage()
		return cli.Trouble
	}
	if fs.NArg() > 1 {
		return usage(fmt.Sprintf("one input file at most, got %d", fs.NArg()))
	}
	if *workers < 1 {
		return usage(fmt.Sprintf("-workers %d: at least one", *workers))
	}
	sl, err := language.Parse(*srcLang)
	if err != nil {
		return usage(fmt.Sprintf("bad -src-lang: %v", err))
	}
	tl, err := language.Parse(*tgtLang)
	if err != nil {
		return usage(fmt.Sprintf("bad -tgt-lang: %v", err))
	}

	// The input, and how many pairs it has when it is a file.
	in, inName, total := stdin, "standard input", -1
	var inFile *os.File
	if path := fs.Arg(0); path != "" && path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if total, err = countRecords(f); err != nil {
			return fail(err)
		}
		in, inName, inFile = f, path, f
	}
	if *learn && inFile == nil {
		return usage("-learn reads the input twice: give IN.jsonl, not standard input")
	}

	// The output, opened before any work; a file keeps the records of
	// an earlier run of the same input, which this one resumes.
	var out io.Writer = stdout
	checker := &batch.Checker{SourceLang: sl, TargetLang: tl}
	r := batch.Runner{
		Workers: *workers,
		Check:   checker.Check,
	}
	if *outPath != "" && *outPath != "-" {
		f, err := os.OpenFile(*outPath, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o666)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		if err := lock(f); err != nil {
			return fail(err)
		}
		if r.Done, err = batch.Resume(f); err != nil {
			return fail(err)
		}
		out = f
	}

	var bar *progressbar.ProgressBar
	if !*quiet && cli.IsTerminal(stderr) && cli.IsRegularFile(out) {
		r.Progress = func(st batch.Stats) {
			if bar == nil {
				bar = newBar(stderr, total, st.Resumed, *outPath)
			}
			bar.Set(st.Checked)
		}
	}

	// Ctrl-C and SIGTERM stop the run cleanly; a second one stops the
	// program at once.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	var stopped os.Signal
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		select {
		case stopped = <-sigs:
			signal.Stop(sigs)
			cancel()
		case <-stop:
			signal.Stop(sigs)
		}
	}()

	start := time.Now()
	err = nil
	if *learn {
		if !*quiet {
			fmt.Fprintf(stderr, "batch: learning from the %s of %s\n", pairs(total), inName)
		}
		if checker.Lexicons, err = checker.Learn(ctx, inFile, *workers); err == nil {
			_, err = inFile.Seek(0, io.SeekStart)
		}
		if err != nil && stopped == nil {
			return fail(err)
		}
	}
	var st batch.Stats
	if err == nil {
		st, err = r.Run(ctx, in, out)
	}
	if bar != nil {
		bar.Exit()
		fmt.Fprintln(stderr)
	}
	if f, ok := out.(*os.File); ok && out != stdout {
		if serr := f.Sync(); err == nil && serr != nil {
			err = fmt.Errorf("writing %s: %w", *outPath, serr)
		}
	}
	switch {
	case errors.Is(err, batch.ErrMismatch):
		return fail(fmt.Errorf("%w (-o %s: give another file, or remove this one to start again)", err, *outPath))
	case errors.Is(err, context.Canceled) && stopped != nil:
		where := "; run the same command again to resume"
		if *outPath == "" || *outPath == "-" {
			where = ""
		}
		fmt.Fprintf(stderr, "batch: stopped by %v: %s done%s\n", stopped, pairs(st.Resumed+st.Checked), where)
		if s, ok := stopped.(syscall.Signal); ok {
			return 128 + int(s)
		}
		return cli.Trouble
	case err != nil:
		return fail(err)
	}
	if !*quiet {
		elapsed := time.Since(start)
		fmt.Fprintf(stderr, "batch: %s from %s: %d checked in %.1fs (%.1f pairs/s), %d with errors",
			pairs(st.Resumed+st.Checked), inName, st.Checked, elapsed.Seconds(), float64(st.Checked)/elapsed.Seconds(), st.Failed)
		if st.Resumed > 0 {
			fmt.Fprintf(stderr, ", %d done before", st.Resumed)
		}
		fmt.Fprintln(stderr)
	}
	if st.Failed > 0 {
		return cli.Failed
	}
	return cli.OK
}

// countRecords counts the non-blank lines of f and goes back to its
// start.
func countRecords(f *os.File) (int, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	n, nonBlank := 0, false
	for {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			nonBlank = true
		}
		if err == bufio.ErrBufferFull {
			continue // a long line goes on
		}
		if nonBlank {
			n++
		}
		nonBlank = false
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, fmt.Errorf("reading %s: %w", f.Name(), err)
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return 0, fmt.Errorf("reading %s: %w", f.Name(), err)
	}
	return n, nil
}

// newBar returns the progress bar of a run with total pairs (-1 when
// unknown) of which resumed were done before.
func newBar(w io.Writer, total, resumed int, outPath string) *progressbar.ProgressBar {
	if resumed > 0 {
		fmt.Fprintf(w, "batch: resuming: %s already in %s\n", pairs(resumed), outPath)
	}
	left := -1
	if total >= 0 {
		left = max(total-resumed, 0)
	}
	return progressbar.NewOptions(left,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("checking"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("pairs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetRenderBlankState(true),
	)
}

// pairs says "1 pair" or "n pairs".
func pairs(n int) string {
	if n == 1 {
		return "1 pair"
	}
	return fmt.Sprintf("%d pairs", n)
}
