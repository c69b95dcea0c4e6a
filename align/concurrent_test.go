package align

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A Scorer may align and score from several goroutines at once, with the
// results of one. (Run with -race.)
func TestConcurrentUse(t *testing.T) {
	for _, in := range tableInputs(t)[:3] {
		s := NewScorer(in.src, in.tgt, langs(in.srcLang, in.tgtLang))
		want := s.Align()
		wantEv, wantScore, _ := s.Evidence([]int{0}, []int{0})
		var wg sync.WaitGroup
		errs := make(chan string, 8)
		for range 4 {
			wg.Go(func() {
				if diff := cmp.Diff(want, s.Align()); diff != "" {
					errs <- in.name + ": Align (-alone +concurrent):\n" + diff
				}
				ev, score, _ := s.Evidence([]int{0}, []int{0})
				if score != wantScore || !cmp.Equal(ev, wantEv) {
					errs <- in.name + ": Score differs when concurrent"
				}
			})
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
	}
}
