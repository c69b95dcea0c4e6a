package textfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var errBase = errors.New("lib: bad input")

func TestValidate(t *testing.T) {
	elf, err := os.ReadFile("/proc/self/exe")
	if err != nil {
		elf = []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00")
	}
	tests := []struct {
		name    string
		text    string
		problem Problem // 0 for a usable text
		msg     string  // a substring of the message
	}{
		{"prose", "Perché no?\nPerché sì.\n", 0, ""},
		{"BOM and CRLF", "\ufeffHello.\r\nWorld.\r\n", 0, ""},
		{"stray NUL", "Hello\x00 world, this is text with one NUL byte in it.", 0, ""},
		{"terminal escapes are text", "Hi \x1b[2J there.", 0, ""},
		{"word starting like a signature", "BZh is not a word, but RIFF is.", 0, ""},

		{"latin-1", "Perch\xe9 no?", NotUTF8, "the target it.txt is not valid UTF-8 (byte 0xe9 at line 1, column 6; convert it"},
		{"latin-1 after lines", "uno\r\ndue\rtrè \xe8", NotUTF8, "byte 0xe8 at line 3, column 5"},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Binary, "this looks like a binary file (a PNG image)"},
		{"ELF", string(elf), Binary, "an ELF executable"},
		{"PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", Binary, "pdftotext"},
		{"NUL bytes", strings.Repeat("\x00", 100), Binary, "many NUL or control bytes"},
		{"random binary", "\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e\x0f", Binary, "binary file"},
		{"UTF-16 with BOM", "\xff\xfeH\x00i\x00", UTF16, "iconv -f utf-16"},
		{"UTF-16 without BOM", "H\x00e\x00l\x00l\x00o\x00 \x00w\x00o\x00r\x00l\x00d\x00", UTF16, "UTF-16"},

		{"empty", "", NoText, "the target it.txt is empty"},
		{"white space", " \n\t\r\n", NoText, "has no text"},
		{"BOM and spaces", "\ufeff  \n", NoText, "has no text"},
		{"zero-width spaces", "\u200b\u200b\u200b", NoText, "has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate("target", "it.txt", []byte(tt.text), errBase)
			if tt.problem == 0 {
				if err != nil {
					t.Fatalf("error for a usable text: %v", err)
				}
				return
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			if e.Problem != tt.problem {
				t.Errorf("problem %d, want %d (%v)", e.Problem, tt.problem, err)
			}
			if !errors.Is(err, errBase) {
				t.Error("error does not wrap the sentinel")
			}
			if msg := err.Error(); !strings.Contains(msg, tt.msg) || strings.Contains(msg, "bad input") {
				t.Errorf("message %q: want %q in it, without the sentinel's text", msg, tt.msg)
			}
			if tt.problem == Binary && strings.Contains(err.Error(), "iconv") {
				t.Errorf("binary file given the iconv hint: %v", err)
			}
		})
	}
}

func TestValidateInlineName(t *testing.T) {
	err := Validate("source", "", nil, errBase)
	if err == nil || err.Error() != "the source is empty" {
		t.Errorf("got %v", err)
	}
}

func TestRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("file"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin := strings.NewReader("standard input")
	for path, want := range map[string]string{p: "file", Stdin: "standard input"} {
		b, err := Read(path, stdin)
		if err != nil || string(b) != want {
			t.Errorf("Read(%q) = %q, %v", path, b, err)
		}
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none"), stdin); !errors.Is(err, os.ErrNotExist) || !strings.Contains(err.Error(), "none") {
		t.Errorf("missing file: %v", err)
	}
}

func FuzzValidate(f *testing.F) {
	f.Add([]byte("Perch\xe9 no?\r\nS\xec."))
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := Validate("source", "x", b, errBase)
		if err == nil {
			return
		}
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, errBase) {
			t.Fatalf("error %v", err)
		}
		if e.Problem == NotUTF8 && (e.Offset >= len(b) || b[e.Offset] != e.Byte || e.Line < 1 || e.Column < 1) {
			t.Fatalf("bad position %+v", e)
		}
	})
}
