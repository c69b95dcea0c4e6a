package extract

import "github.com/fedele/fedele"

// Remap returns a copy of r, a report on texts extracted by src and
// tgt, whose spans point into the original documents: Start and End
// become byte offsets of the document, Line and Col its line and column,
// and the documents' Bytes their lengths. Text stays the text as it was
// checked (entities decoded, markup left out), so that it no longer
// equals the document's bytes between Start and End when markup lies
// there. A nil src or tgt leaves that side as it is. r is not changed.
//
// A writer that cuts the sentences' texts by offset, such as the HTML
// page of package format, takes the report before it is remapped.
func Remap(r *fedele.Report, src, tgt *Text) *fedele.Report {
	out := *r
	if src != nil {
		out.Source.Bytes = len(src.doc)
	}
	if tgt != nil {
		out.Target.Bytes = len(tgt.doc)
	}
	out.Source.Cut = remapSpans(r.Source.Cut, src)
	out.Target.Cut = remapSpans(r.Target.Cut, tgt)
	out.Alignment = make([]fedele.Pair, len(r.Alignment))
	for i, p := range r.Alignment {
		p.Source = remapSpans(p.Source, src)
		p.Target = remapSpans(p.Target, tgt)
		out.Alignment[i] = p
	}
	out.Findings = make([]fedele.Finding, len(r.Findings))
	for i, f := range r.Findings {
		f.Source = remapSpans(f.Source, src)
		f.Target = remapSpans(f.Target, tgt)
		out.Findings[i] = f
	}
	if r.Provenance != nil {
		out.Provenance = make([]fedele.Provenance, len(r.Provenance))
		for i, p := range r.Provenance {
			p.Target = remapSpan(p.Target, tgt)
			p.Sources = remapSpans(p.Sources, src)
			out.Provenance[i] = p
		}
	}
	if r.Quotations != nil {
		out.Quotations = make([]fedele.QuotationCheck, len(r.Quotations))
		for i, q := range r.Quotations {
			q.Target = remapSpan(q.Target, tgt)
			q.Source = remapSpans(q.Source, src)
			out.Quotations[i] = q
		}
	}
	if r.Coverage != nil {
		c := *r.Coverage
		c.Uncovered = remapSpans(c.Uncovered, src)
		out.Coverage = &c
	}
	return &out
}

func remapSpan(sp fedele.Span, t *Text) fedele.Span {
	if t == nil {
		return sp
	}
	return remapSpans([]fedele.Span{sp}, t)[0]
}

func remapSpans(spans []fedele.Span, t *Text) []fedele.Span {
	if t == nil || spans == nil {
		return spans
	}
	out := make([]fedele.Span, len(spans))
	for i, sp := range spans {
		start := t.Start(sp.Start)
		end := start
		if sp.End > sp.Start {
			end = max(t.End(sp.End), start)
		}
		sp.Start, sp.End = start, end
		sp.Line, sp.Col = t.Pos(start)
		out[i] = sp
	}
	return out
}
