package evalkit

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// defrDir is the folder of the held-out German-French documents.
const defrDir = "../../testdata/defr"

// shape names a bead by the number of sentences on each side: "1-2".
func shape(b Bead) string {
	return fmt.Sprintf("%d-%d", len(b.Src), len(b.Tgt))
}

// checkGold reports how the gold of d fails to be a monotonic alignment
// that puts every line of both sides in exactly one bead.
func checkGold(d Doc) []string {
	var errs []string
	for i, l := range d.Src {
		if strings.TrimSpace(l) == "" {
			errs = append(errs, fmt.Sprintf("German line %d is empty", i))
		}
	}
	for i, l := range d.Tgt {
		if strings.TrimSpace(l) == "" {
			errs = append(errs, fmt.Sprintf("French line %d is empty", i))
		}
	}
	// Read in bead order, the lines of each side must be 0, 1, 2, ...:
	// each once, none left out, never going back.
	nextS, nextT := 0, 0
	for k, b := range d.Gold {
		if len(b.Src) == 0 && len(b.Tgt) == 0 {
			errs = append(errs, fmt.Sprintf("bead %d is empty", k))
		}
		for _, x := range b.Src {
			if x != nextS {
				errs = append(errs, fmt.Sprintf("bead %d (%s): German line %d, want %d", k, b, x, nextS))
			}
			nextS = x + 1
		}
		for _, x := range b.Tgt {
			if x != nextT {
				errs = append(errs, fmt.Sprintf("bead %d (%s): French line %d, want %d", k, b, x, nextT))
			}
			nextT = x + 1
		}
	}
	if nextS != len(d.Src) {
		errs = append(errs, fmt.Sprintf("the beads end at German line %d of %d", nextS, len(d.Src)))
	}
	if nextT != len(d.Tgt) {
		errs = append(errs, fmt.Sprintf("the beads end at French line %d of %d", nextT, len(d.Tgt)))
	}
	return errs
}

func TestCheckGold(t *testing.T) {
	d := Doc{Src: []string{"a", "b", "c"}, Tgt: []string{"x", "y"}}
	d.Gold = []Bead{{[]int{0}, []int{0}}, {[]int{1}, nil}, {[]int{2}, []int{1}}}
	if errs := checkGold(d); errs != nil {
		t.Errorf("good gold: %q", errs)
	}
	for name, gold := range map[string][]Bead{
		"line left out":  {{[]int{0}, []int{0}}, {[]int{2}, []int{1}}},
		"line twice":     {{[]int{0, 1}, []int{0}}, {[]int{1, 2}, []int{1}}},
		"not monotonic":  {{[]int{0}, []int{1}}, {[]int{1, 2}, []int{0}}},
		"out of range":   {{[]int{0, 1, 2}, []int{0, 1, 2}}},
		"empty bead":     {{[]int{0, 1, 2}, []int{0, 1}}, {nil, nil}},
		"short of lines": {{[]int{0, 1}, []int{0, 1}}},
	} {
		if errs := checkGold(Doc{Src: d.Src, Tgt: d.Tgt, Gold: gold}); errs == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if errs := checkGold(Doc{Src: []string{"a", " "}, Tgt: []string{"x"}, Gold: []Bead{{[]int{0, 1}, []int{0}}}}); errs == nil {
		t.Errorf("blank line: no error")
	}
}

// readmeTable reads the table of README text whose header starts with
// the cell first: the header's other cells, and each row's first cell
// mapped to its numbers by column.
func readmeTable(t *testing.T, readme, first string) map[string]map[string]int {
	t.Helper()
	var cols []string
	out := map[string]map[string]int{}
	for line := range strings.Lines(readme) {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			cols = nil
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		switch {
		case cells[0] == first:
			cols = cells[1:]
		case cols == nil || strings.HasPrefix(cells[0], "---"):
		default:
			row := map[string]int{}
			for i, c := range cells[1:] {
				if i >= len(cols) {
					t.Fatalf("README: row %q has more cells than its header", line)
				}
				n, err := strconv.Atoi(c)
				if err != nil {
					t.Fatalf("README: row %q: %v", line, err)
				}
				row[cols[i]] = n
			}
			out[cells[0]] = row
		}
	}
	if len(out) == 0 {
		t.Fatalf("README: no table headed %q", first)
	}
	return out
}

// The four documents load, their gold puts every line of both sides in
// exactly one bead in order, each has 70 to 150 German sentences, and
// the README states their sizes and bead shapes.
func TestDeFrGold(t *testing.T) {
	docs, err := LoadDeFr(defrDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	sizes := map[string]map[string]int{}
	shapes := map[string]map[string]int{}
	total := map[string]int{}
	for _, d := range docs {
		names = append(names, d.Name)
		for _, e := range checkGold(d) {
			t.Errorf("%s: %s", d.Name, e)
		}
		if n := len(d.Src); n < 70 || n > 150 {
			t.Errorf("%s: %d German sentences, want 70 to 150", d.Name, n)
		}
		sizes[d.Name] = map[string]int{"German": len(d.Src), "French": len(d.Tgt), "beads": len(d.Gold)}
		total["German"] += len(d.Src)
		total["French"] += len(d.Tgt)
		total["beads"] += len(d.Gold)
		for _, b := range d.Gold {
			s := shape(b)
			if shapes[s] == nil {
				shapes[s] = map[string]int{}
			}
			shapes[s][d.Name]++
			shapes[s]["total"]++
		}
	}
	sizes["total"] = total
	if diff := cmp.Diff([]string{"chronicle", "expedition", "glacier", "valley"}, names); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	// A shape a document lacks is a 0 in the README.
	for _, row := range shapes {
		for _, n := range append(names, "total") {
			row[n] += 0
		}
	}
	data, err := os.ReadFile(filepath.Join(defrDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	if diff := cmp.Diff(sizes, readmeTable(t, readme, "document")); diff != "" {
		t.Errorf("README sentences and beads (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(shapes, readmeTable(t, readme, "bead")); diff != "" {
		t.Errorf("README bead shapes (-want +got):\n%s", diff)
	}
}

func TestLoadDeFrErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := LoadDeFr(dir); err == nil {
		t.Error("empty folder: no error")
	}
	for name, text := range map[string]string{"a.defr": "[0]:[0]\n", "a.de": "Ein Satz.\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := LoadDeFr(dir); err == nil {
		t.Error("no French file: no error")
	}
	if err := os.WriteFile(filepath.Join(dir, "a.fr"), []byte("Une phrase.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadDeFr(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{{Name: "a", Src: []string{"Ein Satz."}, Tgt: []string{"Une phrase."}, Gold: []Bead{{[]int{0}, []int{0}}}}}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("LoadDeFr (-want +got):\n%s", diff)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.defr"), []byte("[0]:0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDeFr(dir); err == nil {
		t.Error("bad bead: no error")
	}
}

func ExampleLoadDeFr() {
	docs, err := LoadDeFr("../../testdata/defr")
	if err != nil {
		fmt.Println(err)
		return
	}
	var names []string
	for _, d := range docs {
		names = append(names, d.Name)
	}
	fmt.Println(strings.Join(names, " "))
	// The first bead of the annual report that is not one to one: the
	// translator cut a German sentence at its semicolon.
	d := docs[0]
	for _, b := range d.Gold {
		if len(b.Src) == 1 && len(b.Tgt) == 1 {
			continue
		}
		fmt.Println(b)
		for _, i := range b.Src {
			fmt.Println("de:", d.Src[i])
		}
		for _, j := range b.Tgt {
			fmt.Println("fr:", d.Tgt[j])
		}
		break
	}
	// Output:
	// chronicle expedition glacier valley
	// [3]:[3, 4]
	// de: Es brachte uns zwar einen schweren Unfall und den Verlust mehrerer treuer Mitglieder, aber auch eine erneuerte Hütte, viele gelungene Touren und einen Zuwachs an jungen Kameraden, wie wir ihn seit Jahren nicht mehr erlebt haben.
	// fr: Elle nous a certes apporté un grave accident et la perte de plusieurs membres fidèles ;
	// fr: mais aussi une cabane rénovée, de nombreuses courses réussies et un afflux de jeunes camarades comme nous n’en avions plus connu depuis des années.
}
