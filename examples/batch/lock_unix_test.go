//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// TestOutputLocked starts a run on an output that another run holds.
func TestOutputLocked(t *testing.T) {
	dir := t.TempDir()
	in := input(t, dir, 2)
	out := filepath.Join(dir, "out.jsonl")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		t.Skipf("no flock here: %v", err)
	}
	var stderr bytes.Buffer
	if st := run([]string{"-o", out, in}, nil, nil, &stderr); st != 2 {
		t.Errorf("status %d", st)
	}
	if !strings.Contains(stderr.String(), out+" is being written by another run") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if b, _ := os.ReadFile(out); len(b) != 0 {
		t.Errorf("the locked output was written: %q", b)
	}
	unix.Flock(int(f.Fd()), unix.LOCK_UN)
	stderr.Reset()
	if st := run([]string{"-quiet", "-o", out, in}, nil, nil, &stderr); st != 0 {
		t.Errorf("status %d once the lock is gone: %s", st, stderr.String())
	}
}
