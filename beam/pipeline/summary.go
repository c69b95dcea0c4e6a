package pipeline

import (
	"encoding/json"
	"math"

	"github.com/fedele/fedele/batch"
)

// Summary counts what the pipeline found: pairs, verdicts, findings by
// kind and severity, and the histogram of sentence coverage. A summary
// of one pair is made for each, and a combiner adds them up.
type Summary struct {
	// Pairs is the number of pairs; Checked of those with a report,
	// Failed of those with an error record.
	Pairs   int `json:"pairs"`
	Checked int `json:"checked"`
	Failed  int `json:"failed"`
	// Verdicts counts the reports by verdict, Findings the findings by
	// kind, Severities by severity.
	Verdicts   map[string]int `json:"verdicts"`
	Findings   map[string]int `json:"findings"`
	Severities map[string]int `json:"severities"`
	// Coverage counts the reports by the share of source sentences that
	// have a counterpart: Coverage[k] those in [k/10, (k+1)/10), the
	// last bin with 1 too.
	Coverage [10]int `json:"coverage"`
}

// summaryOf returns the summary of one output record.
func summaryOf(res batch.Result) Summary {
	s := Summary{Pairs: 1}
	r := res.Report
	if r == nil {
		s.Failed = 1
		return s
	}
	s.Checked = 1
	s.Verdicts = map[string]int{string(r.Summary.Verdict): 1}
	for k, n := range r.Summary.Counts {
		if n > 0 {
			s.Findings = addCount(s.Findings, k.String(), n)
		}
	}
	for _, f := range r.Findings {
		s.Severities = addCount(s.Severities, f.Severity.String(), 1)
	}
	bin := int(math.Floor(r.Summary.SentenceCoverage * 10))
	s.Coverage[min(max(bin, 0), 9)] = 1
	return s
}

func addCount(m map[string]int, k string, n int) map[string]int {
	if m == nil {
		m = map[string]int{}
	}
	m[k] += n
	return m
}

// add returns the sum of two summaries.
func (s Summary) add(o Summary) Summary {
	s.Pairs += o.Pairs
	s.Checked += o.Checked
	s.Failed += o.Failed
	for _, m := range []struct {
		to   *map[string]int
		from map[string]int
	}{
		{&s.Verdicts, o.Verdicts}, {&s.Findings, o.Findings}, {&s.Severities, o.Severities},
	} {
		if len(m.from) == 0 {
			continue
		}
		sum := make(map[string]int, len(*m.to)+len(m.from))
		for k, n := range *m.to {
			sum[k] += n
		}
		for k, n := range m.from {
			sum[k] += n
		}
		*m.to = sum
	}
	for k := range s.Coverage {
		s.Coverage[k] += o.Coverage[k]
	}
	return s
}

// summaryFn adds up the summaries of the pairs, and writes the total as
// JSON.
type summaryFn struct{}

func (*summaryFn) MergeAccumulators(a, b Summary) Summary { return a.add(b) }

func (*summaryFn) ExtractOutput(s Summary) (string, error) {
	for _, m := range []*map[string]int{&s.Verdicts, &s.Findings, &s.Severities} {
		if *m == nil {
			*m = map[string]int{}
		}
	}
	b, err := json.MarshalIndent(s, "", "  ")
	return string(b), err
}

func encodeSummary(s Summary) ([]byte, error) { return json.Marshal(s) }

func decodeSummary(b []byte) (Summary, error) {
	var s Summary
	err := json.Unmarshal(b, &s)
	return s, err
}
