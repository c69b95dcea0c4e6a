package fedele

import (
	"fmt"
	"strings"
	"testing"

	"github.com/fedele/fedele/internal/evalkit"
)

// quoteCaseQuestions are the host's questions between the passages of
// the transcript made of the quotation cases.
var quoteCaseQuestions = []string{
	"Can you say more about that?", "How did that happen?", "What do you mean by that?",
	"And what came next?", "Why is that?", "How do people react to it?",
	"What would you change?", "Was it always like that?",
}

// quoteCaseDoc makes one interview of the cases: each passage a turn of
// the guest after a question of the host, and an article that quotes
// them, each target sentence a paragraph, in the same order. It returns
// the transcript, the article, and for each case the offsets of its
// passage in the transcript and of its sentence in the article.
func quoteCaseDoc(cases []evalkit.QuoteCase) (src, tgt string, srcAt, tgtAt []int) {
	var s, a strings.Builder
	a.WriteString("Le voci dell'intervista\n\n")
	for k, c := range cases {
		fmt.Fprintf(&s, "Host: %s\n\nGuest: ", quoteCaseQuestions[k%len(quoteCaseQuestions)])
		srcAt = append(srcAt, s.Len())
		s.WriteString(c.Source)
		s.WriteString("\n\n")
		tgtAt = append(tgtAt, a.Len())
		a.WriteString(c.Target)
		a.WriteString("\n\n")
	}
	return s.String(), a.String(), srcAt, tgtAt
}

// evalQuoteCases checks the cases as one interview and its article in
// reorganized mode and counts, for each case's quotation, whether its
// source words overlap the true ones by half or more, and its verdict.
func evalQuoteCases(t *testing.T, cases []evalkit.QuoteCase) (reorganizedCount, []string) {
	src, tgt, srcAt, tgtAt := quoteCaseDoc(cases)
	r, err := Check(src, tgt, WithMode(ModeReorganized))
	if err != nil {
		t.Fatal(err)
	}
	res := reorganizedCount{docs: 1, byDistortion: map[string][2]int{}, confusion: map[[2]string]int{}}
	var misses []string
	for k, c := range cases {
		res.quotes++
		lo, hi := tgtAt[k], tgtAt[k]+len(c.Target)
		var q *QuotationCheck
		for x := range r.Quotations {
			if r.Quotations[x].Target.Start >= lo && r.Quotations[x].Target.End <= hi {
				q = &r.Quotations[x]
				break
			}
		}
		if q == nil {
			misses = append(misses, fmt.Sprintf("%s %s: no quotation found", c.ID, c.Verdict))
			continue
		}
		overlap, want := 0, 0
		for _, w := range c.SourceWords {
			ws := srcAt[k] + strings.Index(c.Source, w)
			we := ws + len(w)
			want += we - ws
			for _, sp := range q.Source {
				overlap += max(0, min(we, sp.End)-max(ws, sp.Start))
			}
		}
		if len(c.SourceWords) == 0 && len(q.Source) == 0 || want > 0 && 2*overlap >= want {
			res.located++
		} else {
			misses = append(misses, fmt.Sprintf("%s %s %.50q not located: %q", c.ID, c.Verdict, q.Target.Text, spanTexts(q.Source)))
		}
		res.confusion[[2]string{c.Verdict, string(q.Verdict)}]++
		d := res.byDistortion[c.Verdict]
		d[0]++
		switch c.Verdict {
		case evalkit.Faithful, "loose":
			res.faithful++
			if q.Verdict != QuoteFaithful && q.Verdict != QuoteLoose {
				res.faithfulFlagged++
				misses = append(misses, fmt.Sprintf("%s %s %.50q judged %s %v", c.ID, c.Verdict, q.Target.Text, q.Verdict, q.Notes))
			}
		default:
			res.distorted++
			if string(q.Verdict) == c.Verdict {
				res.distortionFound++
				d[1]++
			} else {
				misses = append(misses, fmt.Sprintf("%s %s %.50q judged %s %v (planted: %s)", c.ID, c.Verdict, q.Target.Text, q.Verdict, q.Notes, c.Note))
			}
		}
		res.byDistortion[c.Verdict] = d
	}
	return res, misses
}

// TestEvalQuoteCases prints the quotation figures on the cases of
// testdata/quotes, written blind for the project: the development half
// (odd ids), whose misses it prints with -v, and the held-out half (even
// ids), whose misses it never prints. Each half is one interview of 100
// turns of the guest and an article quoting every turn once.
func TestEvalQuoteCases(t *testing.T) {
	path, err := evalkit.QuotesPath()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := evalkit.LoadQuoteCases(path)
	if err != nil {
		t.Fatal(err)
	}
	var dev, held []evalkit.QuoteCase
	for _, c := range cases {
		if c.HeldOut() {
			held = append(held, c)
		} else {
			dev = append(dev, c)
		}
	}
	d, misses := evalQuoteCases(t, dev)
	h, _ := evalQuoteCases(t, held)
	t.Log("\n" + d.table("quotation cases, development half") + h.table("quotation cases, held-out half"))
	if testing.Verbose() {
		t.Log("development half:\n" + strings.Join(misses, "\n"))
	}
	// Floors: the figures reached, less a margin, against regressions
	// (first measured: development 0.72, 0.517, 0.738; held out 0.69,
	// 0.456, 0.674).
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"development located", ratio(d.located, d.quotes), 0.78},
		{"development distortions", ratio(d.distortionFound, d.distorted), 0.65},
		{"development faithful kept", 1 - ratio(d.faithfulFlagged, d.faithful), 0.85},
		{"held-out located", ratio(h.located, h.quotes), 0.68},
		{"held-out distortions", ratio(h.distortionFound, h.distorted), 0.44},
		{"held-out faithful kept", 1 - ratio(h.faithfulFlagged, h.faithful), 0.72},
	} {
		if !(c.got >= c.floor) {
			t.Errorf("%s: %.3f, floor %.2f", c.name, c.got, c.floor)
		}
	}
}
