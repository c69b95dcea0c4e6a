package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadNative(t *testing.T) {
	in := "\ufeff# English-Italian\n\nhouse\tcasa\r\nhouse\tabitazione\naccording to\tsecondo\tprep.\n"
	got, err := Read(strings.NewReader(in), Native)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Source: "house", Target: "casa"}, {Source: "house", Target: "abitazione"}, {Source: "according to", Target: "secondo"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
}

func TestReadHunalign(t *testing.T) {
	in := "casa @ house\npiù grande @ bigger\n"
	got, err := Read(strings.NewReader(in), Hunalign)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{Source: "house", Target: "casa"}, {Source: "bigger", Target: "più grande"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tt := range []struct {
		in string
		f  Format
	}{
		{"house casa\n", Native},
		{"house\t\n", Native},
		{"casa house\n", Hunalign},
		{"ok\tbene\n\xff\tx\n", Native},
	} {
		if _, err := Read(strings.NewReader(tt.in), tt.f); !errors.Is(err, ErrFormat) {
			t.Errorf("Read(%q) error = %v, want ErrFormat", tt.in, err)
		}
	}
}

func TestMatch(t *testing.T) {
	l := New("en", "it", []Entry{{Source: "infrastructure", Target: "infrastruttura"}, {Source: "house", Target: "casa"}, {Source: "according to", Target: "secondo"}, {Source: "house", Target: "casa"}})
	if l.Len() != 3 {
		t.Errorf("Len = %d, want 3", l.Len())
	}
	for _, tt := range []struct {
		s, t string
		want bool
	}{
		{"infrastructures", "infrastrutture", true},
		{"Houses", "case", true},
		{"according", "secondo", true},
		{"house", "secondo", false},
		{"casa", "house", false},
	} {
		if got := l.Match(tt.s, tt.t); got != tt.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tt.s, tt.t, got, tt.want)
		}
	}
	var nilLex *Lexicon
	if nilLex.Len() != 0 || nilLex.Translations("x") != nil {
		t.Error("nil Lexicon must be empty")
	}
	r := New("it", "en", Swap([]Entry{{Source: "house", Target: "casa"}}))
	if !r.Match("case", "houses") {
		t.Error("swapped lexicon does not match")
	}
}

func TestBuiltin(t *testing.T) {
	es := Builtin("en", "it")
	if len(es) < 3000 {
		t.Fatalf("built-in list has %d entries, want at least 3000", len(es))
	}
	l := New("en", "it", es)
	for _, p := range [][2]string{{"houses", "case"}, {"nuclear", "nucleare"}, {"said", "detto"}} {
		if !l.Match(p[0], p[1]) {
			t.Errorf("built-in list does not match %q and %q", p[0], p[1])
		}
	}
	r := New("it", "en", Builtin("it", "en"))
	if !r.Match("case", "houses") {
		t.Error("reverse built-in list does not match")
	}
	if Builtin("en", "fr") != nil || BuiltinLexicon("fr", "en") != nil {
		t.Error("no list expected for en-fr")
	}
	ff := FalseFriends("en", "it")
	if len(ff) == 0 || ff[0].Source == "" || ff[0].Target == "" {
		t.Fatalf("false friends = %v", ff[:min(3, len(ff))])
	}
}

// TestBuiltinGermanFrench checks that the German-French list is found
// for both directions and matches inflected forms, German nouns with or
// without their capital letter.
func TestBuiltinGermanFrench(t *testing.T) {
	es := Builtin("de", "fr")
	if len(es) < 3000 {
		t.Fatalf("German-French list has %d entries, want at least 3000", len(es))
	}
	if got := Builtin("fr", "de"); len(got) != len(es) || got[0].Source != es[0].Target || got[0].Target != es[0].Source {
		t.Errorf("Builtin(fr, de) is not the swapped list: %v", got[:min(1, len(got))])
	}
	fwd, rev := BuiltinLexicon("de", "fr"), BuiltinLexicon("fr", "de")
	if fwd == nil || rev == nil || fwd == BuiltinLexicon("en", "it") {
		t.Fatal("no German-French Lexicon")
	}
	if a, b := fwd.Languages(); a != "de" || b != "fr" {
		t.Errorf("Languages = %s, %s", a, b)
	}
	for _, p := range [][2]string{
		{"Häuser", "maisons"},
		{"häusern", "maison"},
		{"Gletscher", "glaciers"},
		{"Führer", "guides"},
		{"gingen", "aller"},
		{"sahen", "voir"},
		{"sehen", "voit"},
		{"Lawinen", "avalanche"},
		{"schneller", "rapides"},
	} {
		if !fwd.Match(p[0], p[1]) {
			t.Errorf("de-fr does not match %q and %q", p[0], p[1])
		}
		if !rev.Match(p[1], p[0]) {
			t.Errorf("fr-de does not match %q and %q", p[1], p[0])
		}
	}
	for _, p := range [][2]string{{"Haus", "montagne"}, {"Berg", "maison"}} {
		if fwd.Match(p[0], p[1]) {
			t.Errorf("de-fr matches %q and %q", p[0], p[1])
		}
	}
}

// TestPhrasePairs checks that an entry of two phrases pairs its keys only
// when the phrases do not translate word by word through the other
// entries.
func TestPhrasePairs(t *testing.T) {
	l := New("en", "it", []Entry{
		{Source: "company", Target: "società"},
		{Source: "technology", Target: "tecnologia"},
		{Source: "tech company", Target: "società tecnologica"},
		{Source: "break the ice", Target: "rompere il ghiaccio"},
		{Source: "break", Target: "rompere"},
		{Source: "red tape", Target: "lungaggini burocratiche"},
		{Source: "red", Target: "rosso"},
	})
	for _, tt := range []struct {
		s, t string
		want bool
	}{
		{"company", "società", true},
		{"company", "tecnologica", false}, // the phrase is its words
		{"break", "rompere", true},
		{"break", "ghiaccio", false},   // "break" is in both phrases
		{"tape", "burocratiche", true}, // an idiom keeps the pair of its keys
		{"red", "rosso", true},
	} {
		if got := l.Match(tt.s, tt.t); got != tt.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tt.s, tt.t, got, tt.want)
		}
	}
}
