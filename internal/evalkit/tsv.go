package evalkit

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// moduleFile returns the path of a file of the module given by its
// elements from the module root: the first folder holding a go.mod found
// walking up from the working directory.
func moduleFile(elem ...string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("evalkit: %w", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(append([]string{d}, elem...)...), nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("evalkit: no go.mod above %s", wd)
		}
	}
}

// parseFile opens path and parses it with parse; an error names the
// file.
func parseFile[T any](path string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, fmt.Errorf("evalkit: %w", err)
	}
	defer f.Close()
	v, err := parse(f)
	if err != nil {
		return zero, fmt.Errorf("evalkit: %s: %w", filepath.Base(path), err)
	}
	return v, nil
}

// scanTSV reads a tab-separated file: a header line equal to header
// (after a byte order mark), then one row a line with exactly
// len(names) fields, each given to row with its line number. With
// comments, blank lines and lines starting with '#' are skipped, before
// the header too; without, every line is a row. A missing or wrong
// header, a row with another number of fields, or an error of row is an
// error naming the line.
func scanTSV(r io.Reader, header string, names []string, comments bool, row func(n int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	seenHeader := false
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if comments && (strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#")) {
			continue
		}
		if !seenHeader {
			if line != header {
				return fmt.Errorf("line %d: header %q, want %q", n, line, header)
			}
			seenHeader = true
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != len(names) {
			return fmt.Errorf("line %d: %d fields, want %d (%s)", n, len(fields), len(names), strings.Join(names, ", "))
		}
		if err := row(n, fields); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", n+1, err)
	}
	if !seenHeader {
		return fmt.Errorf("no header %q", header)
	}
	return nil
}
