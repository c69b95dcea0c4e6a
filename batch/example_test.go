package batch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/fedele/fedele/batch"
)

func ExampleRunner_Run() {
	in := strings.NewReader(`{"id": "a", "source_text": "The plant opens in March. It will employ 400 people.", "target_text": "L'impianto apre a marzo. Impiegherà 400 persone."}
{"id": "b", "source_text": "The plant opens in March. It will employ 400 people.", "target_text": "L'impianto apre a marzo. Impiegherà 40 persone."}
{"id": "c", "source": "missing.txt", "target_text": "Ciao."}
`)
	var out bytes.Buffer
	r := batch.Runner{Workers: 2}
	if _, err := r.Run(context.Background(), in, &out); err != nil {
		fmt.Println(err)
		return
	}
	// One record a line, in input order.
	dec := json.NewDecoder(&out)
	for dec.More() {
		var rec struct {
			ID     string
			Report *struct{ Summary struct{ Verdict string } }
			Error  string
		}
		dec.Decode(&rec)
		if rec.Report != nil {
			fmt.Println(rec.ID, rec.Report.Summary.Verdict)
		} else {
			fmt.Println(rec.ID, "error:", rec.Error)
		}
	}
	// Output:
	// a faithful
	// b unfaithful
	// c error: reading the source: open missing.txt: no such file or directory
}

func ExampleEncode() {
	// A pipeline that checks pairs its own way writes the records of
	// examples/batch with the same function.
	var c batch.Checker
	p, err := batch.DecodePair([]byte(`{"id": 7, "source_text": "", "target_text": "Ciao."}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	line, _ := batch.Encode(c.Check(p))
	fmt.Print(string(line))
	// Output:
	// {"id":"7","error":"the source is empty"}
}
