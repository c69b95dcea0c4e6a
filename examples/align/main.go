// Command align aligns the sentences of a source text and of its
// translation and prints the beads.
//
//	go run ./examples/align -src FILE -tgt FILE [-src-lang en] [-tgt-lang it]
//	    [-presegmented] [-format vecalign|tsv|json|tmx|xliff|html] [-min-score 0.5]
//	    [-dict FILE] [-max-bead 5]
//
// Without -presegmented the texts are split into sentences by package
// segment (rules for Italian and English, Unicode boundaries otherwise).
// With -presegmented each non-blank line is a sentence (the input
// convention of hunalign and vecalign). The vecalign format prints one
// bead a line in document order with 0-based sentence numbers and the
// bead's confidence: "[0]:[0]:0.97", "[3, 4]:[5]:0.81", "[7]:[]:0.66".
// The tsv format is hunalign's: "score<TAB>source<TAB>target", one bead
// a line; tmx writes a translation memory (TMX 1.4b), xliff a bilingual
// XLIFF 2.0 file, html a page with both texts side by side. With
// -min-score, tsv and tmx keep only the beads of at least that score.
//
// "-" for -src or -tgt reads that text from standard input. Input that
// cannot be aligned (a binary file, text that is not UTF-8, a side with
// no text) is refused with a message saying where the problem is, as
// examples/check refuses it. On a terminal, control characters of the
// texts are shown rather than sent to it. The exit status is 0 when the
// beads are written, and 2 for usage, input or output errors.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/examples/internal/cli"
	"github.com/fedele/fedele/internal/jsonstream"
	"github.com/fedele/fedele/internal/termsafe"
	"github.com/fedele/fedele/internal/textfile"
	"github.com/fedele/fedele/segment"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("align", flag.ContinueOnError)
	fs.SetOutput(stderr)
	srcPath := fs.String("src", "", "source text `file`, - for standard input (required)")
	tgtPath := fs.String("tgt", "", "target (translation) text `file`, - for standard input (required)")
	srcLang := fs.String("src-lang", "", "source language code, e.g. en")
	tgtLang := fs.String("tgt-lang", "", "target language code, e.g. it")
	preseg := fs.Bool("presegmented", false, "one sentence a line; blank lines are not sentences")
	format := fs.String("format", "vecalign", "output format: vecalign, tsv, json, tmx, xliff or html")
	minScore := fs.Float64("min-score", 0, "with -format tsv or tmx, keep only the beads of at least this `score` (0 to 1)")
	dictPath := fs.String("dict", "", "user dictionary `file` (source<TAB>target, or hunalign's target @ source)")
	maxBead := fs.Int("max-bead", 5, "most sentences on one side of a bead, 1 to 6")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: align -src FILE -tgt FILE [-src-lang en] [-tgt-lang it] [-presegmented] [-format vecalign|tsv|json|tmx|xliff|html] [-min-score S]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return cli.OK
		}
		return cli.Trouble
	}
	fail := func(err error) int { return cli.Fail(stderr, "align", err) }
	usage := func(msg string) int {
		fail(errors.New(msg))
		fs.Usage()
		return cli.Trouble
	}
	if fs.NArg() > 0 || *srcPath == "" || *tgtPath == "" {
		return usage("-src and -tgt are required and no other arguments are accepted")
	}
	if *srcPath == textfile.Stdin && *tgtPath == textfile.Stdin {
		return usage("only one of -src and -tgt can be standard input")
	}
	switch *format {
	case "vecalign", "tsv", "json", "tmx", "xliff", "html":
	default:
		return usage(fmt.Sprintf("unknown -format %q (want vecalign, tsv, json, tmx, xliff or html)", *format))
	}
	if *minScore < 0 || *minScore > 1 {
		return usage(fmt.Sprintf("-min-score %v is not between 0 and 1", *minScore))
	}
	if *maxBead < 1 || *maxBead > 6 {
		return usage(fmt.Sprintf("-max-bead %d: a bead has 1 to 6 sentences on a side", *maxBead))
	}
	srcTag, err := parseLang(*srcLang)
	if err != nil {
		return usage(fmt.Sprintf("-src-lang: %v", err))
	}
	tgtTag, err := parseLang(*tgtLang)
	if err != nil {
		return usage(fmt.Sprintf("-tgt-lang: %v", err))
	}
	srcText, err := readText("source", *srcPath, stdin)
	if err != nil {
		return fail(err)
	}
	tgtText, err := readText("target", *tgtPath, stdin)
	if err != nil {
		return fail(err)
	}
	_, stopWatch := cli.LimitMemory(len(srcText) + len(tgtText))
	defer stopWatch()
	opts := []align.Option{align.WithLanguages(srcTag, tgtTag), align.WithMaxBead(*maxBead)}
	if *format != "json" {
		// Only the JSON output shows the word matches.
		opts = append(opts, align.WithoutMatches())
	}
	if *dictPath != "" {
		f, err := os.Open(*dictPath)
		if err != nil {
			return fail(err)
		}
		d, err := align.ReadDictionary(f)
		f.Close()
		if err != nil {
			return fail(err)
		}
		opts = append(opts, align.WithDictionary(d))
	}
	var src, tgt []string
	var beads []align.Bead
	srcSide := side{path: *srcPath, lang: *srcLang, text: srcText}
	tgtSide := side{path: *tgtPath, lang: *tgtLang, text: tgtText}
	if *preseg {
		// One sentence a line, as segment reads lines: LF, CR LF or a
		// lone CR end one, and a line of invisible characters is blank.
		srcSide.sentences, tgtSide.sentences = segment.SplitLines(srcText), segment.SplitLines(tgtText)
		src, tgt = texts(srcSide.sentences), texts(tgtSide.sentences)
		beads = align.Align(src, tgt, opts...)
	} else {
		var ta *align.TextAlignment
		ta, err = align.AlignText(srcText, tgtText, opts...)
		if ta != nil {
			for _, s := range ta.Src {
				src = append(src, s.Text)
			}
			for _, s := range ta.Tgt {
				tgt = append(tgt, s.Text)
			}
			beads = ta.Beads
			srcSide.sentences, tgtSide.sentences = ta.Src, ta.Tgt
		}
	}
	if err != nil {
		return fail(err)
	}
	out := stdout
	var shown *termsafe.Writer
	if cli.IsTerminal(stdout) {
		// The texts are the user's: on a terminal their control
		// characters are shown, not obeyed.
		shown = termsafe.NewWriter(stdout)
		out = shown
	}
	w := bufio.NewWriter(out)
	switch *format {
	case "vecalign":
		for _, b := range beads {
			fmt.Fprintf(w, "%s:%s:%.2f\n", list(b.Src), list(b.Tgt), b.Score)
		}
	case "tsv", "tmx", "xliff", "html":
		err = writeReport(w, *format, srcSide, tgtSide, beads, *minScore)
	case "json":
		err = writeJSON(w, beads, src, tgt)
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil && shown != nil {
		err = shown.Flush()
	}
	if err != nil {
		return fail(fmt.Errorf("writing the beads: %w", err))
	}
	return cli.OK
}

// parseLang reads a BCP 47 tag; "" is the undetermined language.
func parseLang(s string) (language.Tag, error) {
	if s == "" {
		return language.Und, nil
	}
	return language.Parse(s)
}

// readText returns the text of one side, from the file at path or from
// standard input for "-", without a byte order mark; a text that cannot
// be aligned is an error wrapping align.ErrInput.
func readText(side, path string, stdin io.Reader) (string, error) {
	data, err := textfile.Read(path, stdin)
	if err != nil {
		return "", err
	}
	name := path
	if path == textfile.Stdin {
		name = "from standard input"
	}
	if err := textfile.Validate(side, name, data, align.ErrInput); err != nil {
		return "", err
	}
	return strings.TrimPrefix(string(data), "\ufeff"), nil
}

// texts returns the texts of sentences.
func texts(sentences []segment.Sentence) []string {
	out := make([]string, len(sentences))
	for i, s := range sentences {
		out[i] = s.Text
	}
	return out
}

func list(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

type jsonMatch struct {
	Kind   string `json:"kind"`
	Source string `json:"source"`
	Target string `json:"target"`
}

type jsonBead struct {
	Src      []int   `json:"src"`
	Tgt      []int   `json:"tgt"`
	Score    float64 `json:"score"`
	Coverage float64 `json:"coverage"`
	// Decision is what decided the bead (align.Decision): "path",
	// "second-look", "pair-split" or "excluded".
	Decision string `json:"decision"`
	// Facing and Margin are those of align.Bead: a sentence left alone
	// face to face with one of the other side, and how much more pairing
	// the two would cost than leaving both alone.
	Facing  bool        `json:"facing,omitempty"`
	Margin  float64     `json:"margin,omitempty"`
	Matches []jsonMatch `json:"matches,omitempty"`
}

// writeJSON writes the beads as one indented JSON list, a bead at a
// time (the bytes encoding/json would write for the whole list).
func writeJSON(w io.Writer, beads []align.Bead, src, tgt []string) error {
	s := jsonstream.New(w)
	s.List(len(beads), 0, func(i int) any {
		b := beads[i]
		jb := jsonBead{Src: b.Src, Tgt: b.Tgt, Score: round(b.Score), Coverage: round(b.Evidence.Coverage),
			Decision: b.Decision.String(), Facing: b.Facing, Margin: math.Round(b.Margin*1000) / 1000}
		if jb.Src == nil {
			jb.Src = []int{}
		}
		if jb.Tgt == nil {
			jb.Tgt = []int{}
		}
		for _, m := range b.Evidence.Matches {
			jb.Matches = append(jb.Matches, jsonMatch{
				Kind:   m.Kind.String(),
				Source: src[m.Src.Sent][m.Src.Start:m.Src.End],
				Target: tgt[m.Tgt.Sent][m.Tgt.Start:m.Tgt.End],
			})
		}
		return jb
	})
	s.Raw("\n")
	return s.Flush()
}

func round(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
