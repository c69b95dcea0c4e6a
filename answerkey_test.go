package fedele

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// keyFinding is a line of testdata/example/answer_key.tsv: a finding the
// bundled example is known to hold, located by excerpts of the texts.
type keyFinding struct {
	line             int
	kind             Kind
	severity         Severity
	srcExcerpt       string
	tgtExcerpt       string
	srcStart, tgtEnd int
	srcEnd, tgtStart int
}

func readAnswerKey(t *testing.T, src, tgt string) []keyFinding {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "example", "answer_key.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var key []keyFinding
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue // header
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 4 {
			t.Fatalf("answer_key.tsv:%d: %d fields, want at least 4", n, len(fields))
		}
		k, err := ParseKind(fields[0])
		if err != nil {
			t.Fatalf("answer_key.tsv:%d: %v", n, err)
		}
		sev, err := ParseSeverity(fields[1])
		if err != nil {
			t.Fatalf("answer_key.tsv:%d: %v", n, err)
		}
		kf := keyFinding{line: n, kind: k, severity: sev, srcExcerpt: fields[2], tgtExcerpt: fields[3],
			srcStart: -1, tgtStart: -1}
		locate := func(text, excerpt string, start, end *int) {
			if excerpt == "" {
				return
			}
			i := strings.Index(text, excerpt)
			if i < 0 || strings.Index(text[i+1:], excerpt) >= 0 {
				t.Fatalf("answer_key.tsv:%d: excerpt %q does not occur exactly once", n, excerpt)
			}
			*start, *end = i, i+len(excerpt)
		}
		locate(src, kf.srcExcerpt, &kf.srcStart, &kf.srcEnd)
		locate(tgt, kf.tgtExcerpt, &kf.tgtStart, &kf.tgtEnd)
		key = append(key, kf)
	}
	return key
}

// overlaps reports whether one of spans overlaps [start, end).
func overlaps(spans []Span, start, end int) bool {
	for _, sp := range spans {
		if sp.Start < end && start < sp.End {
			return true
		}
	}
	return false
}

// matches reports whether finding f reports key finding k: the same
// kind, at the key's places.
func (k keyFinding) matches(f Finding) bool {
	if f.Kind != k.kind {
		return false
	}
	if k.srcStart >= 0 && !overlaps(f.Source, k.srcStart, k.srcEnd) {
		return false
	}
	if k.tgtStart >= 0 && !overlaps(f.Target, k.tgtStart, k.tgtEnd) {
		return false
	}
	return true
}

// TestAnswerKey checks the bundled example against its answer key,
// written before the tool ran: every key finding must be reported, with
// the key's severity, and no error may be reported that the key does
// not list.
func TestAnswerKey(t *testing.T) {
	src, tgt := readExample(t)
	key := readAnswerKey(t, src, tgt)
	r, err := Check(src, tgt, WithNames("en.txt", "it.txt"))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, k := range key {
		ok := false
		for _, f := range r.Findings {
			if k.matches(f) {
				ok = true
				if f.Severity != k.severity {
					t.Errorf("answer_key.tsv:%d: %s reported as %s, key says %s: %s", k.line, k.kind, f.Severity, k.severity, f.Message)
				}
				break
			}
		}
		if ok {
			found++
		} else {
			t.Errorf("answer_key.tsv:%d: %s not reported (source %q, target %q)", k.line, k.kind, k.srcExcerpt, k.tgtExcerpt)
		}
	}
	extra := 0
	for _, f := range r.Findings {
		if f.Severity != SeverityError {
			continue
		}
		listed := false
		for _, k := range key {
			if k.matches(f) {
				listed = true
				break
			}
		}
		if !listed {
			extra++
			t.Errorf("error finding not in the answer key: %s %v -> %v: %s", f.Kind, f.Source, f.Target, f.Message)
		}
	}
	t.Logf("answer key: %d/%d findings reported; %d unlisted errors; %d findings in all (%d errors, %d warnings, %d info)",
		found, len(key), extra, len(r.Findings), r.Summary.Errors, r.Summary.Warnings, r.Summary.Infos)
}
