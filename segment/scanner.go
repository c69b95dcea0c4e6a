package segment

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Scanner reads sentences from an [io.Reader], one at a time, like
// [bufio.Scanner] reads lines.
//
// It holds a bounded window of the input: the current paragraph, or, for
// a paragraph longer than the window (see [WithWindow]), one window of it;
// a single sentence longer than the window makes the window grow to hold
// it. The sentences are the same as [Segmenter.Split] returns for the
// whole input, with the same offsets.
//
// A Scanner is not safe for concurrent use; several Scanners may share a
// Segmenter.
type Scanner struct {
	r     io.Reader
	d     *driver
	buf   []byte // input from offset off on
	off   int    // input offset of buf[0]
	pos   int    // input offset of the next byte to segment
	eof   bool
	done  bool
	err   error
	queue []Sentence
	cur   Sentence
}

// readSize is the number of bytes a Scanner asks its reader for at once.
const readSize = 32 << 10

// NewScanner returns a Scanner that reads sentences from r.
func (s *Segmenter) NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, d: newDriver(s)}
}

// Scan advances to the next sentence, which is then available through
// [Scanner.Sentence]. It returns false at the end of the input or on a
// read error; [Scanner.Err] tells them apart. After a read error, the
// sentences already read in full are delivered first.
func (sc *Scanner) Scan() bool {
	for len(sc.queue) == 0 {
		if sc.done {
			return false
		}
		// One byte more than the window tells whether the input ends
		// within the window, as Split knows it does: without it, a text
		// exactly as long as the window would end a window early and the
		// next windows would start elsewhere than Split's.
		sc.fill(sc.d.window + 1)
		data := sc.buf[sc.pos-sc.off:]
		if len(data) == 0 && (sc.eof || sc.err != nil) {
			sc.done = true
			return false
		}
		var pos int
		sc.queue, pos = step(sc.d, data, sc.pos, sc.eof, bytesString, sc.queue[:0])
		if pos == sc.pos && sc.err != nil {
			// The rest of the input is lost with the reader.
			sc.done = true
			return false
		}
		sc.pos = pos
	}
	sc.cur = sc.queue[0]
	sc.queue = sc.queue[1:]
	return true
}

// Sentence returns the sentence found by the last call to [Scanner.Scan].
// Its Start and End are offsets into the whole input read so far.
func (sc *Scanner) Sentence() Sentence {
	return sc.cur
}

// Err returns the first error met while reading, other than [io.EOF].
func (sc *Scanner) Err() error {
	return sc.err
}

// fill makes sure the buffer holds n bytes from sc.pos on, or all the rest
// of the input (and then sc.eof is set), or all that could be read before
// an error.
func (sc *Scanner) fill(n int) {
	// Drop what has been segmented.
	if drop := sc.pos - sc.off; drop > 0 && drop >= len(sc.buf)/2 {
		m := copy(sc.buf, sc.buf[drop:])
		sc.buf = sc.buf[:m]
		sc.off = sc.pos
	}
	for !sc.eof && sc.err == nil && sc.off+len(sc.buf)-sc.pos < n {
		if cap(sc.buf)-len(sc.buf) < readSize {
			nb := make([]byte, len(sc.buf), 2*cap(sc.buf)+readSize)
			copy(nb, sc.buf)
			sc.buf = nb
		}
		m, err := sc.r.Read(sc.buf[len(sc.buf):cap(sc.buf)])
		if m < 0 || m > cap(sc.buf)-len(sc.buf) {
			sc.err = errors.New("segment: reader returned an invalid count")
			return
		}
		sc.buf = sc.buf[:len(sc.buf)+m]
		if err == io.EOF {
			sc.eof = true
		} else if err != nil {
			sc.err = err
			return
		}
	}
}

func bytesString(b []byte) string { return string(b) }

// text is the input of the window logic, shared by Split (string) and
// Scanner ([]byte).
type text interface{ ~string | ~[]byte }

// driver walks a text window by window. Split and Scanner both use it,
// with the same windows, so they find the same sentences.
type driver struct {
	window  int // current window; doubled while one sentence does not fit
	para    int // paragraph of the last sentence
	emitted bool
	breaks  int  // line breaks since the last sentence (U+2029 counts 2)
	cr      bool // the last byte seen after the last sentence was '\r'
	sp      splitter

	// A quiet chunk that did not fit the window (see splitter.quiet):
	// the next, longer chunk from the same input offset resumeAt can
	// start its scan near its end, at resume bytes into the chunk.
	resumeAt, resume int
}

func newDriver(s *Segmenter) *driver {
	if s.window < minWindow { // the zero Segmenter
		s = &Segmenter{lang: s.lang, rules: s.rules, window: DefaultWindow, trace: s.trace}
	}
	d := &driver{window: s.window}
	d.sp.seg = s
	d.sp.r = s.rules
	return d
}

// step segments the input from offset pos on. s holds that input: at
// least d.window bytes of it, unless eof reports that s reaches the end of
// the input. It appends the sentences it finds to out and returns the
// offset where the next step starts; when that offset is pos, the window
// has grown and the caller must provide more input.
func step[T text](d *driver, s T, pos int, eof bool, str func(T) string, out []Sentence) ([]Sentence, int) {
	w := s
	if len(w) > d.window {
		w = w[:d.window]
		eof = false
	}
	// White space (and a leading byte order mark) belongs to no sentence.
	i := 0
	if pos == 0 && len(w) >= 3 && w[0] == 0xEF && w[1] == 0xBB && w[2] == 0xBF {
		i = 3
	}
	breaks, cr := d.breaks, d.cr
	for i < len(w) {
		n := spaceLen(w, i)
		if n == 0 {
			break
		}
		switch {
		case w[i] == '\n':
			if !cr {
				breaks++
			}
		case w[i] == '\r' || n == 2 && w[i+1] == 0x85 || n == 3 && w[i+2] == 0xA8:
			breaks++
		case n == 3 && w[i+2] == 0xA9: // U+2029 PARAGRAPH SEPARATOR
			breaks += 2
		}
		cr = w[i] == '\r'
		i += n
	}
	if i == len(w) {
		d.breaks, d.cr = breaks, cr
		return out, pos + i
	}
	rest := w[i:]
	from := 0
	if d.resume > 0 && d.resumeAt == pos+i {
		from = d.resume
	}
	d.resume = 0
	n, final := paragraphEnd(rest, from)
	if n < 0 {
		n, final = len(rest), eof
	}
	para := d.para
	if d.emitted && breaks >= 2 {
		para++
	}
	first := len(out)
	out = d.sp.split(out, str(rest[:n]), pos+i, para, from)
	if !final {
		if len(out)-first < 2 {
			// One sentence fills the window: look further. When
			// nothing happened in it, the next scan need not read it
			// again: it starts a few bytes before its end, on a rune.
			d.window *= 2
			if d.sp.quiet {
				r := max(0, n-utf8.UTFMax)
				for r > 0 && !utf8.RuneStart(rest[r]) {
					r--
				}
				d.resumeAt, d.resume = pos+i, r
			}
			return out[:first], pos
		}
		out = out[:len(out)-1]
	}
	d.window = d.sp.seg.window
	next := out[len(out)-1].End
	// A sentence of nothing but invisible characters (a byte order
	// mark, zero-width spaces) is none: its bytes count as white space.
	kept := first
	for _, s := range out[first:] {
		if visible(s.Text) {
			out[kept] = s
			kept++
		}
	}
	out = out[:kept]
	if kept > first {
		d.para, d.emitted, d.breaks, d.cr = para, true, 0, false
	} else {
		d.breaks, d.cr = breaks, false
	}
	return out, next
}

// paragraphEnd returns the length of the first paragraph of s, which
// starts with a non-space character, and true; or -1 and false when s
// holds no paragraph break. A paragraph ends before a line break followed
// by a blank line (only white space up to the next line break), or before
// a U+2029 PARAGRAPH SEPARATOR. The search starts at byte from: s holds
// no line break before it.
func paragraphEnd[T text](s T, from int) (int, bool) {
	for i := from; i < len(s); i++ {
		c := s[i]
		if c != '\n' && c != '\r' && c != 0xC2 && c != 0xE2 {
			continue
		}
		n := lineBreakLen(s, i)
		if n == 0 {
			continue
		}
		if n == 3 && s[i+2] == 0xA9 {
			return i, true
		}
		// Is the next line blank?
		j := i + n
		for j < len(s) {
			if lineBreakLen(s, j) > 0 {
				return i, true
			}
			m := spaceLen(s, j)
			if m == 0 {
				break
			}
			j += m
		}
		i = j - 1
	}
	return -1, false
}
