package format

import (
	"sort"

	"github.com/fedele/fedele"
)

// sentence is one sentence of a side of the report: the bead it is in
// and its place in that bead's list.
type sentence struct {
	bead, pos int
	span      fedele.Span
}

// sideIndex lists the sentences of one side in the order of the
// alignment, which is the order of the text.
type sideIndex []sentence

// index lists the sentences of both sides of r.
func index(r *fedele.Report) (src, tgt sideIndex) {
	for b, p := range r.Alignment {
		for i, sp := range p.Source {
			src = append(src, sentence{b, i, sp})
		}
		for i, sp := range p.Target {
			tgt = append(tgt, sentence{b, i, sp})
		}
	}
	return src, tgt
}

// find returns the index of the sentence that holds byte off: the last
// sentence that starts at or before it (-1 when off is before every
// sentence).
func (ix sideIndex) find(off int) int {
	return sort.Search(len(ix), func(i int) bool { return ix[i].span.Start > off }) - 1
}

// beadOf returns the bead a finding belongs to: the bead of the
// sentence holding its first target span, else its first source span;
// -1 for a finding about the whole document (no span).
func beadOf(f *fedele.Finding, src, tgt sideIndex) int {
	if len(f.Target) > 0 {
		if i := tgt.find(f.Target[0].Start); i >= 0 {
			return tgt[i].bead
		}
		if len(tgt) > 0 {
			return tgt[0].bead
		}
	}
	if len(f.Source) > 0 {
		if i := src.find(f.Source[0].Start); i >= 0 {
			return src[i].bead
		}
		if len(src) > 0 {
			return src[0].bead
		}
	}
	return -1
}
