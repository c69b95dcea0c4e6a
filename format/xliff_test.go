package format_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
)

// node is an element of a parsed XML document.
type node struct {
	name     xml.Name
	attrs    map[string]string // by local name; xml:lang as "xml:lang"
	children []*node
	// text is the character data directly inside, with <cp/> elements
	// turned back into their characters.
	text string
}

func parseXML(b []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return root, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				key := a.Name.Local
				if a.Name.Space == "xmlns" || key == "xmlns" {
					continue
				}
				if a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
					key = "xml:" + key
				} else if a.Name.Space != "" {
					key = a.Name.Space + ":" + key
				}
				n.attrs[key] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
}

// xliffAttrs are the attributes of the XLIFF 2.0 core, by element.
var xliffAttrs = map[string][]string{
	"xliff":   {"version", "srcLang", "trgLang", "xml:space"},
	"file":    {"id", "canResegment", "original", "translate", "srcDir", "trgDir", "xml:space"},
	"unit":    {"id", "name", "canResegment", "translate", "srcDir", "trgDir", "xml:space", "type"},
	"segment": {"id", "canResegment", "state", "subState"},
	"notes":   {},
	"note":    {"id", "appliesTo", "category", "priority"},
	"source":  {"xml:lang", "xml:space"},
	"target":  {"xml:lang", "xml:space", "order"},
	"cp":      {"hex"},
}

// checkXLIFF checks the constraints of the XLIFF 2.0 core that the
// writer's documents touch (the specification's sections on the
// elements xliff, file, unit, segment, notes, note, source, target and
// cp), and returns the error it finds first.
func checkXLIFF(root *node) error {
	const ns = "urn:oasis:names:tc:xliff:document:2.0"
	var check func(n *node) error
	check = func(n *node) error {
		if n.name.Space != ns {
			return fmt.Errorf("<%s> is not in the XLIFF 2.0 namespace (%q)", n.name.Local, n.name.Space)
		}
		allowed, ok := xliffAttrs[n.name.Local]
		if !ok {
			return fmt.Errorf("element <%s> is not one the writer may use", n.name.Local)
		}
		for a := range n.attrs {
			if !slices.Contains(allowed, a) {
				return fmt.Errorf("<%s> has attribute %s", n.name.Local, a)
			}
		}
		for _, c := range n.children {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
	if root == nil || root.name.Local != "xliff" {
		return fmt.Errorf("the root is not <xliff>")
	}
	if err := check(root); err != nil {
		return err
	}
	if root.attrs["version"] != "2.0" || root.attrs["srcLang"] == "" {
		return fmt.Errorf("<xliff> version %q srcLang %q", root.attrs["version"], root.attrs["srcLang"])
	}
	names := func(ns []*node) []string {
		var out []string
		for _, n := range ns {
			out = append(out, n.name.Local)
		}
		return out
	}
	// xliff: file+, ids unique.
	if len(root.children) == 0 {
		return fmt.Errorf("<xliff> has no file")
	}
	fileIDs := map[string]bool{}
	hasTarget := false
	for _, file := range root.children {
		if file.name.Local != "file" {
			return fmt.Errorf("<xliff> holds <%s>", file.name.Local)
		}
		if id := file.attrs["id"]; id == "" || fileIDs[id] {
			return fmt.Errorf("file id %q missing or repeated", id)
		}
		fileIDs[file.attrs["id"]] = true
		// file: notes?, (unit | group)+.
		kids := file.children
		if len(kids) > 0 && kids[0].name.Local == "notes" {
			kids = kids[1:]
		}
		if len(kids) == 0 {
			return fmt.Errorf("file %s has no unit", file.attrs["id"])
		}
		unitIDs := map[string]bool{}
		for _, unit := range kids {
			if unit.name.Local != "unit" {
				return fmt.Errorf("file %s: %v are not notes?, unit+", file.attrs["id"], names(file.children))
			}
			if id := unit.attrs["id"]; id == "" || unitIDs[id] {
				return fmt.Errorf("unit id %q missing or repeated", id)
			}
			unitIDs[unit.attrs["id"]] = true
			// unit: notes?, segment+ (no originalData: no inline codes).
			segs := unit.children
			if len(segs) > 0 && segs[0].name.Local == "notes" {
				segs = segs[1:]
			}
			if len(segs) == 0 {
				return fmt.Errorf("unit %s has no segment", unit.attrs["id"])
			}
			segIDs := map[string]bool{}
			for _, seg := range segs {
				if seg.name.Local != "segment" {
					return fmt.Errorf("unit %s: %v are not notes?, segment+", unit.attrs["id"], names(unit.children))
				}
				if id := seg.attrs["id"]; id != "" && segIDs[id] {
					return fmt.Errorf("segment id %q repeated in unit %s", id, unit.attrs["id"])
				}
				segIDs[seg.attrs["id"]] = true
				// segment: source, target?
				k := names(seg.children)
				if !slices.Equal(k, []string{"source"}) && !slices.Equal(k, []string{"source", "target"}) {
					return fmt.Errorf("segment %s holds %v", seg.attrs["id"], k)
				}
				switch st := seg.attrs["state"]; st {
				case "", "initial":
				case "translated", "reviewed", "final":
					if len(k) != 2 {
						return fmt.Errorf("segment %s is %s with no target", seg.attrs["id"], st)
					}
				default:
					return fmt.Errorf("segment %s: state %q", seg.attrs["id"], st)
				}
				hasTarget = hasTarget || len(k) == 2
				for _, st := range seg.children {
					for _, cp := range st.children {
						if cp.name.Local != "cp" || len(cp.children) > 0 || cp.text != "" {
							return fmt.Errorf("<%s> holds <%s>", st.name.Local, cp.name.Local)
						}
						v, err := strconv.ParseUint(cp.attrs["hex"], 16, 32)
						if err != nil || isXMLChar(rune(v)) {
							return fmt.Errorf("cp hex %q is not a character XML cannot hold", cp.attrs["hex"])
						}
					}
				}
			}
		}
		for _, notes := range all2(file, "notes") {
			if len(notes.children) == 0 {
				return fmt.Errorf("<notes> with no note")
			}
			for _, note := range notes.children {
				if note.name.Local != "note" || len(note.children) > 0 {
					return fmt.Errorf("<notes> holds <%s> or a note holds elements", note.name.Local)
				}
				if p, ok := note.attrs["priority"]; ok {
					if v, err := strconv.Atoi(p); err != nil || v < 1 || v > 10 {
						return fmt.Errorf("note priority %q", p)
					}
				}
				if a, ok := note.attrs["appliesTo"]; ok && a != "source" && a != "target" {
					return fmt.Errorf("note appliesTo %q", a)
				}
			}
		}
	}
	if hasTarget && root.attrs["trgLang"] == "" {
		return fmt.Errorf("targets but no trgLang")
	}
	return nil
}

func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// all2 returns the elements named name under n, at any depth.
func all2(n *node, name string) []*node {
	var out []*node
	for _, c := range n.children {
		if c.name.Local == name {
			out = append(out, c)
		}
		out = append(out, all2(c, name)...)
	}
	return out
}

func TestXLIFF(t *testing.T) {
	for name, r := range map[string]*fedele.Report{
		"example": example(t),
		"hostile": hostileReport(t),
		"empty":   {},
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := format.WriteXLIFF(&b, r); err != nil {
				t.Fatal(err)
			}
			root, err := parseXML(b.Bytes())
			if err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			if err := checkXLIFF(root); err != nil {
				t.Fatal(err)
			}
			if root.attrs["srcLang"] != langOr(r.Source.Lang) || root.attrs["trgLang"] != langOr(r.Target.Lang) {
				t.Errorf("languages %q %q", root.attrs["srcLang"], root.attrs["trgLang"])
			}
			// One unit per bead with its texts; one note per finding
			// with its kind as the category.
			units := all2(root, "unit")
			if len(r.Alignment) > 0 && len(units) != len(r.Alignment) {
				t.Fatalf("%d units, want %d", len(units), len(r.Alignment))
			}
			texts, err := xmlTexts(b.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			joined := "\n" + strings.Join(texts, "\n") + "\n"
			for i, p := range r.Alignment {
				for _, spans := range [][]fedele.Span{p.Source, p.Target} {
					if len(spans) == 0 {
						continue
					}
					var parts []string
					for _, sp := range spans {
						parts = append(parts, sp.Text)
					}
					if want := "\n" + strings.Join(parts, " ") + "\n"; !strings.Contains(joined, want) {
						t.Errorf("bead %d: the text %q is not a source or target", i+1, want)
					}
				}
			}
			notes := all2(root, "note")
			if len(notes) != len(r.Findings) {
				t.Fatalf("%d notes, want one per finding, %d", len(notes), len(r.Findings))
			}
			byID := map[string]*node{}
			for _, n := range notes {
				byID[n.attrs["id"]] = n
			}
			for i, f := range r.Findings {
				n := byID["n"+strconv.Itoa(i+1)]
				if n == nil || n.attrs["category"] != f.Kind.String() || !strings.HasPrefix(n.text, f.Severity.String()+": ") {
					t.Errorf("finding %d (%s %s) has no note of its category", i+1, f.Severity, f.Kind)
				}
			}
		})
	}
}

func langOr(s string) string {
	if s == "" {
		return "und"
	}
	return s
}

// TestXLIFFCheckFails makes sure the constraint check finds what it
// looks for.
func TestXLIFFCheckFails(t *testing.T) {
	const head = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="it">`
	bad := map[string]string{
		"no file":          head + `</xliff>`,
		"unit with no id":  head + `<file id="f"><unit><segment><source/></segment></unit></file></xliff>`,
		"repeated unit id": head + `<file id="f"><unit id="u"><segment><source/></segment></unit><unit id="u"><segment><source/></segment></unit></file></xliff>`,
		"target first":     head + `<file id="f"><unit id="u"><segment><target/><source/></segment></unit></file></xliff>`,
		"notes after":      head + `<file id="f"><unit id="u"><segment><source/></segment><notes><note>x</note></notes></unit></file></xliff>`,
		"empty notes":      head + `<file id="f"><unit id="u"><notes/><segment><source/></segment></unit></file></xliff>`,
		"priority 0":       head + `<file id="f"><unit id="u"><notes><note priority="0">x</note></notes><segment><source/></segment></unit></file></xliff>`,
		"bad state":        head + `<file id="f"><unit id="u"><segment state="done"><source/><target/></segment></unit></file></xliff>`,
		"translated bare":  head + `<file id="f"><unit id="u"><segment state="translated"><source/></segment></unit></file></xliff>`,
		"cp of a letter":   head + `<file id="f"><unit id="u"><segment><source><cp hex="0041"/></source></segment></unit></file></xliff>`,
		"foreign attr":     head + `<file id="f" style="x"><unit id="u"><segment><source/></segment></unit></file></xliff>`,
		"wrong namespace":  `<xliff version="2.0" srcLang="en"><file id="f"><unit id="u"><segment><source/></segment></unit></file></xliff>`,
	}
	for name, doc := range bad {
		root, err := parseXML([]byte(doc))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if checkXLIFF(root) == nil {
			t.Errorf("%s: the check found nothing wrong", name)
		}
	}
}
