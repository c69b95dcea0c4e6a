package format

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fedele/fedele"
)

// The page's style sheet and script, kept in files of their own so
// that they read as CSS and JavaScript; the page carries them inline and
// its Content-Security-Policy allows exactly them, by their SHA-256.
var (
	//go:embed page/report.css
	pageCSS string
	//go:embed page/report.js
	pageJS string
	//go:embed page/report.tmpl
	pageTemplate string
)

var (
	reportTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
		"args": func(y int, c coverage) barArgs { return barArgs{y, c} },
	}).Parse(pageTemplate))
	// pageCSP forbids every fetch (default-src 'none') and allows the
	// inline style sheet and script by their hash, nothing else.
	pageCSP = "default-src 'none'; style-src " + cspHash(pageCSS) +
		"; script-src " + cspHash(pageJS) +
		"; img-src 'none'; base-uri 'none'; form-action 'none'"
)

// cspHash returns the CSP source expression that allows an inline
// element whose content is s.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// WriteHTML writes r as one self-contained HTML page for people: a
// summary at the top (verdict, mode, coverage as an inline SVG bar,
// counts by severity and by kind, which double as filters), then both
// texts side by side, one row per bead of the alignment, with every
// finding marked at its exact span and described beside its row (kind,
// severity, message, evidence). The keys n and p move from finding to
// finding.
//
// A report of reorganized mode (with its provenance) is drawn as such a
// text is read: every target sentence beside the source sentences it
// draws on, its quotations marked with their verdict and source words,
// then the whole source, each sentence linked to the target sentences
// that use it and the passages none uses shaded.
//
// The page needs nothing else: its style sheet and script are inline,
// and a Content-Security-Policy meta element forbids every network
// access (default-src 'none') and allows the inline style and script by
// their hash. It is built with html/template, so that every piece of the
// texts, names and messages is escaped for where it stands.
//
// The highlights need the report's spans to slice its sentences' texts
// (Start and End offsets of the text given to the check); a sentence
// whose span does not (a report remapped to other offsets) has a
// finding in it marked as a whole.
func WriteHTML(w io.Writer, r *fedele.Report, opts ...Option) error {
	o := newOptions(opts)
	v := newPage(r, o)
	bw := bufio.NewWriter(w)
	if err := reportTemplate.Execute(bw, v); err != nil {
		return fmt.Errorf("format: writing the HTML report: %w", err)
	}
	return bw.Flush()
}

// page is what the template renders.
type page struct {
	Title     string
	Generator string
	CSP       string
	CSS       template.CSS
	JS        template.JS
	// Mode is "translation" (both texts side by side in aligned rows)
	// or "reorganized" (the target beside the source passages each of
	// its sentences draws on, then the whole source).
	Mode             string
	ModeReason       string
	Order            string // Kendall's tau of a reorganized translation
	Source, Target   docView
	Verdict          string
	Checked          bool
	SentenceCoverage coverage
	CharCoverage     coverage
	Severities       []countView
	Kinds            []countView
	// Global are the findings about a whole document.
	Global   []cardView
	Rows     []rowView
	Reorg    *reorgView
	Findings int
}

type docView struct {
	Label, Name, Lang, Detected string
	Sentences, Bytes            int
}

// coverage is one bar of the coverage chart.
type coverage struct {
	Label   string
	Percent string
	Width   string // the bar's covered width, of barWidth
}

// barArgs places one bar of the chart.
type barArgs struct {
	Y int
	C coverage
}

// barWidth is the width of the coverage bars in SVG units.
const barWidth = 240

type countView struct {
	Key, Name, Title string
	Count            int
}

type rowView struct {
	N        int
	Class    string
	Score    string
	Src, Tgt []sentView
	Cards    []cardView
}

type sentView struct {
	Title  string
	Pieces []pieceView
}

// pieceView is a stretch of a sentence: plain text, or text marked by
// the findings IDs (space-separated card ids), the first being Href.
// Item marks a word or number that a finding compares.
type pieceView struct {
	Text string
	Mark bool
	Item bool
	// Quote is the verdict of the quotation the piece is in, QuoteID
	// its card.
	Quote, QuoteID string
	Severity       string
	IDs            string
	Href           string
}

type cardView struct {
	ID, N              string
	Kind, Severity     string
	MQM, ITS           string
	Message            string
	Evidence           []evidenceView
	SrcWhere, TgtWhere string
}

type evidenceView struct{ Name, Value string }

// newPage builds the view of r.
func newPage(r *fedele.Report, o options) *page {
	v := &page{
		Generator:  o.tool + " " + o.toolVersion,
		CSP:        pageCSP,
		CSS:        template.CSS(pageCSS),
		JS:         template.JS(pageJS),
		Mode:       "translation",
		ModeReason: r.ModeReason,
		Source:     newDocView("Source", r.Source),
		Target:     newDocView("Target", r.Target),
		Verdict:    string(r.Summary.Verdict),
		Checked:    r.Summary.Verdict != "",
		Findings:   len(r.Findings),
	}
	v.Title = "fedele: " + v.Source.Name + " → " + v.Target.Name

	covered := 0
	for _, p := range r.Alignment {
		if len(p.Target) > 0 {
			covered += len(p.Source)
		}
	}
	v.SentenceCoverage = newCoverage(r.Summary.SentenceCoverage,
		fmt.Sprintf("%d of %d source sentences", covered, sourceSentences(r)))
	v.CharCoverage = newCoverage(r.Summary.CharCoverage, "of the source's characters")
	if c := r.Coverage; c != nil && c.SourceSentences > 0 && c.SourceChars > 0 {
		v.SentenceCoverage = newCoverage(float64(c.UsedSentences)/float64(c.SourceSentences),
			fmt.Sprintf("%d of %d source sentences used", c.UsedSentences, c.SourceSentences))
		v.CharCoverage = newCoverage(float64(c.UsedChars)/float64(c.SourceChars), "of the source's characters used")
		v.Order = strconv.FormatFloat(c.Order, 'f', 2, 64)
	}

	s := r.Summary
	for _, c := range []struct {
		sev fedele.Severity
		n   int
	}{{fedele.SeverityError, s.Errors}, {fedele.SeverityWarning, s.Warnings}, {fedele.SeverityInfo, s.Infos}} {
		v.Severities = append(v.Severities, countView{Key: "s:" + c.sev.String(), Name: c.sev.String(), Count: c.n})
	}
	for _, k := range fedele.Kinds() {
		if n := s.Counts[k]; n > 0 {
			v.Kinds = append(v.Kinds, countView{Key: "k:" + k.String(), Name: k.String(), Title: k.MQM(), Count: n})
		}
	}

	if r.Mode == fedele.ModeReorganized && len(r.Provenance) > 0 {
		v.Mode = string(fedele.ModeReorganized)
		v.Reorg, v.Global = newReorgView(r)
		return v
	}

	src, tgt := index(r)
	v.Rows = make([]rowView, len(r.Alignment))
	for i, p := range r.Alignment {
		row := &v.Rows[i]
		row.N = i + 1
		switch {
		case len(p.Target) == 0:
			row.Class = "one-sided no-target"
		case len(p.Source) == 0:
			row.Class = "one-sided no-source"
		}
		row.Score = formatScore(p.Score)
		row.Src = make([]sentView, len(p.Source))
		row.Tgt = make([]sentView, len(p.Target))
	}
	// The marks of each sentence: the findings' spans cut to it.
	srcMarks := make([][]mark, len(src))
	tgtMarks := make([][]mark, len(tgt))
	for i := range r.Findings {
		f := &r.Findings[i]
		c := newCard(i, f, r)
		if b := beadOf(f, src, tgt); b >= 0 {
			v.Rows[b].Cards = append(v.Rows[b].Cards, c)
		} else {
			v.Global = append(v.Global, c)
		}
		addMarks(srcMarks, src, f.Source, findingMark(i, f), f.Evidence.SourceItems)
		addMarks(tgtMarks, tgt, f.Target, findingMark(i, f), f.Evidence.TargetItems)
	}
	for j, s := range src {
		v.Rows[s.bead].Src[s.pos] = newSentView(s.span, srcMarks[j])
	}
	for j, s := range tgt {
		v.Rows[s.bead].Tgt[s.pos] = newSentView(s.span, tgtMarks[j])
	}
	return v
}

func newDocView(label string, d fedele.Document) docView {
	name := d.Name
	if name == "" {
		name = strings.ToLower(label)
	}
	return docView{Label: label, Name: name, Lang: d.Lang, Detected: d.Detected, Sentences: d.Sentences, Bytes: d.Bytes}
}

// sourceSentences counts the source sentences of the alignment.
func sourceSentences(r *fedele.Report) int {
	n := 0
	for _, p := range r.Alignment {
		n += len(p.Source)
	}
	return n
}

func newCoverage(x float64, label string) coverage {
	x = min(max(x, 0), 1)
	if x != x {
		x = 0
	}
	return coverage{
		Label:   label,
		Percent: strconv.FormatFloat(100*x, 'f', 1, 64) + " %",
		Width:   strconv.FormatFloat(barWidth*x, 'f', 1, 64),
	}
}

func cardID(i int) string { return "f" + strconv.Itoa(i+1) }

func newCard(i int, f *fedele.Finding, r *fedele.Report) cardView {
	c := cardView{
		ID:       cardID(i),
		N:        strconv.Itoa(i + 1),
		Kind:     f.Kind.String(),
		Severity: f.Severity.String(),
		MQM:      f.Kind.MQM(),
		ITS:      f.Kind.ITS(),
		Message:  f.Message,
		SrcWhere: where(f.Source),
		TgtWhere: where(f.Target),
	}
	e := f.Evidence
	add := func(name, value string) {
		if value != "" {
			c.Evidence = append(c.Evidence, evidenceView{name, value})
		}
	}
	add("grade", string(e.Grade))
	if e.Score > 0 {
		add("score", formatScore(e.Score))
	}
	add("source words with no counterpart", strings.Join(e.Unmatched, ", "))
	add("in the source", strings.Join(e.SourceItems, " · "))
	add("in the target", strings.Join(e.TargetItems, " · "))
	if e.LengthRatio > 0 {
		add("length ratio", strconv.FormatFloat(e.LengthRatio, 'f', 2, 64))
	}
	add("note", e.Note)
	return c
}

// where names the place of the first span: "line 7, column 3".
func where(spans []fedele.Span) string {
	if len(spans) == 0 || spans[0].Line == 0 {
		return ""
	}
	s := fmt.Sprintf("line %d, column %d", spans[0].Line, spans[0].Col)
	if len(spans) > 1 {
		s += fmt.Sprintf(" (and %d more)", len(spans)-1)
	}
	return s
}

// mark is a finding's stretch of one sentence, in bytes of the
// sentence's text.
type mark struct {
	start, end int
	// id is the card of the finding, or of the quotation, the mark
	// belongs to.
	id  string
	sev fedele.Severity
	// quote is the verdict of a quotation's mark, "" for a finding's.
	quote string
	// item marks a word or number the finding compares (its evidence's
	// items) inside the finding's span.
	item bool
}

// findingMark is the mark of finding i, its place to be set.
func findingMark(i int, f *fedele.Finding) mark {
	return mark{id: cardID(i), sev: f.Severity}
}

// addMarks records the spans of a finding or quotation (proto gives
// its id, severity or verdict) on the sentences of ix they overlap, and
// inside them the first place of each of the items the finding compares.
func addMarks(marks [][]mark, ix sideIndex, spans []fedele.Span, proto mark, items []string) {
	for _, sp := range spans {
		j := max(ix.find(sp.Start), 0)
		end := max(sp.End, sp.Start+1) // an empty span is a place: the character there
		for ; j < len(ix); j++ {
			s := ix[j].span
			if s.Start >= end {
				break
			}
			if sp.Start >= s.End {
				continue // the span starts after this sentence
			}
			m := proto
			m.start, m.end = 0, len(s.Text)
			if len(s.Text) == s.End-s.Start {
				m.start = runeStart(s.Text, sp.Start-s.Start)
				m.end = runeStart(s.Text, sp.End-s.Start)
				if m.end <= m.start {
					// An empty span (a place): mark the character there.
					m.end = runeEnd(s.Text, m.start)
				}
			}
			if m.end <= m.start {
				continue
			}
			marks[j] = append(marks[j], m)
			for _, it := range items {
				if it == "" {
					continue
				}
				if k := strings.Index(s.Text[m.start:m.end], it); k >= 0 {
					im := m
					im.start, im.end, im.item = m.start+k, m.start+k+len(it), true
					marks[j] = append(marks[j], im)
				}
			}
		}
	}
}

// runeStart clamps i to text and moves it back to the start of its
// character.
func runeStart(text string, i int) int {
	i = min(max(i, 0), len(text))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// runeEnd returns the end of the character that starts at i (i itself
// at the end of text).
func runeEnd(text string, i int) int {
	if i >= len(text) {
		return i
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + n
}

// newSentView cuts a sentence into pieces at the edges of its marks;
// each piece lists the findings that cover it.
func newSentView(sp fedele.Span, marks []mark) sentView {
	sv := sentView{}
	if sp.Line > 0 {
		sv.Title = fmt.Sprintf("line %d, column %d", sp.Line, sp.Col)
	}
	text := sp.Text
	if len(marks) == 0 {
		sv.Pieces = []pieceView{{Text: text}}
		return sv
	}
	cuts := []int{0, len(text)}
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		p := pieceView{Text: text[a:b]}
		var ids []string
		var worst fedele.Severity
		for _, m := range marks {
			if m.start > a || b > m.end {
				continue
			}
			if m.quote != "" {
				p.Quote, p.QuoteID = m.quote, m.id
				continue
			}
			p.Item = p.Item || m.item
			if !slices.Contains(ids, m.id) {
				ids = append(ids, m.id)
				worst = max(worst, m.sev)
			}
		}
		if len(ids) > 0 {
			p.Mark = true
			p.IDs = strings.Join(ids, " ")
			p.Href = "#" + ids[0]
			p.Severity = worst.String()
		}
		sv.Pieces = append(sv.Pieces, p)
	}
	return sv
}
