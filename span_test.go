package fedele

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLineIndex(t *testing.T) {
	text := "Titolo\r\nPrima riga è qui.\rSeconda.\n\nTerza \xff riga."
	li := newLineIndex(text)
	tests := []struct {
		start, end int
		want       Span
	}{
		{0, 6, Span{Start: 0, End: 6, Line: 1, Col: 1, Text: "Titolo"}},
		{8, 13, Span{Start: 8, End: 13, Line: 2, Col: 1, Text: "Prima"}},
		// "è" is two bytes but one column.
		{22, 26, Span{Start: 22, End: 26, Line: 2, Col: 14, Text: "qui."}},
		{27, 35, Span{Start: 27, End: 35, Line: 3, Col: 1, Text: "Seconda."}},
		// The invalid byte counts as one column.
		{45, 50, Span{Start: 45, End: 50, Line: 5, Col: 9, Text: "riga."}},
		// Out-of-range offsets are clamped, never a panic.
		{-3, 2, Span{Start: 0, End: 2, Line: 1, Col: 1, Text: "Ti"}},
		{60, 70, Span{Start: 50, End: 50, Line: 5, Col: 14, Text: ""}},
	}
	for _, tt := range tests {
		got := li.span(tt.start, tt.end)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("span(%d, %d) mismatch (-want +got):\n%s", tt.start, tt.end, diff)
		}
	}
}
