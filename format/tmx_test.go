package format_test

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
)

// tmxFile is what a test reads back from a TMX document.
type tmxFile struct {
	XMLName xml.Name `xml:"tmx"`
	Version string   `xml:"version,attr"`
	Header  struct {
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"header"`
	TUs []struct {
		ID    string `xml:"tuid,attr"`
		Props []struct {
			Type  string `xml:"type,attr"`
			Value string `xml:",chardata"`
		} `xml:"prop"`
		TUVs []struct {
			Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
			Seg  string `xml:"seg"`
		} `xml:"tuv"`
	} `xml:"body>tu"`
}

// TestTMX reads the TMX of the bundled example back: the header's
// required attributes, and one unit per two-sided bead at or above the
// minimum score, with both texts and languages.
func TestTMX(t *testing.T) {
	r := example(t)
	for _, minScore := range []float64{0, 0.9, 0.99} {
		var b bytes.Buffer
		if err := format.WriteTMX(&b, r, format.MinScore(minScore)); err != nil {
			t.Fatal(err)
		}
		var got tmxFile
		if err := xml.Unmarshal(b.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if got.Version != "1.4" {
			t.Errorf("version %q", got.Version)
		}
		attrs := map[string]string{}
		for _, a := range got.Header.Attrs {
			attrs[a.Name.Local] = a.Value
		}
		for _, name := range []string{"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"} {
			if attrs[name] == "" {
				t.Errorf("header lacks %s", name)
			}
		}
		if attrs["srclang"] != r.Source.Lang {
			t.Errorf("srclang %q, want %q", attrs["srclang"], r.Source.Lang)
		}
		k := 0
		for i, p := range r.Alignment {
			if len(p.Source) == 0 || len(p.Target) == 0 || p.Score < minScore {
				continue
			}
			if k >= len(got.TUs) {
				t.Fatalf("min %v: %d units, fewer than the beads", minScore, len(got.TUs))
			}
			tu := got.TUs[k]
			k++
			if tu.ID != strconv.Itoa(i+1) {
				t.Errorf("unit %d: tuid %q, want the bead's number %d", k, tu.ID, i+1)
			}
			if len(tu.TUVs) != 2 {
				t.Fatalf("unit %s: %d tuv, want 2", tu.ID, len(tu.TUVs))
			}
			for side, want := range []struct {
				lang  string
				spans []fedele.Span
			}{{r.Source.Lang, p.Source}, {r.Target.Lang, p.Target}} {
				var texts []string
				for _, sp := range want.spans {
					texts = append(texts, sp.Text)
				}
				if tuv := tu.TUVs[side]; tuv.Lang != want.lang || tuv.Seg != strings.Join(texts, " ") {
					t.Errorf("unit %s side %d: %s %q, want %s %q", tu.ID, side, tuv.Lang, tuv.Seg, want.lang, strings.Join(texts, " "))
				}
			}
			if len(tu.Props) == 0 || tu.Props[0].Type != "x-score" {
				t.Errorf("unit %s has no x-score", tu.ID)
			} else if s, err := strconv.ParseFloat(tu.Props[0].Value, 64); err != nil || s < minScore || s != p.Score {
				t.Errorf("unit %s: x-score %q, want %v", tu.ID, tu.Props[0].Value, p.Score)
			}
		}
		if k != len(got.TUs) {
			t.Errorf("min %v: %d units, want %d", minScore, len(got.TUs), k)
		}
		if minScore == 0 && k < 40 {
			t.Errorf("only %d units for the bundled example", k)
		}
	}
}

// tmxDTD finds the TMX 1.4 DTD: $FEDELE_FORMATS/tmx14.dtd, or
// shared/formats/tmx14.dtd in a folder above the working directory (the
// project's shared folder beside the repository). The DTD is not kept in
// the repository: it comes with no licence that allows it.
func tmxDTD() string {
	if d := os.Getenv("FEDELE_FORMATS"); d != "" {
		return filepath.Join(d, "tmx14.dtd")
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "formats", "tmx14.dtd")
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// xmllint validates the file at path with xmllint and the extra
// arguments, or skips the test when xmllint is not installed.
func xmllint(t *testing.T, args ...string) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint is not installed (Debian: apt-get install libxml2-utils)")
	}
	out, err := exec.Command(bin, append([]string{"--noout", "--nonet"}, args...)...).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestTMXValid validates TMX files against the TMX 1.4 DTD with
// xmllint: the bundled example, the same with a minimum score, the
// hostile texts, and an alignment with no two-sided bead.
func TestTMXValid(t *testing.T) {
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint is not installed (Debian: apt-get install libxml2-utils)")
	}
	dtd := tmxDTD()
	if _, err := os.Stat(dtd); err != nil {
		// The structure TMX 1.4 requires is checked without the DTD by
		// TestTMX.
		t.Skipf("the TMX DTD is not found (%q): set FEDELE_FORMATS or place shared/formats beside the repository", dtd)
	}
	dir := t.TempDir()
	// The files name the DTD as tmx14.dtd beside them.
	data, err := os.ReadFile(dtd)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tmx14.dtd"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	oneSided := &fedele.Report{Alignment: []fedele.Pair{{Source: []fedele.Span{{Text: "Only source."}}}}}
	cases := map[string]struct {
		r    *fedele.Report
		opts []format.Option
	}{
		"example":  {example(t), nil},
		"min":      {example(t), []format.Option{format.MinScore(0.95)}},
		"hostile":  {hostileReport(t), nil},
		"onesided": {oneSided, nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".tmx")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := format.WriteTMX(f, c.r, c.opts...); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			xmllint(t, "--dtdvalid", filepath.Join(dir, "tmx14.dtd"), path)
		})
	}
}
