package linecol

import "testing"

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
