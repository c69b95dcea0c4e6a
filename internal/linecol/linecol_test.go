package linecol

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPos(t *testing.T) {
	const text = "ab\ncd\r\neé\rf"
	tests := []struct{ off, line, col int }{
		{-5, 1, 1}, {0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 2, 4}, {7, 3, 1},
		{9, 3, 3}, // after "eé": é is two bytes, one character
		{10, 3, 3}, {11, 4, 1}, {12, 4, 2}, {99, 4, 2},
	}
	x := New(text)
	for _, tt := range tests {
		if line, col := x.Pos(tt.off); line != tt.line || col != tt.col {
			t.Errorf("Pos(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
	var zero Index
	if line, col := zero.Pos(3); line != 1 || col != 1 {
		t.Errorf("zero Index: %d:%d", line, col)
	}
	var none *Index
	if line, col := none.Pos(3); line != 1 || col != 1 {
		t.Errorf("nil Index: %d:%d", line, col)
	}
}

// On long lines, columns counted from the marks are the characters
// counted from the start of the line, for every offset, in text with
// characters of every width, bytes that are not UTF-8 and line breaks of
// every kind.
func TestPosLongLines(t *testing.T) {
	var sb strings.Builder
	for k := 0; sb.Len() < 5000; k++ {
		switch k % 97 {
		case 13:
			sb.WriteString("\n")
		case 50:
			sb.WriteString("\r\n")
		case 90:
			sb.WriteString("\r")
		}
		sb.WriteString([]string{"a", "é", "€", "😀", "\xff", "\xe2\x82", " "}[k%7])
	}
	text := sb.String() + strings.Repeat("xé", 700)
	x := New(text)
	if len(x.marks) == 0 {
		t.Fatal("no marks on a text with long lines")
	}
	for off := 0; off <= len(text); off++ {
		line, col := x.Pos(off)
		start := 0
		for l := 1; l < line; l++ {
			start = x.starts[l]
		}
		want := utf8.RuneCountInString(text[start:off]) + 1
		if col != want || start > off {
			t.Fatalf("Pos(%d) = %d:%d, want column %d", off, line, col, want)
		}
	}
}

// Positions on one enormous line cost the same whatever its length: the
// work of a position is bounded by the marks' stride.
func BenchmarkPosOneLine(b *testing.B) {
	for _, n := range []int{1 << 20, 16 << 20} {
		text := strings.Repeat("Sig. è ", n/8)
		x := New(text)
		b.Run(strconv.Itoa(n>>20)+"MB", func(b *testing.B) {
			off := 0
			for b.Loop() {
				off = (off + 7919) % len(text)
				x.Pos(off)
			}
		})
	}
}
