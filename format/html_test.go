package format_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/fedele/fedele"
	"github.com/fedele/fedele/format"
)

// page is a parsed HTML report.
type page struct {
	root *html.Node
}

func parsePage(t *testing.T, b []byte) page {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return page{root}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attr(n, "class")
	return n.Type == html.ElementNode && strings.Contains(" "+v+" ", " "+class+" ")
}

// all returns the nodes under n (n included) for which keep is true, in
// document order.
func all(n *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func elements(n *html.Node, a atom.Atom) []*html.Node {
	return all(n, func(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == a })
}

func withClass(n *html.Node, class string) []*html.Node {
	return all(n, func(n *html.Node) bool { return hasClass(n, class) })
}

// text returns the text under n.
func text(n *html.Node) string {
	var b strings.Builder
	for _, t := range all(n, func(n *html.Node) bool { return n.Type == html.TextNode }) {
		b.WriteString(t.Data)
	}
	return b.String()
}

// allowedElements are the elements a report may have; anything else
// (img, iframe, object, a second script...) was let in by the texts.
var allowedElements = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "style": true, "script": true,
	"header": true, "main": true, "section": true, "article": true, "aside": true, "h1": true, "h2": true, "p": true,
	"div": true, "span": true, "b": true, "br": true, "kbd": true, "a": true, "dl": true, "dt": true, "dd": true,
	"figure": true, "figcaption": true, "svg": true, "g": true, "rect": true, "text": true,
	"form": true, "fieldset": true, "legend": true, "label": true, "input": true,
	"table": true, "colgroup": true, "col": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
}

var pageRef = regexp.MustCompile(`^#[fst][0-9]+$`) // a finding, a source or target sentence

// checkPage checks what every report page must be, whatever its texts:
// the structure of the page, one script and one style sheet, both those
// of the package and allowed by the page's Content-Security-Policy,
// which forbids the network; no element or attribute beyond those of
// the template; links only to the page's own findings; one row per
// bead, each with its four cells, and every sentence's text shown whole.
func checkPage(t *testing.T, r *fedele.Report, b []byte) page {
	t.Helper()
	p := parsePage(t, b)
	for _, a := range []atom.Atom{atom.Html, atom.Head, atom.Body, atom.Title, atom.Main} {
		if n := len(elements(p.root, a)); n != 1 {
			t.Errorf("%d <%s> elements, want 1", n, a)
		}
	}
	scripts, styles := elements(p.root, atom.Script), elements(p.root, atom.Style)
	if len(scripts) != 1 || len(styles) != 1 {
		t.Fatalf("%d scripts and %d style sheets, want one each", len(scripts), len(styles))
	}
	if _, ok := attr(scripts[0], "src"); ok {
		t.Error("the script is loaded from elsewhere")
	}
	var csp string
	for _, m := range elements(p.root, atom.Meta) {
		if v, _ := attr(m, "http-equiv"); strings.EqualFold(v, "Content-Security-Policy") {
			csp, _ = attr(m, "content")
			if m.Parent.DataAtom != atom.Head {
				t.Error("the CSP meta element is not in the head")
			}
		}
	}
	if !strings.HasPrefix(csp, "default-src 'none';") {
		t.Errorf("CSP %q does not start by forbidding everything", csp)
	}
	for _, el := range []*html.Node{scripts[0], styles[0]} {
		sum := sha256.Sum256([]byte(text(el)))
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, h) {
			t.Errorf("the CSP %q does not allow the inline <%s> (%s)", csp, el.Data, h)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "http") || strings.Contains(csp, "*") {
		t.Errorf("the CSP %q allows more than the page's own style and script", csp)
	}

	for _, n := range all(p.root, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		if !allowedElements[n.Data] {
			t.Errorf("unexpected element <%s>", n.Data)
		}
		for _, a := range n.Attr {
			k := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(k, "on"):
				t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			case k == "href":
				if !pageRef.MatchString(a.Val) {
					t.Errorf("link to %q on <%s>", a.Val, n.Data)
				}
			case k == "src" || k == "action" || k == "formaction" || k == "srcdoc" || k == "style":
				t.Errorf("attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
			}
		}
	}

	ids := map[string]bool{}
	for _, n := range all(p.root, func(n *html.Node) bool { return n.Type == html.ElementNode }) {
		if id, ok := attr(n, "id"); ok {
			if ids[id] {
				t.Errorf("id %q twice", id)
			}
			ids[id] = true
		}
	}
	for _, a := range elements(p.root, atom.A) {
		if href, _ := attr(a, "href"); !ids[strings.TrimPrefix(href, "#")] {
			t.Errorf("link to %q, which is not on the page", href)
		}
	}
	shown := func(s string) string { return strings.ReplaceAll(s, "\x00", "\uFFFD") }
	if r.Mode == fedele.ModeReorganized && len(r.Provenance) > 0 {
		checkReorganized(t, r, p, shown)
	} else {
		if n := len(elements(p.root, atom.Table)); n != 1 {
			t.Errorf("%d tables, want 1", n)
		}
		checkRows(t, r, p, shown)
	}
	cards := withClass(p.root, "card")
	if len(cards) != len(r.Findings) {
		t.Errorf("%d finding cards, want %d", len(cards), len(r.Findings))
	}
	for _, c := range cards {
		id, _ := attr(c, "id")
		i, err := strconv.Atoi(strings.TrimPrefix(id, "f"))
		if err != nil || i < 1 || i > len(r.Findings) {
			t.Errorf("card id %q names no finding", id)
			continue
		}
		f := r.Findings[i-1]
		if msg := withClass(c, "msg"); len(msg) != 1 || text(msg[0]) != shown(f.Message) {
			t.Errorf("card %s does not show the message %q", id, f.Message)
		}
		if k, _ := attr(c, "data-k"); k != f.Kind.String() {
			t.Errorf("card %s: kind %q, want %q", id, k, f.Kind)
		}
		if s, _ := attr(c, "data-s"); s != f.Severity.String() {
			t.Errorf("card %s: severity %q, want %q", id, s, f.Severity)
		}
	}
	return p
}

// checkRows checks the rows of a translation: one per bead, with its
// cells and every sentence's text shown whole.
func checkRows(t *testing.T, r *fedele.Report, p page, shown func(string) string) {
	t.Helper()
	rows := withClass(p.root, "row")
	if len(rows) != len(r.Alignment) {
		t.Fatalf("%d rows, want one per bead, %d", len(rows), len(r.Alignment))
	}
	for i, row := range rows {
		cells := elements(row, atom.Td)
		if len(cells) != 4 || !hasClass(cells[1], "src") || !hasClass(cells[2], "tgt") || !hasClass(cells[3], "find") {
			t.Fatalf("row %d: cells %d, want n, src, tgt, find", i+1, len(cells))
		}
		for side, spans := range [][]fedele.Span{r.Alignment[i].Source, r.Alignment[i].Target} {
			sents := withClass(cells[1+side], "s")
			if len(sents) != len(spans) {
				t.Errorf("row %d side %d: %d sentences shown, want %d", i+1, side, len(sents), len(spans))
				continue
			}
			for j, s := range sents {
				if got, want := text(s), shown(spans[j].Text); got != want {
					t.Errorf("row %d side %d sentence %d shows %q, want %q", i+1, side, j, got, want)
				}
			}
		}
	}
}

// checkReorganized checks the two tables of a reorganized translation:
// one row per target sentence, showing it whole, with links to the
// source sentences it draws on; then one row per source sentence, shaded
// when uncovered.
func checkReorganized(t *testing.T, r *fedele.Report, p page, shown func(string) string) {
	t.Helper()
	tables := elements(p.root, atom.Table)
	if len(tables) != 2 {
		t.Fatalf("%d tables, want the provenance and the whole source", len(tables))
	}
	rows := withClass(tables[0], "row")
	if len(rows) != len(r.Provenance) {
		t.Fatalf("%d rows, want one per target sentence, %d", len(rows), len(r.Provenance))
	}
	for i, row := range rows {
		pr := r.Provenance[i]
		cells := elements(row, atom.Td)
		if len(cells) != 4 || !hasClass(cells[1], "tgt") || !hasClass(cells[2], "src") {
			t.Fatalf("row %d: %d cells", i+1, len(cells))
		}
		if s := withClass(cells[1], "s"); len(s) != 1 || text(s[0]) != shown(pr.Target.Text) {
			t.Errorf("row %d does not show %q", i+1, pr.Target.Text)
		}
		refs := withClass(cells[2], "ref")
		if len(refs) != len(pr.Sources) {
			t.Errorf("row %d: %d source links, want %d", i+1, len(refs), len(pr.Sources))
		}
	}
	var srcSpans []fedele.Span
	for _, a := range r.Alignment {
		srcSpans = append(srcSpans, a.Source...)
	}
	whole := withClass(tables[1], "row")
	if len(whole) != len(srcSpans) {
		t.Fatalf("%d rows of the source, want %d", len(whole), len(srcSpans))
	}
	uncovered := 0
	for i, row := range whole {
		if s := withClass(row, "s"); len(s) != 1 || text(s[0]) != shown(srcSpans[i].Text) {
			t.Errorf("source row %d does not show %q", i+1, srcSpans[i].Text)
		}
		in := false
		for _, u := range r.Coverage.Uncovered {
			in = in || u.Start <= srcSpans[i].Start && srcSpans[i].End <= u.End
		}
		if in != hasClass(row, "uncovered") {
			t.Errorf("source row %d: shaded %v, uncovered %v", i+1, hasClass(row, "uncovered"), in)
		}
		if in {
			uncovered++
		}
	}
	if len(r.Coverage.Uncovered) > 0 && uncovered == 0 {
		t.Error("no source sentence shaded as uncovered")
	}
	if n := len(withClass(p.root, "qcard")); n != len(r.Quotations) {
		t.Errorf("%d quotation cards, want %d", n, len(r.Quotations))
	}
}

func TestHTMLReorganized(t *testing.T) {
	r := reorganized(t)
	if r.Mode != fedele.ModeReorganized || len(r.Provenance) == 0 || len(r.Quotations) == 0 || r.Coverage == nil {
		t.Fatalf("the reorganized example is not checked in reorganized mode: mode %s", r.Mode)
	}
	var b bytes.Buffer
	if err := format.WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	p := checkPage(t, r, b.Bytes())
	// Every quotation is marked in its target sentence, with its verdict.
	for i, q := range r.Quotations {
		id := "q" + strconv.Itoa(i+1)
		var got string
		for _, n := range withClass(p.root, "q-"+string(q.Verdict)) {
			if v, _ := attr(n, "data-q"); v == id && hasClass(n, "q") {
				got += text(n)
			}
		}
		if !strings.Contains(got, q.Target.Text) {
			t.Errorf("quotation %d %q: marked %q", i+1, q.Target.Text, got)
		}
	}
}

func TestHTMLExample(t *testing.T) {
	r := example(t)
	var b bytes.Buffer
	if err := format.WriteHTML(&b, r); err != nil {
		t.Fatal(err)
	}
	p := checkPage(t, r, b.Bytes())

	// Every finding with a span in a sentence is marked there, at its
	// exact text.
	var marked [2]map[string]string // by side, card id -> the text of its marks
	for side, class := range []string{"src", "tgt"} {
		marked[side] = map[string]string{}
		for _, cell := range withClass(p.root, class) {
			for _, m := range withClass(cell, "m") {
				ids, _ := attr(m, "data-f")
				for _, id := range strings.Fields(ids) {
					marked[side][id] += text(m)
				}
			}
		}
	}
	for i, f := range r.Findings {
		id := "f" + strconv.Itoa(i+1)
		for side, spans := range [][]fedele.Span{f.Source, f.Target} {
			var want string
			for _, sp := range spans {
				want += sp.Text
			}
			// A span may lie between sentences (a doubled space): its
			// mark is then missing, never different.
			if got := marked[side][id]; got != want && !(got == "" && strings.TrimSpace(want) == "") {
				t.Errorf("finding %d (%s) side %d: marks show %q, want %q", i+1, f.Kind, side, got, want)
			}
		}
	}

	// The numbers and words a finding compares are marked as items
	// inside its span.
	items := map[string]bool{} // card id + " " + item text
	for _, m := range withClass(p.root, "item") {
		ids, _ := attr(m, "data-f")
		for _, id := range strings.Fields(ids) {
			items[id+" "+text(m)] = true
		}
	}
	itemsChecked := 0
	for i, f := range r.Findings {
		for side, spans := range [][]fedele.Span{f.Source, f.Target} {
			for _, it := range [][]string{f.Evidence.SourceItems, f.Evidence.TargetItems}[side] {
				if len(spans) > 0 && strings.Contains(spans[0].Text, it) {
					itemsChecked++
					if !items["f"+strconv.Itoa(i+1)+" "+it] {
						t.Errorf("finding %d (%s): %q not marked as an item", i+1, f.Kind, it)
					}
				}
			}
		}
	}
	if itemsChecked == 0 {
		t.Error("no item of the example's findings checked")
	}

	// The summary: verdict and the counts.
	if v := withClass(p.root, "verdict"); len(v) != 1 || text(v[0]) != string(r.Summary.Verdict) {
		t.Errorf("verdict not shown as %q", r.Summary.Verdict)
	}
	for k, n := range r.Summary.Counts {
		found := false
		for _, in := range elements(p.root, atom.Input) {
			if key, _ := attr(in, "data-filter"); key == "k:"+k.String() {
				found = strings.Contains(text(in.Parent), strconv.Itoa(n))
			}
		}
		if !found {
			t.Errorf("no filter for kind %s with its count %d", k, n)
		}
	}
	if len(elements(p.root, atom.Svg)) != 1 {
		t.Error("no coverage chart")
	}
}
