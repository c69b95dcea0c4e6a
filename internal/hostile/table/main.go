// Command table measures the example programs on every hostile shape of
// text at several sizes and prints a Markdown table: processor time
// (user and system), throughput and peak memory (maximum resident set)
// of examples/segment, examples/align and examples/check, each given the
// shape as its text (align and check as the translation of the bundled
// English example).
//
//	go build -o /tmp/bin/ ./examples/segment ./examples/align ./examples/check
//	go run ./internal/hostile/table -bin /tmp/bin [-sizes 100k,1m,10m] [-timeout 2m] [-shapes words,dots]
//
// Programs built from an older commit can be measured the same way (the
// flags used, -src, -tgt, -src-lang, -tgt-lang, -format json and -o, are
// old). A run that passes the timeout is killed and shown as "> timeout".
// Throughput is counted on the time beyond the program's start-up (its
// time on a text of one short sentence, printed first): the built-in
// tables a program loads cost the same whatever the input. Under 10 ms
// beyond the start-up, no rate is given ("-").
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/fedele/fedele/internal/hostile"
)

func main() {
	bin := flag.String("bin", "", "directory holding the segment, align and check programs")
	sizes := flag.String("sizes", "100k,1m,10m", "sizes of text, comma separated (k and m suffixes)")
	timeout := flag.Duration("timeout", 2*time.Minute, "longest run of one program")
	only := flag.String("shapes", "", "shapes to measure, comma separated (default all)")
	programs := flag.String("programs", "segment,align,check", "programs to measure")
	src := flag.String("src", filepath.Join("testdata", "example", "en.txt"), "source text of align and check")
	write := flag.String("write", "", "(used by the program itself) write the text shape,size,path and exit")
	flag.Parse()
	if *write != "" {
		os.Exit(writeShape(*write))
	}
	if *bin == "" {
		fmt.Fprintln(os.Stderr, "table: -bin is required")
		os.Exit(2)
	}
	ns, err := parseSizes(*sizes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		os.Exit(2)
	}
	work, err := os.MkdirTemp("", "hostile-table")
	if err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(work)

	baseline := map[string]time.Duration{}
	tiny := filepath.Join(work, "tiny.txt")
	if err := os.WriteFile(tiny, []byte("Il gatto dorme."), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		os.Exit(1)
	}
	for _, prog := range strings.Split(*programs, ",") {
		best := time.Hour
		for range 3 {
			best = min(best, run(filepath.Join(*bin, prog), argsOf(prog, *src, tiny, work), *timeout).cpu)
		}
		baseline[prog] = best
		fmt.Printf("start-up of %s: %.3f s of CPU\n", prog, best.Seconds())
	}
	fmt.Println()
	fmt.Print("| shape | program |")
	for _, n := range ns {
		fmt.Printf(" %s: CPU s | MB/s | peak MB |", human(n))
	}
	fmt.Print("\n|---|---|")
	for range ns {
		fmt.Print("---:|---:|---:|")
	}
	fmt.Println()
	for _, shape := range hostile.Shapes {
		if *only != "" && !slices.Contains(strings.Split(*only, ","), shape.Name) {
			continue
		}
		// The texts are written by a child process: a child's peak memory
		// counts the pages it shares with this process until it starts
		// its program, so this one never holds them.
		files := make([]string, len(ns))
		for k, n := range ns {
			files[k] = filepath.Join(work, fmt.Sprintf("%s-%d.txt", shape.Name, n))
			gen := exec.Command(os.Args[0], "-write", fmt.Sprintf("%s,%d,%s", shape.Name, n, files[k]))
			gen.Stderr = os.Stderr
			if err := gen.Run(); err != nil {
				fmt.Fprintln(os.Stderr, "table: writing", files[k]+":", err)
				os.Exit(1)
			}
		}
		for _, prog := range strings.Split(*programs, ",") {
			fmt.Printf("| %s | %s |", shape.Name, prog)
			for k, f := range files {
				r := run(filepath.Join(*bin, prog), argsOf(prog, *src, f, work), *timeout)
				beyond := r.cpu - baseline[prog]
				switch {
				case r.timedOut:
					fmt.Printf(" > %s | < %.2f | %.0f |", *timeout, float64(ns[k])/1e6/timeout.Seconds(), r.peakMB)
				case r.err != nil:
					fmt.Printf(" error: %v | | |", r.err)
				case beyond < 10*time.Millisecond:
					// Too short beyond the start-up to give a rate.
					fmt.Printf(" %.2f | - | %.0f |", r.cpu.Seconds(), r.peakMB)
				default:
					fmt.Printf(" %.2f | %.1f | %.0f |", r.cpu.Seconds(), float64(ns[k])/1e6/beyond.Seconds(), r.peakMB)
				}
			}
			fmt.Println()
		}
	}
}

// writeShape writes the text of "shape,size,path".
func writeShape(spec string) int {
	f := strings.SplitN(spec, ",", 3)
	if len(f) != 3 {
		fmt.Fprintln(os.Stderr, "table: -write wants shape,size,path")
		return 2
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "table:", err)
		return 2
	}
	for _, sh := range hostile.Shapes {
		if sh.Name == f[0] {
			if err := os.WriteFile(f[2], []byte(sh.Make(n)), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "table:", err)
				return 1
			}
			return 0
		}
	}
	fmt.Fprintln(os.Stderr, "table: no shape", f[0])
	return 2
}

// argsOf returns the arguments of a program given the text at path.
func argsOf(prog, src, path, work string) []string {
	switch prog {
	case "align":
		return []string{"-src", src, "-tgt", path, "-src-lang", "en", "-tgt-lang", "it"}
	case "check":
		return []string{"-src", src, "-tgt", path, "-src-lang", "en", "-tgt-lang", "it", "-format", "json", "-o", filepath.Join(work, "report.json")}
	}
	return []string{path}
}

type result struct {
	cpu      time.Duration
	peakMB   float64
	timedOut bool
	err      error
}

// run runs one program and measures it. Exit statuses 0 and 1 (findings
// at the failing level) are success.
func run(path string, args []string, timeout time.Duration) result {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Stdout, cmd.Stderr = nil, nil // discarded
	err := cmd.Run()
	var r result
	if st := cmd.ProcessState; st != nil {
		r.cpu = st.UserTime() + st.SystemTime()
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			r.peakMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux
		}
	}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.timedOut = true
	case errors.As(err, &exit) && exit.ExitCode() == 1:
	case err != nil:
		r.err = err
	}
	return r
}

func parseSizes(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		mult := 1
		switch {
		case strings.HasSuffix(f, "k"):
			mult, f = 1000, strings.TrimSuffix(f, "k")
		case strings.HasSuffix(f, "m"):
			mult, f = 1000000, strings.TrimSuffix(f, "m")
		}
		n, err := strconv.Atoi(f)
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("bad size %q", f)
		}
		ns = append(ns, n*mult)
	}
	return ns, nil
}

func human(n int) string {
	if n >= 1000000 {
		return fmt.Sprintf("%d MB", n/1000000)
	}
	return fmt.Sprintf("%d KB", n/1000)
}
