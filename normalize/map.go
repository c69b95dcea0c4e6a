package normalize

import (
	"errors"
	"fmt"
	"iter"
	"sort"
)

// ErrMapMismatch is returned by [Map.Compose] for two maps that do not chain.
var ErrMapMismatch = errors.New("normalize: maps do not chain")

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Segment is one run of a [Map]: the output bytes Out came from the input
// bytes In. When Exact is true the two spans have the same length and map
// byte for byte (copied text, or a rune replaced by one of the same length
// such as a case change); otherwise the segment is a unit that maps only as
// a whole (a replacement, an insertion when In is empty, or a deletion when
// Out is empty).
type Segment struct {
	In, Out Span
	Exact   bool
}

// Map maps byte offsets of a transformed text (the output) back to the
// original text (the input) and forward again.
//
// A Map is a run-length list of segments: copied text costs one segment
// however long it is, and each replacement costs one more. The segments are
// monotonic (both their input and their output spans are in order) and they
// cover the whole input and the whole output, so every byte of either side
// belongs to exactly one segment.
//
// The zero Map maps the empty text to itself. A Map is immutable once built
// and safe for concurrent use.
type Map struct {
	segs   []mapSeg
	inLen  int
	outLen int
}

// mapSeg is the start of a segment; it ends where the next one starts (or at
// inLen/outLen for the last).
type mapSeg struct {
	in, out int
	exact   bool
}

// IdentityMap returns the map of a text of n bytes onto itself.
func IdentityMap(n int) *Map {
	m := &Map{inLen: n, outLen: n}
	if n > 0 {
		m.segs = []mapSeg{{0, 0, true}}
	}
	return m
}

// InputLen returns the length in bytes of the input the map was built from.
func (m *Map) InputLen() int { return m.inLen }

// OutputLen returns the length in bytes of the output.
func (m *Map) OutputLen() int { return m.outLen }

// Len returns the number of segments in the map, a measure of its size.
func (m *Map) Len() int { return len(m.segs) }

// IsIdentity reports whether every byte of the output maps to the byte at
// the same offset of the input. The texts are then equal when the map comes
// from String; a key from Fold may still differ by case.
func (m *Map) IsIdentity() bool {
	return m.inLen == m.outLen && (len(m.segs) == 0 || len(m.segs) == 1 && m.segs[0].exact)
}

func (m *Map) seg(i int) Segment {
	s := m.segs[i]
	inEnd, outEnd := m.inLen, m.outLen
	if i+1 < len(m.segs) {
		inEnd, outEnd = m.segs[i+1].in, m.segs[i+1].out
	}
	return Segment{In: Span{s.in, inEnd}, Out: Span{s.out, outEnd}, Exact: s.exact}
}

// Segments returns the segments of the map in order.
func (m *Map) Segments() iter.Seq[Segment] {
	return func(yield func(Segment) bool) {
		for i := range m.segs {
			if !yield(m.seg(i)) {
				return
			}
		}
	}
}

// Input maps the output span [start, end) back to the span of the input it
// came from. A span that cuts a replacement is widened to the whole
// replacement; text deleted at the edges of the span (a removed soft hyphen
// or byte order mark) is left out, so that the input span is the smallest
// one that produced the output. An empty output span maps to the text that
// was deleted at that point (often nothing), or to the whole replacement it
// falls inside. Offsets are clamped to
// [0, OutputLen()].
func (m *Map) Input(start, end int) (inStart, inEnd int) {
	return m.project(start, end, false)
}

// Output maps the input span [start, end) to the span of the output it
// became, with the same rules as [Map.Input] in the other direction: an input
// span inside a deletion maps to an empty output span at the point of
// deletion. Offsets are clamped to [0, InputLen()].
func (m *Map) Output(start, end int) (outStart, outEnd int) {
	return m.project(start, end, true)
}

// project maps [a, b) from one side (the output when forward is false) to
// the other.
func (m *Map) project(a, b int, forward bool) (int, int) {
	srcLen, dstLen := m.outLen, m.inLen
	if forward {
		srcLen, dstLen = m.inLen, m.outLen
	}
	a = min(max(a, 0), srcLen)
	b = min(max(b, a), srcLen)
	if a == b {
		// The empty span at a: from the end of the byte before to the
		// start of the byte after.
		lo, hi := 0, dstLen
		if a > 0 {
			lo = m.endOf(a-1, forward)
		}
		if a < srcLen {
			hi = m.startOf(a, forward)
		}
		if lo > hi {
			// Inside a replacement: the whole replacement.
			lo, hi = hi, lo
		}
		return lo, hi
	}
	return m.startOf(a, forward), m.endOf(b-1, forward)
}

// find returns the index of the segment that holds source byte p.
func (m *Map) find(p int, forward bool) int {
	n := len(m.segs)
	// The first segment whose source end is past p; segments with an empty
	// source span at p end at p and are skipped.
	return sort.Search(n, func(i int) bool {
		if i+1 < n {
			if forward {
				return m.segs[i+1].in > p
			}
			return m.segs[i+1].out > p
		}
		return true
	})
}

// startOf maps source byte p to the destination offset where its segment
// (or, for an exact segment, the byte itself) starts.
func (m *Map) startOf(p int, forward bool) int {
	s := m.seg(m.find(p, forward))
	src, dst := s.Out, s.In
	if forward {
		src, dst = s.In, s.Out
	}
	if s.Exact {
		return dst.Start + p - src.Start
	}
	return dst.Start
}

// endOf maps source byte p to the destination offset where its segment (or
// the byte itself) ends.
func (m *Map) endOf(p int, forward bool) int {
	s := m.seg(m.find(p, forward))
	src, dst := s.Out, s.In
	if forward {
		src, dst = s.In, s.Out
	}
	if s.Exact {
		return dst.Start + p - src.Start + 1
	}
	return dst.End
}

// Compose returns the map of applying m and then next: next's input must be
// m's output, or Compose returns [ErrMapMismatch]. The result maps next's
// output back to m's input. It lets a caller chain transformations and
// still point into the first input.
func (m *Map) Compose(next *Map) (*Map, error) {
	if m.outLen != next.inLen {
		return nil, fmt.Errorf("%w: output of %d bytes, input of %d", ErrMapMismatch, m.outLen, next.inLen)
	}
	var b mapBuilder
	b.init(len(m.segs) + len(next.segs))
	c1 := cursor{m: m}
	c2 := cursor{m: next}
	c1.load()
	c2.load()
	for !c1.done() || !c2.done() {
		switch {
		case !c1.done() && c1.s.Out.Len() == 0:
			// Deleted by m.
			b.add(c1.s.In.Len(), 0, false)
			c1.next()
		case !c2.done() && c2.s.In.Len() == 0:
			// Inserted by next.
			b.add(0, c2.s.Out.Len(), false)
			c2.next()
		case c1.done() || c2.done():
			// Unreachable for maps that chain.
			return nil, ErrMapMismatch
		case c1.s.Exact && c2.s.Exact:
			n := min(c1.s.Out.End, c2.s.In.End) - c1.s.Out.Start
			b.add(n, n, true)
			c1.skip(n)
			c2.skip(n)
		default:
			// At least one side is a unit: gather segments of both until
			// their middle boundaries meet again, cutting exact segments
			// where the other side ends so that units stay small.
			p := c1.s.Out.Start
			end1, end2 := p, p
			inN, outN := 0, 0
			first := true
			for !(end1 == end2 && end1 > p) {
				take1 := end1 < end2 || end1 == end2 && first && !c1.s.Exact
				if end1 == end2 && !first {
					take1 = true // only deletions/insertions can get here
				}
				first = false
				if take1 && !c1.done() {
					if c1.s.Exact && end2 > end1 && c1.s.Out.End > end2 {
						k := end2 - end1
						inN += k
						c1.skip(k)
						end1 = end2
						continue
					}
					inN += c1.s.In.Len()
					end1 = c1.s.Out.End
					c1.next()
				} else if !c2.done() {
					if c2.s.Exact && end1 > end2 && c2.s.In.End > end1 {
						k := end1 - end2
						outN += k
						c2.skip(k)
						end2 = end1
						continue
					}
					outN += c2.s.Out.Len()
					end2 = c2.s.In.End
					c2.next()
				} else {
					break
				}
			}
			b.add(inN, outN, false)
		}
	}
	return b.finish(), nil
}

// cursor walks the segments of a map, allowing the front of an exact
// segment to be consumed.
type cursor struct {
	m *Map
	i int
	s Segment
}

func (c *cursor) done() bool { return c.i >= len(c.m.segs) }

func (c *cursor) load() {
	if !c.done() {
		c.s = c.m.seg(c.i)
	}
}

func (c *cursor) next() {
	c.i++
	c.load()
}

// skip consumes n bytes of an exact segment.
func (c *cursor) skip(n int) {
	c.s.In.Start += n
	c.s.Out.Start += n
	if c.s.In.Len() == 0 {
		c.next()
	}
}

// mapBuilder appends segments to a Map.
type mapBuilder struct {
	m      Map
	in     int
	out    int
	active bool
}

func (b *mapBuilder) init(capHint int) {
	b.m.segs = make([]mapSeg, 0, capHint)
	b.in, b.out = 0, 0
	b.active = true
}

// add records that n input bytes became k output bytes; exact requires
// n == k and means byte-for-byte.
func (b *mapBuilder) add(n, k int, exact bool) {
	if n == 0 && k == 0 {
		return
	}
	if exact && len(b.m.segs) > 0 && b.m.segs[len(b.m.segs)-1].exact {
		b.in += n
		b.out += k
		return
	}
	b.m.segs = append(b.m.segs, mapSeg{b.in, b.out, exact})
	b.in += n
	b.out += k
}

// retractExact takes back the last n bytes of an exact run added last.
func (b *mapBuilder) retractExact(n int) {
	b.in -= n
	b.out -= n
	last := len(b.m.segs) - 1
	if last >= 0 && b.m.segs[last].in == b.in && b.m.segs[last].out == b.out {
		b.m.segs = b.m.segs[:last]
	}
}

func (b *mapBuilder) finish() *Map {
	m := b.m
	m.inLen, m.outLen = b.in, b.out
	b.m = Map{}
	return &m
}
