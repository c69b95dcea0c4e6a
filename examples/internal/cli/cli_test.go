package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

func TestFail(t *testing.T) {
	for _, tt := range []struct{ err, want string }{
		{"the source is empty", "align: the source is empty\n"},
		{"align: reading dictionary: bad line", "align: reading dictionary: bad line\n"},
		{"aligner: x", "align: aligner: x\n"},
	} {
		var b bytes.Buffer
		if st := Fail(&b, "align", errors.New(tt.err)); st != Trouble || b.String() != tt.want {
			t.Errorf("Fail(%q) = %d, %q; want %q", tt.err, st, b.String(), tt.want)
		}
	}
}

func TestOutput(t *testing.T) {
	dir := t.TempDir()
	var stdout bytes.Buffer
	for _, p := range []string{"", "-"} {
		o, err := Create(p, &stdout)
		if err != nil || o.IsFile() {
			t.Fatalf("Create(%q): %v", p, err)
		}
		if w, _ := o.Start(); w != &stdout {
			t.Errorf("Create(%q) does not write to stdout", p)
		}
	}

	// A new file that is never started is removed again.
	fresh := filepath.Join(dir, "fresh")
	o, err := Create(fresh, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("not created at once: %v", err)
	}
	o.Close(false)
	if _, err := os.Stat(fresh); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("left behind: %v", err)
	}

	// An old file keeps its content until writing starts, then is
	// replaced.
	old := filepath.Join(dir, "old")
	os.WriteFile(old, []byte("a long old content"), 0o644)
	o, err = Create(old, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(old); string(b) != "a long old content" {
		t.Errorf("emptied before Start: %q", b)
	}
	w, err := o.Start()
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("new"))
	if err := o.Close(true); err != nil {
		t.Fatal(err)
	}
	if err := o.Close(true); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if b, _ := os.ReadFile(old); string(b) != "new" {
		t.Errorf("content %q", b)
	}

	if _, err := Create(dir, nil); err == nil {
		t.Error("a directory taken as output")
	}
}

// The memory limit grows with the input, has a floor, and leaves a limit
// set with GOMEMLIMIT alone.
func TestLimitMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	t.Setenv("GOMEMLIMIT", "")
	got, stop := LimitMemory(1000)
	stop()
	stop() // twice is fine
	if got != memoryFloor {
		t.Errorf("small input: limit %d, want the floor %d", got, memoryFloor)
	}
	want := int64(100<<20) * memoryPerInputByte
	got, stop = LimitMemory(100 << 20)
	defer stop()
	if got != want || debug.SetMemoryLimit(-1) != want {
		t.Errorf("100 MiB input: limit %d, want %d", got, want)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(1 << 30)
	if got, _ := LimitMemory(100 << 20); got != 1<<30 {
		t.Errorf("with GOMEMLIMIT=1GiB: limit %d, want %d", got, 1<<30)
	}
}

// The limit stays while the live heap is well under it, and is raised
// to twice the live heap beyond (the collector's default headroom).
func TestRaisedLimit(t *testing.T) {
	for _, tt := range []struct {
		limit int64
		live  uint64
		want  int64
	}{
		{1000, 0, 1000},
		{1000, 1000, 1000},
		{1000, 1001, 2002},
		{1000, 2000, 4000},
	} {
		if got := raisedLimit(tt.limit, tt.live); got != tt.want {
			t.Errorf("raisedLimit(%d, %d) = %d, want %d", tt.limit, tt.live, got, tt.want)
		}
	}
}
