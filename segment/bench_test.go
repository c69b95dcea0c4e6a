package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"golang.org/x/text/language"

	"github.com/fedele/fedele/internal/evalkit"
)

// corpus builds a realistic text of at least size bytes in one language:
// the paragraphs of the testdata document, paragraphs of five UD PUD
// sentences and the Golden Rules inputs when the evaluation data is
// present, mixed in a fixed pseudo-random order.
func corpus(b *testing.B, lang string, size int) string {
	b.Helper()
	var paras []string
	for _, doc := range goldenDocs {
		if !strings.HasPrefix(doc.tag.String(), lang) {
			continue
		}
		text := readTestdata(b, doc.name)
		// Keep runs of lines together: articles are made of them.
		paras = append(paras, strings.Split(text, "\n\n")...)
	}
	if dir, err := evalkit.Dir(); err == nil {
		if data, err := os.ReadFile(filepath.Join(dir, "ud-pud", "pud_"+lang+".tsv")); err == nil {
			var sents []string
			for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
				if _, s, ok := strings.Cut(line, "\t"); ok && i > 0 {
					sents = append(sents, s)
				}
			}
			for i := 0; i+5 <= len(sents); i += 5 {
				paras = append(paras, strings.Join(sents[i:i+5], " "))
			}
		}
		if data, err := os.ReadFile(filepath.Join(dir, "segmentation", "golden_"+lang+".jsonl")); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				if _, rest, ok := strings.Cut(line, `"input": "`); ok {
					in, _, _ := strings.Cut(rest, `", "`)
					paras = append(paras, strings.ReplaceAll(in, `\n`, "\n"))
				}
			}
		}
	}
	var sb strings.Builder
	x := uint32(1)
	for sb.Len() < size {
		x = x*1664525 + 1013904223
		sb.WriteString(paras[int(x>>8)%len(paras)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

const corpusSize = 4 << 20

func benchmarkSplit(b *testing.B, tag language.Tag, lang string) {
	text := corpus(b, lang, corpusSize)
	seg := New(tag)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		n = len(seg.Split(text))
	}
	b.ReportMetric(float64(n), "sentences")
}

// BenchmarkSplitItalian splits a 4 MB Italian text.
func BenchmarkSplitItalian(b *testing.B) { benchmarkSplit(b, language.Italian, "it") }

// BenchmarkSplitEnglish splits a 4 MB English text.
func BenchmarkSplitEnglish(b *testing.B) { benchmarkSplit(b, language.English, "en") }

// BenchmarkSplitFallback splits a 4 MB Italian text with the plain UAX #29
// rules.
func BenchmarkSplitFallback(b *testing.B) { benchmarkSplit(b, language.Und, "it") }

// BenchmarkScannerItalian reads the 4 MB Italian text with a Scanner.
func BenchmarkScannerItalian(b *testing.B) {
	text := corpus(b, "it", corpusSize)
	seg := New(language.Italian)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sc := seg.NewScanner(strings.NewReader(text))
		for sc.Scan() {
		}
	}
}

// BenchmarkUnisegItalian is the baseline: uniseg's own sentence iterator
// over the same 4 MB Italian text.
func BenchmarkUnisegItalian(b *testing.B) {
	text := corpus(b, "it", corpusSize)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		rest, state := text, -1
		for len(rest) > 0 {
			_, rest, state = uniseg.FirstSentenceInString(rest, state)
		}
	}
}

// BenchmarkSplitSize shows that time grows linearly with the input: the
// throughput is the same at every size.
func BenchmarkSplitSize(b *testing.B) {
	seg := New(language.Italian)
	for _, size := range []struct {
		name string
		n    int
	}{{"256KB", 256 << 10}, {"1MB", 1 << 20}, {"4MB", 4 << 20}, {"16MB", 16 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			text := corpus(b, "it", size.n)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				seg.Split(text)
			}
		})
	}
}

// BenchmarkSplitLongLine splits one line of 10 MB without punctuation,
// and one of 10 MB of abbreviations that never end a sentence.
func BenchmarkSplitLongLine(b *testing.B) {
	seg := New(language.Italian)
	for name, text := range map[string]string{
		"words":         strings.Repeat("parola ", 10<<20/7),
		"abbreviations": strings.Repeat("Sig. ", 10<<20/5),
		"quotes":        strings.Repeat("\"Ei fu. Siccome ", 10<<20/16),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				seg.Split(text)
			}
		})
	}
}

// adversarialShapes are the shapes of hostile input that the segmenter
// must handle in time linear in their length. Each builds a text of about
// n bytes.
var adversarialShapes = []struct {
	name  string
	build func(n int) string
}{
	// One long sentence of words, without punctuation.
	{"words", func(n int) string { return repeatTo("parola ", n) }},
	// One long sentence of number words.
	{"numberwords", func(n int) string { return repeatTo("una due tre cento mille milioni ", n) }},
	// Quotations nested n deep around a few sentences.
	{"nestedquotes", func(n int) string {
		depth := n / 16
		return "Inizio. " + strings.Repeat("«“‘", depth) + "Ciao. Come stai? Bene." + strings.Repeat("’”»", depth) + " Fine."
	}},
	// Brackets nested n deep around two sentences.
	{"nestedbrackets", func(n int) string {
		depth := n / 2
		return "Inizio. " + strings.Repeat("(", depth) + "Ciao. Bene." + strings.Repeat(")", depth)
	}},
	// A line of abbreviations that never end a sentence.
	{"abbreviations", func(n int) string { return repeatTo("Sig. ", n) }},
	// A line of dots.
	{"dots", func(n int) string { return strings.Repeat(".", n) }},
	// A line of digits.
	{"digits", func(n int) string { return repeatTo("0123456789", n) }},
	// Nothing but quotation marks.
	{"quotes", func(n int) string { return repeatTo("\"«“‘'’”»\" ", n) }},
	// One short sentence repeated.
	{"repeated", func(n int) string { return repeatTo("Il gatto dorme. ", n) }},
	// Arabic and CJK text without spaces.
	{"arabic", func(n int) string { return repeatTo("مرحبابالعالم", n) }},
	{"cjk", func(n int) string { return repeatTo("你好世界这是一个没有空格的句子", n) }},
	// Emoji joined by zero-width joiners.
	{"emoji", func(n int) string { return repeatTo("👩\u200d👩\u200d👧\u200d👦", n) }},
}

// repeatTo repeats s to about n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, max(1, n/len(s)))
}

// BenchmarkAdversarial segments each adversarial shape at three sizes:
// the time per byte must be the same at every size.
//
//	go test ./segment -run '^$' -bench Adversarial -benchmem -cpu 1
func BenchmarkAdversarial(b *testing.B) {
	seg := New(language.Italian)
	for _, shape := range adversarialShapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
			b.Run("shape="+shape.name+"/size="+size.name, func(b *testing.B) {
				text := shape.build(size.n)
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					seg.Split(text)
				}
			})
		}
	}
}
