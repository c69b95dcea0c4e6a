package langid

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The company said on Monday that it would build three new factories in the United States.", "en"},
		{"L'azienda ha detto lunedì che costruirà tre nuovi stabilimenti negli Stati Uniti entro il 2028.", "it"},
		{"Die Firma hat am Montag gesagt, dass sie drei neue Fabriken in den Vereinigten Staaten bauen wird.", "de"},
		{"L'entreprise a annoncé lundi qu'elle construirait trois nouvelles usines aux États-Unis avant 2028.", "fr"},
		{"La empresa dijo el lunes que construirá tres nuevas fábricas en los Estados Unidos antes de 2028.", "es"},
		{"A empresa disse na segunda-feira que vai construir três novas fábricas nos Estados Unidos até 2028.", "pt"},
		{"Het bedrijf zei maandag dat het drie nieuwe fabrieken in de Verenigde Staten zal bouwen.", "nl"},
		// Too short to tell.
		{"Voltaris XR-7", ""},
		{"", ""},
		{"1 2 3 4 5 6 7 8 9 10 11 12", ""},
	}
	for _, tt := range tests {
		got := Detect(tt.text)
		if got.Lang != tt.want {
			t.Errorf("Detect(%q) = %+v, want %q", tt.text, got, tt.want)
		}
	}
}

func TestLanguages(t *testing.T) {
	got := strings.Join(Languages(), " ")
	if got != "en it de fr es pt nl" {
		t.Errorf("Languages() = %q", got)
	}
}

// TestDetectPUD measures sentence-level accuracy on the Italian and
// English sides of UD PUD when the evaluation data is present.
func TestDetectPUD(t *testing.T) {
	dir := evalkit.DirOrSkip(t)
	for _, lang := range []string{"it", "en"} {
		f, err := os.Open(filepath.Join(dir, "ud-pud", "pud_"+lang+".tsv"))
		if err != nil {
			t.Skipf("no UD PUD data: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Scan() // header
		var n, right, undecided int
		for sc.Scan() {
			_, text, _ := strings.Cut(sc.Text(), "\t")
			g := Detect(text)
			if g.Lang == "" {
				undecided++
				continue
			}
			n++
			if g.Lang == lang {
				right++
			}
		}
		f.Close()
		acc := float64(right) / float64(n)
		t.Logf("%s: %d/%d sentences right (%.4f), %d too short", lang, right, n, acc, undecided)
		if acc < 0.98 {
			t.Errorf("%s: accuracy %.4f below 0.98", lang, acc)
		}
	}
}
