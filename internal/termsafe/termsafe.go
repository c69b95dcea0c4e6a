// Package termsafe shows the characters of untrusted text that a
// terminal would obey instead of printing: control characters, which
// start escape sequences (a translation containing "ESC]0;…BEL ESC[2J"
// retitles the terminal and clears the screen), and the bidirectional
// overrides, which reorder what is shown around them.
//
// Each such character is replaced by a visible stand-in: a C0 control
// by its Unicode control picture (U+241B "␛" for ESC), DEL by "␡", and a
// C1 control or a bidirectional override by "<U+202E>"; a byte that is
// not valid UTF-8 becomes "<0x9B>". Line feeds and tabs pass, since
// they lay the text out and start no sequence. Everything else passes
// unchanged, so text without such characters is returned as it is.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// needs reports whether r must be shown by a stand-in.
func needs(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f: // C0 controls, DEL
		return true
	case r >= 0x80 && r <= 0x9f: // C1 controls (U+009B is CSI)
		return true
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return true
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return true
	}
	return false
}

// appendStandIn appends the visible form of r to b.
func appendStandIn(b []byte, r rune) []byte {
	switch {
	case r < 0x20:
		return utf8.AppendRune(b, 0x2400+r)
	case r == 0x7f:
		return utf8.AppendRune(b, 0x2421)
	}
	return fmt.Appendf(b, "<U+%04X>", r)
}

// String returns s with every character a terminal would obey replaced
// by its visible stand-in. It returns s itself when there is none.
func String(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if needs(r) || r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	b = append(b, s[:i]...)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = fmt.Appendf(b, "<0x%02X>", s[i])
		case needs(r):
			b = appendStandIn(b, r)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// Writer writes to an underlying writer what is written to it, with
// every character a terminal would obey replaced by its visible
// stand-in. A character split across two writes is shown whole: the
// Writer holds at most three bytes back until the next write or
// [Writer.Flush].
type Writer struct {
	w       io.Writer
	pending []byte // the start of a character cut by the end of a write
	buf     []byte
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes p, shown, to the underlying writer. It reports len(p)
// when the underlying write succeeds.
func (v *Writer) Write(p []byte) (int, error) {
	data := p
	if len(v.pending) > 0 {
		data = append(v.pending, p...)
		v.pending = nil
	}
	b := v.buf[:0]
	i := 0
	for i < len(data) {
		if !utf8.FullRune(data[i:]) {
			v.pending = append([]byte(nil), data[i:]...)
			break
		}
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = fmt.Appendf(b, "<0x%02X>", data[i])
		case needs(r):
			b = appendStandIn(b, r)
		default:
			b = append(b, data[i:i+n]...)
		}
		i += n
	}
	v.buf = b
	if _, err := v.w.Write(b); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes the bytes held back, which can only be the start of a
// character that never came whole, as invalid bytes.
func (v *Writer) Flush() error {
	if len(v.pending) == 0 {
		return nil
	}
	var b strings.Builder
	for _, c := range v.pending {
		fmt.Fprintf(&b, "<0x%02X>", c)
	}
	v.pending = nil
	_, err := io.WriteString(v.w, b.String())
	return err
}
