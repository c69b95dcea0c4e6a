package evalkit

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Bead is a gold or predicted alignment bead: indices into the source
// and target sentence lists.
type Bead struct {
	Src, Tgt []int
}

// String formats the bead as in vecalign files: "[0, 1]:[2]".
func (b Bead) String() string {
	return list(b.Src) + ":" + list(b.Tgt)
}

func list(xs []int) string {
	var sb strings.Builder
	sb.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strconv.Itoa(x))
	}
	sb.WriteByte(']')
	return sb.String()
}

// Doc is a document pair with its gold alignment.
type Doc struct {
	Name     string
	Src, Tgt []string
	Gold     []Bead
}

// ErrNoData is returned by Dir when the evaluation data cannot be found.
var ErrNoData = errors.New("evalkit: evaluation data not found (set FEDELE_EVAL or place shared/eval beside the repository)")

// Dir returns the evaluation data folder: $FEDELE_EVAL when set, or the
// first shared/eval found walking up from the working directory.
func Dir() (string, error) {
	if d := os.Getenv("FEDELE_EVAL"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", ErrNoData
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", ErrNoData
	}
	for d := wd; ; d = filepath.Dir(d) {
		c := filepath.Join(d, "shared", "eval")
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			return c, nil
		}
		if filepath.Dir(d) == d {
			return "", ErrNoData
		}
	}
}

// ReadLines reads a presegmented file: one sentence a line, trailing
// white space and CR removed. Blank lines are kept as empty strings
// (Text+Berg line numbers count them); use NonBlank to drop them.
func ReadLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("evalkit: %w", err)
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil, nil
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return lines, nil
}

// ReadBeads parses an alignment in vecalign format, one bead a line:
// "[0]:[0]", "[3, 4]:[5]:0.81", "[7]:[]". A third field (a score) is
// ignored.
func ReadBeads(r io.Reader) ([]Bead, error) {
	var out []Bead
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		b, err := ParseBead(line)
		if err != nil {
			return nil, fmt.Errorf("evalkit: line %d: %w", n, err)
		}
		out = append(out, b)
	}
	return out, sc.Err()
}

// ParseBead parses one bead line in vecalign format.
func ParseBead(line string) (Bead, error) {
	parts := strings.SplitN(line, ":", 3)
	if len(parts) < 2 {
		return Bead{}, fmt.Errorf("bad bead %q", line)
	}
	src, err := parseList(parts[0])
	if err != nil {
		return Bead{}, err
	}
	tgt, err := parseList(parts[1])
	if err != nil {
		return Bead{}, err
	}
	return Bead{src, tgt}, nil
}

func parseList(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if len(s) < 2 || s[0] != '[' || s[len(s)-1] != ']' {
		return nil, fmt.Errorf("bad index list %q", s)
	}
	s = strings.TrimSpace(s[1 : len(s)-1])
	if s == "" {
		return nil, nil
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		x, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || x < 0 {
			return nil, fmt.Errorf("bad index %q", f)
		}
		out = append(out, x)
	}
	return out, nil
}

// TextBerg reads the Text+Berg German-French development document.
func TextBerg(evalDir string) (Doc, error) {
	d := filepath.Join(evalDir, "textberg-dev")
	src, err := ReadLines(filepath.Join(d, "dev.de"))
	if err != nil {
		return Doc{}, err
	}
	tgt, err := ReadLines(filepath.Join(d, "dev.fr"))
	if err != nil {
		return Doc{}, err
	}
	f, err := os.Open(filepath.Join(d, "dev.defr"))
	if err != nil {
		return Doc{}, fmt.Errorf("evalkit: %w", err)
	}
	defer f.Close()
	gold, err := ReadBeads(f)
	if err != nil {
		return Doc{}, err
	}
	return Doc{Name: "textberg-dev", Src: src, Tgt: tgt, Gold: gold}, nil
}

// PUDPair is one sentence pair of the parallel treebank.
type PUDPair struct {
	ID, Doc string // sentence and document identifiers
	It, En  string
}

// PUD reads ud-pud/pud_it_en.tsv.
func PUD(evalDir string) ([]PUDPair, error) {
	f, err := os.Open(filepath.Join(evalDir, "ud-pud", "pud_it_en.tsv"))
	if err != nil {
		return nil, fmt.Errorf("evalkit: %w", err)
	}
	defer f.Close()
	var out []PUDPair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 4 {
			return nil, fmt.Errorf("evalkit: pud_it_en.tsv: bad line %q", sc.Text())
		}
		out = append(out, PUDPair{ID: fs[0], Doc: fs[1], It: fs[2], En: fs[3]})
	}
	return out, sc.Err()
}

// PUDDocuments concatenates consecutive treebank documents into n
// document pairs of about len(pairs)/n sentences each (English source,
// Italian target), never splitting a treebank document. Their gold
// alignment is 1-1 throughout.
func PUDDocuments(pairs []PUDPair, n int) []Doc {
	if n <= 0 || len(pairs) == 0 {
		return nil
	}
	var out []Doc
	var cur Doc
	for i, p := range pairs {
		cur.Gold = append(cur.Gold, Bead{[]int{len(cur.Src)}, []int{len(cur.Tgt)}})
		cur.Src = append(cur.Src, p.En)
		cur.Tgt = append(cur.Tgt, p.It)
		docEnd := i+1 == len(pairs) || pairs[i+1].Doc != p.Doc
		if docEnd && (i+1)*n >= (len(out)+1)*len(pairs) {
			cur.Name = fmt.Sprintf("pud-%02d", len(out))
			out = append(out, cur)
			cur = Doc{}
		}
	}
	return out
}

// DirOrSkip returns the evaluation data folder, or skips the test or
// benchmark tb when there is none (see Dir).
func DirOrSkip(tb testing.TB) string {
	tb.Helper()
	d, err := Dir()
	if err != nil {
		tb.Skip(err)
	}
	return d
}

// Pieces cuts doc into documents of about n gold beads each, each cut
// where a bead ends and no bead of one side crosses a bead of the other
// (the gold of a real document may cross, and may leave a sentence out),
// with their sentences and gold renumbered from 0: the short documents of
// the same text. A last piece of fewer than n/2 beads is joined to the
// one before.
func Pieces(doc Doc, n int) []Doc {
	if n <= 0 || len(doc.Gold) == 0 {
		return nil
	}
	// cutOK[k]: the beads before k end before those from k start.
	k := len(doc.Gold)
	maxS, maxT := make([]int, k+1), make([]int, k+1) // largest index in beads[:k]
	minS, minT := make([]int, k+1), make([]int, k+1) // smallest index in beads[k:]
	maxS[0], maxT[0] = -1, -1
	for i, b := range doc.Gold {
		maxS[i+1], maxT[i+1] = maxS[i], maxT[i]
		for _, x := range b.Src {
			maxS[i+1] = max(maxS[i+1], x)
		}
		for _, x := range b.Tgt {
			maxT[i+1] = max(maxT[i+1], x)
		}
	}
	minS[k], minT[k] = len(doc.Src), len(doc.Tgt)
	for i := k - 1; i >= 0; i-- {
		minS[i], minT[i] = minS[i+1], minT[i+1]
		for _, x := range doc.Gold[i].Src {
			minS[i] = min(minS[i], x)
		}
		for _, x := range doc.Gold[i].Tgt {
			minT[i] = min(minT[i], x)
		}
	}
	cutOK := func(i int) bool { return maxS[i] < minS[i] && maxT[i] < minT[i] }
	cuts := []int{0}
	for next := n; next < k; {
		c := next
		for c < k && !cutOK(c) {
			c++
		}
		if c >= k || k-c < n/2 {
			break
		}
		cuts = append(cuts, c)
		next = c + n
	}
	cuts = append(cuts, k)
	var out []Doc
	for p := 0; p+1 < len(cuts); p++ {
		from, to := cuts[p], cuts[p+1]
		s0, t0 := maxS[from]+1, maxT[from]+1
		s1, t1 := maxS[to]+1, maxT[to]+1
		if to == k {
			s1, t1 = len(doc.Src), len(doc.Tgt)
		}
		piece := Doc{Name: fmt.Sprintf("%s-%d-%02d", doc.Name, n, p), Src: doc.Src[s0:s1], Tgt: doc.Tgt[t0:t1]}
		for _, b := range doc.Gold[from:to] {
			var nb Bead
			for _, x := range b.Src {
				nb.Src = append(nb.Src, x-s0)
			}
			for _, x := range b.Tgt {
				nb.Tgt = append(nb.Tgt, x-t0)
			}
			piece.Gold = append(piece.Gold, nb)
		}
		out = append(out, piece)
	}
	return out
}

// LoadDeFr reads the German-French document pairs in dir (in the
// repository, testdata/defr): for each NAME.defr, the German sentences
// of NAME.de, the French sentences of NAME.fr (one sentence a line, as
// ReadLines) and the gold alignment of NAME.defr (as ReadBeads), in the
// order of their names. The documents are not checked against their gold;
// a folder without a .defr file is an error.
func LoadDeFr(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.defr"))
	if err != nil {
		return nil, fmt.Errorf("evalkit: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("evalkit: no .defr file in %s", dir)
	}
	var out []Doc
	for _, p := range paths { // Glob sorts its matches
		base := strings.TrimSuffix(p, ".defr")
		src, err := ReadLines(base + ".de")
		if err != nil {
			return nil, err
		}
		tgt, err := ReadLines(base + ".fr")
		if err != nil {
			return nil, err
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("evalkit: %w", err)
		}
		gold, err := ReadBeads(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(p), err)
		}
		out = append(out, Doc{Name: filepath.Base(base), Src: src, Tgt: tgt, Gold: gold})
	}
	return out, nil
}
