package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the errors it is given.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.errors = append(r.errors, "fatal: "+fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	if Updating() {
		t.Skip("the test of the golden files themselves does not run with -update")
	}
	path := filepath.Join(t.TempDir(), "case.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	same := &recorder{TB: t}
	Check(same, path, []byte("one\ntwo\n"))
	if len(same.errors) != 0 {
		t.Errorf("equal content: errors %q", same.errors)
	}

	differ := &recorder{TB: t}
	Check(differ, path, []byte("one\nthree\n"))
	if len(differ.errors) != 1 || !strings.Contains(differ.errors[0], "-want +got") || !strings.Contains(differ.errors[0], "three") {
		t.Errorf("different content: errors %q", differ.errors)
	}

	missing := &recorder{TB: t}
	Check(missing, filepath.Join(t.TempDir(), "none.golden"), []byte("x"))
	if len(missing.errors) != 1 || !strings.Contains(missing.errors[0], "-update") {
		t.Errorf("missing file: errors %q", missing.errors)
	}
}
