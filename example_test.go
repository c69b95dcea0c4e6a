package fedele_test

import (
	"fmt"
	"log"

	"golang.org/x/text/language"

	"github.com/fedele/fedele"
)

func ExampleCheck() {
	source := `The new battery plant will open in March near Turin.
The company will invest 300 million euros over five years.
It will employ 400 people, most of them engineers.
The mayor welcomed the news on Tuesday.
Unions asked for guarantees on wages.`
	target := `Il nuovo impianto di batterie aprirà a marzo vicino a Torino.
L'azienda investirà 300 milioni di euro in cinque anni.
Il sindaco ha accolto con favore la notizia martedì.
I sindacati hanno chiesto garanzie sui salari.`

	report, err := fedele.Check(source, target, fedele.WithLanguages(language.English, language.Italian))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("verdict:", report.Summary.Verdict)
	for _, f := range report.Findings {
		if f.Severity == fedele.SeverityError {
			fmt.Printf("%s (%s, %s): %q\n", f.Kind, f.Kind.MQM(), f.Severity, f.Source[0].Text)
		}
	}
	// Output:
	// verdict: unfaithful
	// omission (Accuracy/Omission, error): "It will employ 400 people, most of them engineers."
}
