package normalize

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/fedele/fedele/internal/hostile"
)

// balanceTests lists texts and their imbalances, each written as
// kind:open-offset:close-offset (-1 for a missing mark).
var balanceTests = []struct {
	in, want string
}{
	{"", ""},
	{"Nessuna virgoletta.", ""},
	{"«Tutto bene», disse.", ""},
	{"«Lui disse “sì” e se ne andò».", ""},
	{`"Fine".`, ""},
	{"(parentesi [quadre] {graffe})", ""},
	{"l'AI e dell'energia, un po' di tutto", ""},
	{"don't, won't, the '90s, rock 'n' roll, the students' books", ""},
	{`alto 5'10", a 45°30'15" N`, ""},
	{"perche' no, E' vero, ne' piu' ne' meno", ""},
	{"«Il confronto c'è e continuerà\", disse.", "mismatched:0:33"},
	{"“Ciao', disse lei.", "unclosed:0:-1"},
	{"«Apre e non chiude.", "unclosed:0:-1"},
	{"Chiude e non apre».", "unopened:-1:17"},
	{"(una parentesi aperta", "unclosed:0:-1"},
	{"una chiusa)", "unopened:-1:10"},
	{"(tonda]", "mismatched:0:6"},
	{"«dentro (la parentesi» fuori)", "unclosed:9:-1 unopened:-1:30"},
	{`"a 'b" c'`, "unclosed:3:-1"}, // the last ' reads as an elision (c')
	{"‘single” double", "unclosed:0:-1 unopened:-1:9"},
	{"«uno» «due", "unclosed:8:-1"},
	{`She said "yes.`, "unclosed:9:-1"},
	{`She said yes."`, "unopened:-1:13"},
	{"‹uno›", ""},
	{"„Ja“, sagte er, „nein“.", ""},
	{"„Ja”, disse.", ""},
	{"«a ‹b» c", "unclosed:4:-1"},
}

func TestBalance(t *testing.T) {
	for _, tt := range balanceTests {
		var got []string
		for _, im := range Balance(tt.in) {
			got = append(got, im.Kind.String()+":"+itoa(im.Open.Start)+":"+itoa(im.Close.Start))
			if im.Open.Start >= 0 && tt.in[im.Open.Start:im.Open.End] != im.OpenMark ||
				im.Close.Start >= 0 && tt.in[im.Close.Start:im.Close.End] != im.CloseMark {
				t.Errorf("Balance(%q): marks %q %q do not match their spans", tt.in, im.OpenMark, im.CloseMark)
			}
			if im.String() == "" {
				t.Errorf("Balance(%q): empty description", tt.in)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Balance(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-1"
	}
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// Imbalances yields what Balance reports, in the order found: sorted by
// position they are Balance's list, on the table's texts and on every
// hostile shape; and it stops when asked.
func TestImbalances(t *testing.T) {
	texts := []string{}
	for _, tt := range balanceTests {
		texts = append(texts, tt.in)
	}
	for _, sh := range hostile.Shapes {
		texts = append(texts, sh.Make(5000))
	}
	for _, text := range texts {
		var got []Imbalance
		for im := range Imbalances(text) {
			got = append(got, im)
		}
		slices.SortStableFunc(got, func(a, b Imbalance) int { return cmp.Compare(a.Pos(), b.Pos()) })
		if diff := gocmp.Diff(Balance(text), got); diff != "" {
			t.Errorf("Imbalances(%.40q) sorted differs from Balance (-Balance +Imbalances):\n%s", text, diff)
		}
		if len(got) > 1 {
			n := 0
			for range Imbalances(text) {
				n++
				break
			}
			if n != 1 {
				t.Errorf("Imbalances(%.40q): %d yielded after the loop stopped", text, n)
			}
		}
	}
}

// Imbalances holds no more than a bounded number of marks: read without
// keeping them, the imbalances of a text of nothing but marks allocate
// about the size of the text (the copy its reading of straight marks
// needs), not tens of bytes for each mark.
func TestImbalancesMemory(t *testing.T) {
	for _, sh := range hostile.Shapes {
		text := sh.Make(200000)
		a := hostile.Allocated(func() {
			for range Imbalances(text) {
			}
		})
		if perByte := float64(a) / float64(len(text)); perByte > 2 {
			t.Errorf("%s: Imbalances allocates %.1f bytes a byte", sh.Name, perByte)
		}
	}
}
