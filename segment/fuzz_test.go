package segment

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// The fuzz targets of the package are FuzzSplit, FuzzScanner,
// FuzzUAX29Regions and FuzzSplitLines (lines_test.go). .ci/run runs each
// for a few seconds; a long run, one target at a time:
//
//	go test ./segment -run '^$' -fuzz '^FuzzScanner$' -fuzztime 10m

// addSeeds seeds a fuzz target with the table cases, the golden documents
// and the bad inputs.
func addSeeds(f *testing.F, add func(string)) {
	for _, tc := range ruleTests {
		add(tc.in)
	}
	for _, doc := range goldenDocs {
		add(readTestdata(f, doc.name))
	}
	for _, in := range badInputs {
		add(in)
	}
}

var fuzzTags = [...]language.Tag{language.Italian, language.English, language.Und}

// FuzzSplit checks the invariants of Split: sentences in order, not
// overlapping, trimmed, mapping back to the input, covering every byte
// that is not white space; no panic.
func FuzzSplit(f *testing.F) {
	addSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, text string) {
		for _, tag := range fuzzTags {
			checkSentences(t, text, New(tag).Split(text))
		}
	})
}

// FuzzScanner checks that a Scanner finds the same sentences as Split,
// for any window and any size of reads, and in particular for a window
// as long as the text, or one byte shorter or longer: the edge where the
// input ends just at the end of a window.
func FuzzScanner(f *testing.F) {
	n := 0
	addSeeds(f, func(s string) {
		n++
		f.Add(s, uint16(64+n%200), uint8(n%13), uint8(n%3))
	})
	f.Add(scannerEdge, uint16(142), uint8(5), uint8(0))
	f.Fuzz(func(t *testing.T, text string, window uint16, chunk, lang uint8) {
		tag := fuzzTags[int(lang)%len(fuzzTags)]
		reads := int(chunk)%97 + 1
		for _, w := range []int{int(window), len(text) - 1, len(text), len(text) + 1} {
			seg := New(tag, WithWindow(w))
			want := seg.Split(text)
			checkSentences(t, text, want)
			got := scanAll(t, seg, chunkReader{strings.NewReader(text), reads})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("window %d, reads of %d (-Split +Scanner):\n%s", w, reads, diff)
			}
		}
	})
}

// FuzzUAX29Regions checks that running uniseg only around terminators (the
// fallback segmenter) finds the boundaries of uniseg on the whole text.
func FuzzUAX29Regions(f *testing.F) {
	addSeeds(f, func(s string) { f.Add(s) })
	f.Fuzz(func(t *testing.T, text string) {
		if diff := cmp.Diff(unisegSpans(text), spans(New(language.Und).Split(text))); diff != "" {
			t.Fatalf("(-uniseg +segment):\n%s", diff)
		}
	})
}
