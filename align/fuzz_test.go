package align

import (
	"strings"
	"testing"
)

func FuzzAlign(f *testing.F) {
	f.Add("The plant costs 2.63 billion dollars.\nWork starts in 2026.", "L'impianto costa 2,63 miliardi di dollari.\nI lavori iniziano nel 2026.", "en", "it")
	f.Add("", "", "", "")
	f.Add("one sided", "", "en", "it")
	f.Add("", "solo a destra\n\n", "en", "it")
	f.Add("\xff\xfe\x00", "\r\n\ufeff", "de", "fr")
	f.Add(strings.Repeat("a b c. ", 200), "x", "xx", "")
	f.Fuzz(func(t *testing.T, a, b, la, lb string) {
		src, tgt := strings.Split(a, "\n"), strings.Split(b, "\n")
		if a == "" {
			src = nil
		}
		if b == "" {
			tgt = nil
		}
		if len(src) > 200 || len(tgt) > 200 {
			return
		}
		beads := Align(src, tgt, langs(la, lb))
		checkBeads(t, beads, len(src), len(tgt))
		for _, bd := range beads {
			for _, m := range bd.Evidence.Matches {
				if m.Src.End > len(src[m.Src.Sent]) || m.Tgt.End > len(tgt[m.Tgt.Sent]) || m.Src.Start > m.Src.End || m.Tgt.Start > m.Tgt.End {
					t.Fatalf("bad match span %+v", m)
				}
			}
		}
	})
}

func TestEdgeInputs(t *testing.T) {
	tests := []struct {
		name     string
		src, tgt []string
	}{
		{"both empty", nil, nil},
		{"source only", []string{"One.", "Two."}, nil},
		{"target only", nil, []string{"Uno."}},
		{"blank sentences", []string{"", "  ", "x"}, []string{"\t", ""}},
		{"invalid utf8", []string{"\xff\xfe", "ok 12"}, []string{"ok 12", "\xc3"}},
		{"one enormous line", []string{strings.Repeat("word 1 ", 20000)}, []string{strings.Repeat("parola 1 ", 20000), "x"}},
		{"crlf and bom", []string{"\ufeffHello world.\r"}, []string{"Ciao mondo.\r"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			beads := Align(tt.src, tt.tgt, langs("en", "it"))
			checkBeads(t, beads, len(tt.src), len(tt.tgt))
		})
	}
}

func TestMaxBeadShapes(t *testing.T) {
	got := map[int]string{}
	for _, n := range []int{0, 1, 2, 3, 4, 5, 9} {
		var parts []string
		for _, s := range shapes(min(max(n, 1), 6)) {
			parts = append(parts, string(rune('0'+s.a))+"-"+string(rune('0'+s.b)))
		}
		got[n] = strings.Join(parts, " ")
	}
	want := map[int]string{
		0: "1-1 1-0 0-1",
		1: "1-1 1-0 0-1",
		2: "1-1 1-0 0-1 1-2 2-1",
		3: "1-1 1-0 0-1 1-2 2-1 1-3 2-2 3-1",
		4: "1-1 1-0 0-1 1-2 2-1 1-3 2-2 3-1 1-4 2-3 3-2 4-1",
		5: "1-1 1-0 0-1 1-2 2-1 1-3 2-2 3-1 1-4 2-3 3-2 4-1 1-5 5-1",
		9: "1-1 1-0 0-1 1-2 2-1 1-3 2-2 3-1 1-4 2-3 3-2 4-1 1-5 5-1 1-6 6-1",
	}
	for n, w := range want {
		if got[n] != w {
			t.Errorf("shapes(%d) = %s, want %s", n, got[n], w)
		}
	}
}
