package align

import (
	"strings"
	"testing"
)

// Short news pairs (two to eight sentences) with an omission, an
// addition, a merge or a split at the start, in the middle or at the
// end. Short documents have too few sentences to estimate the evidence
// model; the prior model measured on the development sets stands in.
func TestSmallDocuments(t *testing.T) {
	tests := []struct {
		name     string
		src, tgt []string
		want     string // beads in vecalign notation, space separated
	}{
		{
			name: "omission in the middle",
			src:  []string{"The plant will open in March.", "It will employ 400 people.", "The mayor welcomed the news."},
			tgt:  []string{"L'impianto aprirà a marzo.", "Il sindaco ha accolto con favore la notizia."},
			want: "[0]:[0] [1]:[] [2]:[1]",
		},
		{
			name: "omission at the start",
			src: []string{
				"Heavy rain fell across the north on Sunday.",
				"The river Po rose by two metres in Turin.",
				"Schools in the city will stay closed on Monday.",
			},
			tgt: []string{
				"Il Po è salito di due metri a Torino.",
				"Lunedì le scuole della città resteranno chiuse.",
			},
			want: "[0]:[] [1]:[0] [2]:[1]",
		},
		{
			name: "omission at the end",
			src: []string{
				"The company reported a profit of 12 million euros.",
				"Sales grew by 8 per cent in Germany.",
				"Its shares rose in early trading in Milan.",
			},
			tgt: []string{
				"L'azienda ha registrato un utile di 12 milioni di euro.",
				"Le vendite sono cresciute dell'8 per cento in Germania.",
			},
			want: "[0]:[0] [1]:[1] [2]:[]",
		},
		{
			name: "addition in the middle",
			src: []string{
				"The museum reopened after two years of work.",
				"Visitors can see the new rooms from Tuesday.",
			},
			tgt: []string{
				"Il museo ha riaperto dopo due anni di lavori.",
				"Il restauro è costato tre milioni.",
				"Da martedì i visitatori possono vedere le nuove sale.",
			},
			want: "[0]:[0] []:[1] [1]:[2]",
		},
		{
			name: "addition at the start",
			src: []string{
				"The train from Rome arrived three hours late.",
				"Passengers waited without water in the heat.",
			},
			tgt: []string{
				"Ancora disagi sulla linea ferroviaria.",
				"Il treno da Roma è arrivato con tre ore di ritardo.",
				"I passeggeri hanno aspettato senz'acqua nel caldo.",
			},
			want: "[]:[0] [0]:[1] [1]:[2]",
		},
		{
			name: "addition at the end",
			src: []string{
				"The festival opens on Friday in Venice.",
				"Twenty films compete for the main prize.",
			},
			tgt: []string{
				"Il festival si apre venerdì a Venezia.",
				"Venti film concorrono al premio principale.",
				"I biglietti sono già esauriti.",
			},
			want: "[0]:[0] [1]:[1] []:[2]",
		},
		{
			name: "merge at the start",
			src: []string{
				"The minister arrived in Brussels on Monday.",
				"She met the commissioners for three hours.",
				"No agreement was reached on the budget.",
			},
			tgt: []string{
				"Il ministro è arrivato lunedì a Bruxelles, dove ha incontrato i commissari per tre ore.",
				"Non è stato raggiunto alcun accordo sul bilancio.",
			},
			want: "[0, 1]:[0] [2]:[1]",
		},
		{
			name: "merge at the end",
			src: []string{
				"The bridge was closed for inspection.",
				"Engineers found cracks in two pillars.",
				"Repairs will take six months.",
			},
			tgt: []string{
				"Il ponte è stato chiuso per un'ispezione.",
				"Gli ingegneri hanno trovato crepe in due piloni e le riparazioni richiederanno sei mesi.",
			},
			want: "[0]:[0] [1, 2]:[1]",
		},
		{
			name: "split in the middle",
			src: []string{
				"The storm hit the coast at night.",
				"Hundreds of trees fell on roads and cars, and power was cut to 20,000 homes.",
				"Firefighters worked until dawn.",
			},
			tgt: []string{
				"La tempesta ha colpito la costa di notte.",
				"Centinaia di alberi sono caduti su strade e automobili.",
				"L'elettricità è stata interrotta in 20.000 case.",
				"I vigili del fuoco hanno lavorato fino all'alba.",
			},
			want: "[0]:[0] [1]:[1, 2] [2]:[3]",
		},
		{
			name: "two sentences, the first omitted",
			src:  []string{"The company was founded in 1998 by two engineers.", "Today it employs 300 people in Bologna."},
			tgt:  []string{"Oggi dà lavoro a 300 persone a Bologna."},
			want: "[0]:[] [1]:[0]",
		},
		{
			name: "two sentences, the second omitted",
			src:  []string{"The fire destroyed three warehouses near the port.", "Nobody was injured."},
			tgt:  []string{"L'incendio ha distrutto tre magazzini vicino al porto."},
			want: "[0]:[0] [1]:[]",
		},
		{
			name: "merge in the middle",
			src: []string{
				"The airport handled 12 million passengers last year.",
				"A new terminal opened in May.",
				"It has 40 gates.",
				"Flights to Asia will start in autumn.",
			},
			tgt: []string{
				"L'anno scorso l'aeroporto ha gestito 12 milioni di passeggeri.",
				"A maggio è stato aperto un nuovo terminal con 40 gate.",
				"I voli per l'Asia partiranno in autunno.",
			},
			want: "[0]:[0] [1, 2]:[1] [3]:[2]",
		},
		{
			name: "split at the start",
			src: []string{
				"The court rejected the appeal on Wednesday, and the company must now pay a fine of 5 million euros.",
				"Its lawyers said they would go to the Supreme Court.",
			},
			tgt: []string{
				"Mercoledì il tribunale ha respinto il ricorso.",
				"L'azienda dovrà ora pagare una multa di 5 milioni di euro.",
				"I suoi avvocati hanno detto che si rivolgeranno alla Corte suprema.",
			},
			want: "[0]:[0, 1] [1]:[2]",
		},
		{
			name: "an omission and an addition",
			src: []string{
				"The library will close for repairs in July.",
				"The roof has leaked for years.",
				"Books will be moved to the school next door.",
				"It will reopen in January.",
			},
			tgt: []string{
				"La biblioteca chiuderà per lavori a luglio.",
				"I libri saranno spostati nella scuola accanto.",
				"Il comune ha stanziato 800.000 euro.",
				"Riaprirà a gennaio.",
			},
			want: "[0]:[0] [1]:[] [2]:[1] []:[2] [3]:[3]",
		},
		{
			name: "two sentences, one to one",
			src:  []string{"The election will be held in June.", "Turnout is expected to be low."},
			tgt:  []string{"Le elezioni si terranno a giugno.", "Si prevede una bassa affluenza."},
			want: "[0]:[0] [1]:[1]",
		},
		{
			name: "eight sentences with an omission and a merge",
			src: []string{
				"The city council approved the new bus plan on Thursday.",
				"Twelve lines will change their routes from September.",
				"Buses will run every ten minutes in the centre.",
				"The night service will be extended to 2 a.m.",
				"Tickets will cost 1.80 euros.",
				"The opposition voted against the plan.",
				"It says the suburbs will lose services.",
				"A public meeting is planned for 15 May.",
			},
			tgt: []string{
				"Giovedì il consiglio comunale ha approvato il nuovo piano degli autobus.",
				"Da settembre dodici linee cambieranno percorso.",
				"Nel centro gli autobus passeranno ogni dieci minuti.",
				"I biglietti costeranno 1,80 euro.",
				"L'opposizione ha votato contro il piano, perché secondo lei le periferie perderanno servizi.",
				"Il 15 maggio è prevista un'assemblea pubblica.",
			},
			want: "[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[3] [5, 6]:[4] [7]:[5]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := Align(tt.src, tt.tgt, langs("en", "it"))
			checkBeads(t, bs, len(tt.src), len(tt.tgt))
			var got []string
			for _, b := range bs {
				got = append(got, fmtList(b.Src)+":"+fmtList(b.Tgt))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("beads\n got %s\nwant %s", g, tt.want)
			}
		})
	}
}
