// Package textfile reads the texts that the programs and the batch
// checker are given, and says clearly what is wrong with one that cannot
// be checked: a binary file (an image, an executable, a file of NUL
// bytes), UTF-16, text that is not UTF-8 (with the first bad byte, its
// line and column), or a side with no text. All the programs answer bad
// input with these errors, so that they answer it alike.
//
// The errors wrap the sentinel error of the library the caller uses
// (fedele.ErrInput or align.ErrInput), so that errors.Is tells them from
// other failures, but their message does not repeat the sentinel's.
package textfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/fedele/fedele/internal/linecol"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// Read reads the file at path, or all of stdin when path is [Stdin].
// Errors name the file.
func Read(path string, stdin io.Reader) ([]byte, error) {
	if path == Stdin {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, fmt.Errorf("reading standard input: %w", err)
		}
		return b, nil
	}
	return os.ReadFile(path)
}

// Problem is what makes a text unusable.
type Problem int

// The problems [Validate] finds.
const (
	Binary  Problem = iota + 1 // a binary file: an image, an archive, an executable, NUL bytes
	UTF16                      // text in UTF-16 rather than UTF-8
	NotUTF8                    // a byte sequence that is not UTF-8
	NoText                     // empty, or only white space and invisible characters
)

// Error is an unusable text. It wraps the sentinel given to [Validate].
type Error struct {
	Problem Problem
	// Side is "source" or "target"; Name is the file's name, or "" for
	// text given inline.
	Side, Name string
	// What says what kind of binary file it looks like ("a PNG image").
	What string
	// Offset, Line and Column (1-based, counting characters) locate the
	// first byte that is not UTF-8, and Byte is its value.
	Offset, Line, Column int
	Byte                 byte

	sentinel error
}

// Unwrap returns the sentinel error given to [Validate].
func (e *Error) Unwrap() error { return e.sentinel }

func (e *Error) Error() string {
	subject := "the " + e.Side
	if e.Name != "" {
		subject += " " + e.Name
	}
	switch e.Problem {
	case Binary:
		return fmt.Sprintf("%s is not text: this looks like a binary file (%s)", subject, e.What)
	case UTF16:
		return fmt.Sprintf("%s is in UTF-16, not UTF-8 (convert it, for example with iconv -f utf-16 -t utf-8)", subject)
	case NotUTF8:
		return fmt.Sprintf("%s is not valid UTF-8 (byte 0x%02x at line %d, column %d; convert it, for example with iconv -f latin1 -t utf-8)",
			subject, e.Byte, e.Line, e.Column)
	case NoText:
		if e.Offset == 0 {
			return subject + " is empty"
		}
		return subject + " has no text"
	}
	return subject + " cannot be read"
}

// sniffLen is how much of a text [Validate] looks at to tell a binary
// file: what file(1) and most editors look at is of this order.
const sniffLen = 8192

// signatures are the first bytes of common binary files.
var signatures = []struct{ magic, what string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"RIFF", "a RIFF file (WebP, WAV or AVI)"},
	{"\x7fELF", "an ELF executable"},
	{"\xfe\xed\xfa", "a Mach-O executable"},
	{"\xcf\xfa\xed\xfe", "a Mach-O executable"},
	{"\xce\xfa\xed\xfe", "a Mach-O executable"},
	{"\xca\xfe\xba\xbe", "a Java class or Mach-O file"},
	{"\x00asm", "a WebAssembly module"},
	{"%PDF-", "a PDF document; extract its text first, for example with pdftotext"},
	{"PK\x03\x04", "a ZIP archive, or a DOCX, ODT or EPUB document"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"},
	{"\x1f\x8b", "a gzip archive"},
	{"BZh", "a bzip2 archive"},
	{"\xfd7zXZ\x00", "an xz archive"},
	{"\x28\xb5\x2f\xfd", "a zstd archive"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
}

// binaryShare is the share of NUL and control bytes (other than the
// white-space controls and ESC) in the first sniffLen bytes above which
// a file is taken for binary. Text with a stray NUL byte is still text;
// executables, images and data files have far more than a tenth.
const binaryShare = 0.10

// Validate returns an [*Error] wrapping sentinel when text cannot be
// checked, or nil. side is "source" or "target", name the file's name
// ("" for inline text). A UTF-8 byte order mark is fine.
func Validate(side, name string, text []byte, sentinel error) error {
	e := &Error{Side: side, Name: name, sentinel: sentinel}
	sample := text[:min(len(text), sniffLen)]
	for _, s := range signatures {
		if bytes.HasPrefix(sample, []byte(s.magic)) {
			// BZh and RIFF can start a word; the rest of the sample
			// must look binary too for those.
			if (s.magic == "BZh" || s.magic == "RIFF") && utf8.Valid(sample) {
				continue
			}
			e.Problem, e.What = Binary, s.what
			return e
		}
	}
	if isUTF16(sample) {
		e.Problem = UTF16
		return e
	}
	if controlShare(sample) > binaryShare {
		e.Problem, e.What = Binary, "many NUL or control bytes"
		return e
	}
	str := unsafe.String(unsafe.SliceData(text), len(text)) // read only, while text lives
	if i := FirstInvalid(str); i >= 0 {
		e.Problem, e.Offset, e.Byte = NotUTF8, i, text[i]
		e.Line, e.Column = linecol.New(str).Pos(i)
		return e
	}
	if !HasText(str) {
		e.Problem, e.Offset = NoText, len(text)
		return e
	}
	return nil
}

// isUTF16 reports whether sample starts with a UTF-16 byte order mark,
// or has NUL bytes in every other place, as UTF-16 text in a Latin
// script does.
func isUTF16(sample []byte) bool {
	if bytes.HasPrefix(sample, []byte("\xff\xfe")) || bytes.HasPrefix(sample, []byte("\xfe\xff")) {
		return true
	}
	if len(sample) < 8 {
		return false
	}
	var nul [2]int
	for i, c := range sample {
		if c == 0 {
			nul[i%2]++
		}
	}
	half := len(sample) / 2
	// Most of one parity NUL, almost none of the other.
	return nul[0] > half*4/5 && nul[1] <= half/20 || nul[1] > half*4/5 && nul[0] <= half/20
}

// controlShare is the share of bytes in sample that no text has: NUL and
// the C0 controls other than tab, line feed, vertical tab, form feed,
// carriage return and ESC.
func controlShare(sample []byte) float64 {
	if len(sample) == 0 {
		return 0
	}
	n := 0
	for _, c := range sample {
		if c < 0x20 && !strings.ContainsRune("\t\n\v\f\r\x1b", rune(c)) {
			n++
		}
	}
	return float64(n) / float64(len(sample))
}

// FirstInvalid returns the offset of the first byte of text that is not
// part of a UTF-8 sequence, or -1. It is the one check of the project's
// entry points (the programs, fedele.Check, align.AlignText).
func FirstInvalid(text string) int {
	if utf8.ValidString(text) {
		return -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// HasText reports whether text has a character that is neither white
// space nor invisible (a format character such as a zero-width space or
// a byte order mark, or a control character).
func HasText(text string) bool {
	for _, r := range text {
		if !unicode.IsSpace(r) && !unicode.In(r, unicode.Cf, unicode.Cc) {
			return true
		}
	}
	return false
}
