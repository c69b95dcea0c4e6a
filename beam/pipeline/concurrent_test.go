package pipeline

import (
	"errors"
	"slices"
	"testing"
)

// TestConcurrentResults checks that every element put gives its
// result once, with 1, 2 and 8 goroutines, and that an error of emit
// ends the bundle without losing the goroutines.
func TestConcurrentResults(t *testing.T) {
	for _, n := range []int{1, 2, 8} {
		var c concurrent[int, int]
		for bundle := range 2 { // a DoFn's pool serves bundle after bundle
			c.start(n, func(x int) int { return x * x })
			var got []int
			emit := func(y int) error { got = append(got, y); return nil }
			for x := range 100 {
				if err := c.put(x, emit); err != nil {
					t.Fatal(err)
				}
			}
			if err := c.finish(emit); err != nil {
				t.Fatal(err)
			}
			slices.Sort(got)
			if len(got) != 100 || got[0] != 0 || got[99] != 99*99 {
				t.Errorf("n=%d bundle %d: %d results, %v…", n, bundle, len(got), got[:min(len(got), 3)])
			}
		}
		c.start(n, func(x int) int { return x })
		bad := errors.New("bad")
		var err error
		for x := range 100 {
			if err = c.put(x, func(y int) error { return bad }); err != nil {
				break
			}
		}
		if err == nil {
			err = c.finish(func(int) error { return bad })
		}
		if !errors.Is(err, bad) {
			t.Errorf("n=%d: err %v, want the emit's error", n, err)
		}
		if err := c.finish(func(int) error { return nil }); err != nil {
			t.Errorf("n=%d: finish after an error: %v", n, err)
		}
	}
}
