package format

import (
	"strconv"
	"strings"

	"github.com/fedele/fedele"
)

// reorgView is the body of the page of a reorganized translation: every
// target sentence beside the source passages it draws on, then the
// whole source, with the passages no target sentence uses shaded.
type reorgView struct {
	Rows   []provRow
	Source []sourceRow
}

// provRow is one target sentence and where it comes from.
type provRow struct {
	N       int
	ID      string
	Grade   string
	Score   string
	Tgt     sentView
	Sources []sentRef
	Quotes  []quoteView
	Cards   []cardView
}

// sourceRow is one sentence of the whole source.
type sourceRow struct {
	N         int
	ID        string
	Uncovered bool
	Sent      sentView
	UsedBy    []sentRef
	Cards     []cardView
}

// sentRef links to a sentence elsewhere on the page.
type sentRef struct {
	N    int
	Href string
	Text string
}

// quoteView is a quotation of the target and its judgement.
type quoteView struct {
	ID, Verdict, Score string
	Text, Source       string
	Notes              string
}

func sourceID(n int) string { return "s" + strconv.Itoa(n) }
func targetID(n int) string { return "t" + strconv.Itoa(n) }

// newReorgView builds the body of a reorganized report, and returns the
// cards of the findings about a whole document.
func newReorgView(r *fedele.Report) (*reorgView, []cardView) {
	v := &reorgView{}
	// The target sentences are those of the provenance; the source's,
	// those of the alignment, which lists each once, in order.
	var tgt, src sideIndex
	for i, p := range r.Provenance {
		tgt = append(tgt, sentence{i, 0, p.Target})
	}
	for _, p := range r.Alignment {
		for _, sp := range p.Source {
			src = append(src, sentence{len(src), 0, sp})
		}
	}
	v.Rows = make([]provRow, len(tgt))
	v.Source = make([]sourceRow, len(src))
	for i, s := range src {
		v.Source[i] = sourceRow{N: i + 1, ID: sourceID(i + 1)}
		if c := r.Coverage; c != nil {
			for _, u := range c.Uncovered {
				if u.Start <= s.span.Start && s.span.End <= u.End {
					v.Source[i].Uncovered = true
				}
			}
		}
	}
	for i, p := range r.Provenance {
		row := &v.Rows[i]
		row.N, row.ID = i+1, targetID(i+1)
		row.Grade, row.Score = string(p.Grade), formatScore(p.Score)
		for _, sp := range p.Sources {
			j := src.find(sp.Start)
			if j < 0 {
				continue
			}
			row.Sources = append(row.Sources, sentRef{N: j + 1, Href: "#" + sourceID(j+1), Text: sp.Text})
			used := &v.Source[j].UsedBy
			if k := len(*used); k == 0 || (*used)[k-1].N != row.N {
				*used = append(*used, sentRef{N: row.N, Href: "#" + row.ID})
			}
		}
	}

	tgtMarks := make([][]mark, len(tgt))
	srcMarks := make([][]mark, len(src))
	var global []cardView
	for i := range r.Findings {
		f := &r.Findings[i]
		c := newCard(i, f, r)
		switch {
		case len(f.Target) > 0 && tgt.find(f.Target[0].Start) >= 0:
			j := tgt.find(f.Target[0].Start)
			v.Rows[j].Cards = append(v.Rows[j].Cards, c)
		case len(f.Source) > 0 && src.find(f.Source[0].Start) >= 0:
			j := src.find(f.Source[0].Start)
			v.Source[j].Cards = append(v.Source[j].Cards, c)
		default:
			global = append(global, c)
		}
		addMarks(srcMarks, src, f.Source, findingMark(i, f), f.Evidence.SourceItems)
		addMarks(tgtMarks, tgt, f.Target, findingMark(i, f), f.Evidence.TargetItems)
	}
	for i, q := range r.Quotations {
		qv := quoteView{
			ID:      "q" + strconv.Itoa(i+1),
			Verdict: string(q.Verdict),
			Score:   formatScore(q.Score),
			Text:    q.Target.Text,
			Notes:   strings.Join(q.Notes, "; "),
		}
		var words []string
		for _, sp := range q.Source {
			words = append(words, sp.Text)
		}
		qv.Source = strings.Join(words, " … ")
		if j := tgt.find(q.Target.Start); j >= 0 {
			v.Rows[j].Quotes = append(v.Rows[j].Quotes, qv)
		}
		proto := mark{id: qv.ID, quote: qv.Verdict}
		addMarks(tgtMarks, tgt, []fedele.Span{q.Target}, proto, nil)
		addMarks(srcMarks, src, q.Source, proto, nil)
	}
	for j, s := range tgt {
		v.Rows[j].Tgt = newSentView(s.span, tgtMarks[j])
	}
	for j, s := range src {
		v.Source[j].Sent = newSentView(s.span, srcMarks[j])
	}
	return v, global
}
