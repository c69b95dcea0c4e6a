package segment

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

var (
	it = language.Italian
	en = language.English
)

// ruleTests are the table tests of the rules, grouped by the rule they
// exercise. Each case names its rule: the test checks the sentences and
// that the rule took a decision on the input (ruleNone: no rule needed to
// decide anything, the text is never split where it must not be).
var ruleTests = []struct {
	rule rule
	tag  language.Tag
	in   string
	want []string
}{
	// ruleSentenceEnd
	{ruleSentenceEnd, it, "Il treno è partito. La stazione è vuota.", []string{"Il treno è partito.", "La stazione è vuota."}},
	{ruleSentenceEnd, it, "Che ore sono? Le cinque.", []string{"Che ore sono?", "Le cinque."}},
	{ruleSentenceEnd, it, "Fermati! Subito.", []string{"Fermati!", "Subito."}},
	{ruleSentenceEnd, it, "L'azienda ha chiuso nel 2014. 27 persone hanno perso il lavoro.", []string{"L'azienda ha chiuso nel 2014.", "27 persone hanno perso il lavoro."}},
	{ruleSentenceEnd, en, "It was an open sewer and waste dump. 1987 was proclaimed the year of the river.", []string{"It was an open sewer and waste dump.", "1987 was proclaimed the year of the river."}},
	{ruleSentenceEnd, en, "Actually, it’s unbelievable. $5,000 per person, the maximum allowed.", []string{"Actually, it’s unbelievable.", "$5,000 per person, the maximum allowed."}},
	{ruleSentenceEnd, en, "Hello World. My name is Jonas.", []string{"Hello World.", "My name is Jonas."}},
	{ruleSentenceEnd, it, "Lo ha detto lui. «Non ci credo», ha risposto lei.", []string{"Lo ha detto lui.", "«Non ci credo», ha risposto lei."}},
	{ruleSentenceEnd, en, "She left.\nHe stayed.", []string{"She left.", "He stayed."}},
	{ruleSentenceEnd, en, "No. I don't think so.", []string{"No.", "I don't think so."}},
	{ruleSentenceEnd, it, "«Siamo pronti. Partiamo domani.» Il ministro ha parlato.", []string{"«Siamo pronti.", "Partiamo domani.»", "Il ministro ha parlato."}},
	{ruleSentenceEnd, en, "She turned to him, \"This is great.\" She held the book out.", []string{"She turned to him, \"This is great.\"", "She held the book out."}},
	{ruleSentenceEnd, en, "Hello?! Is that you?", []string{"Hello?!", "Is that you?"}},
	{ruleSentenceEnd, it, "Ha pagato 100,50 €. Il resto l'ha tenuto.", []string{"Ha pagato 100,50 €.", "Il resto l'ha tenuto."}},
	{ruleSentenceEnd, en, "Visit https://www.example.com/page.html. Then call us.", []string{"Visit https://www.example.com/page.html.", "Then call us."}},
	{ruleSentenceEnd, it, "Scrivi a mario.rossi@esempio.it. Ti risponderemo.", []string{"Scrivi a mario.rossi@esempio.it.", "Ti risponderemo."}},
	{ruleSentenceEnd, en, "The update is v1.2.3. It fixes the crash.", []string{"The update is v1.2.3.", "It fixes the crash."}},
	{ruleSentenceEnd, it, "Vive a Roma. È felice.", []string{"Vive a Roma.", "È felice."}},
	{ruleSentenceEnd, en, "She said 'Stop.' Then she left.", []string{"She said 'Stop.'", "Then she left."}},
	{ruleSentenceEnd, it, "(Vedi la tabella.) Il dato è chiaro.", []string{"(Vedi la tabella.)", "Il dato è chiaro."}},
	{ruleSentenceEnd, it, "(Applausi.) Poi riprese a parlare.", []string{"(Applausi.)", "Poi riprese a parlare."}},
	{ruleSentenceEnd, en, "He agreed [at last]. Then he left.", []string{"He agreed [at last].", "Then he left."}},
	{ruleSentenceEnd, it, "Ha detto “basta.” Poi è uscito.", []string{"Ha detto “basta.”", "Poi è uscito."}},

	// ruleLongSentence: 1,000 titles in a row are cut after the last one
	// that fits in maxSentence bytes.
	{ruleLongSentence, it, strings.Repeat("Sig. ", 1000), []string{strings.TrimSpace(strings.Repeat("Sig. ", 819)), strings.TrimSpace(strings.Repeat("Sig. ", 181))}},
	{ruleLongSentence, en, "Mr. " + strings.Repeat("Mr, ", 2000) + "end.", []string{"Mr.", strings.TrimSpace(strings.Repeat("Mr, ", 2000)) + " end."}},

	// ruleTerminalLowercase
	{ruleTerminalLowercase, en, "She works at Yahoo! in the accounting department.", []string{"She works at Yahoo! in the accounting department."}},
	{ruleTerminalLowercase, it, "Che peccato! disse piano.", []string{"Che peccato! disse piano."}},
	{ruleTerminalLowercase, en, "Why? asked Tom.", []string{"Why? asked Tom."}},
	{ruleTerminalLowercase, it, "Lo dice il dott. rossi.", []string{"Lo dice il dott. rossi."}},
	{ruleTerminalLowercase, it, "La centrale meteor. si è guastata.", []string{"La centrale meteor. si è guastata."}},
	{ruleTerminalLowercase, en, "It is version 2a. more to come.", []string{"It is version 2a. more to come."}},
	{ruleTerminalLowercase, en, "It is on 5th st. near the light.", []string{"It is on 5th st. near the light."}},
	{ruleTerminalLowercase, en, "See pp. ten to twelve.", []string{"See pp. ten to twelve."}},
	{ruleTerminalLowercase, en, "\"Is it better than nothing? by a mile.\"", []string{"\"Is it better than nothing? by a mile.\""}},

	// ruleLowercaseStart
	{ruleLowercaseStart, it, "Davvero? non lo sapevo.", []string{"Davvero?", "non lo sapevo."}},
	{ruleLowercaseStart, en, "Really? no way.", []string{"Really?", "no way."}},
	{ruleLowercaseStart, en, "where did you grow up? india? cool!! i went there.", []string{"where did you grow up?", "india?", "cool!!", "i went there."}},
	{ruleLowercaseStart, it, "Il treno è partito.\nsenza di noi.", []string{"Il treno è partito.", "senza di noi."}},
	{ruleLowercaseStart, it, "Tudjman, l'arte della vendetta. messo in ginocchio dai serbi.", []string{"Tudjman, l'arte della vendetta.", "messo in ginocchio dai serbi."}},
	{ruleLowercaseStart, it, "Lo scrissero Kussmaul e Eichrodt. il buon Rossi rise.", []string{"Lo scrissero Kussmaul e Eichrodt.", "il buon Rossi rise."}},
	{ruleLowercaseStart, en, "thanks for the help. see you tomorrow.", []string{"thanks for the help.", "see you tomorrow."}},
	{ruleLowercaseStart, en, "It works . the rest does not.", []string{"It works .", "the rest does not."}},
	{ruleLowercaseStart, it, "Lo ha scritto nel 2014. poi ha smesso.", []string{"Lo ha scritto nel 2014.", "poi ha smesso."}},
	{ruleLowercaseStart, en, "call them at 303-832-8160. they miss you.", []string{"call them at 303-832-8160.", "they miss you."}},
	{ruleLowercaseStart, it, "Lo dicono i presidenti. (applausi) \"essere o non essere\" è la domanda.", []string{"Lo dicono i presidenti.", "(applausi) \"essere o non essere\" è la domanda."}},
	{ruleLowercaseStart, it, "Non danneggiare il vicino [877]. in ogni caso vale.", []string{"Non danneggiare il vicino [877].", "in ogni caso vale."}},

	// ruleQuoteSpeech
	{ruleQuoteSpeech, it, "«Che cosa?» chiese lei.", []string{"«Che cosa?» chiese lei."}},
	{ruleQuoteSpeech, it, "\"Dove sei?\" afferma Rossi.", []string{"\"Dove sei?\" afferma Rossi."}},
	{ruleQuoteSpeech, en, "\"Are you sure?\" she asked.", []string{"\"Are you sure?\" she asked."}},
	{ruleQuoteSpeech, it, "«Basta!» urlò il capitano, e tutti tacquero.", []string{"«Basta!» urlò il capitano, e tutti tacquero."}},
	{ruleQuoteSpeech, en, "“Stop!” he shouted. Nobody moved.", []string{"“Stop!” he shouted.", "Nobody moved."}},
	{ruleQuoteSpeech, it, "«E adesso?» domandò. «Adesso si parte.»", []string{"«E adesso?» domandò.", "«Adesso si parte.»"}},

	// ruleDialogueDash
	{ruleDialogueDash, it, "— Dove vai? — chiese lei.", []string{"— Dove vai? — chiese lei."}},
	{ruleDialogueDash, it, "— Dove vai? — chiese lei. — Al mare.", []string{"— Dove vai? — chiese lei.", "— Al mare."}},
	{ruleDialogueDash, it, "– Davvero? – domandò Marco.", []string{"– Davvero? – domandò Marco."}},
	{ruleDialogueDash, en, "— Where to? — she asked.", []string{"— Where to? — she asked."}},

	// ruleNoSpace
	{ruleNoSpace, en, "See https://example.com/search?q=test for more.", []string{"See https://example.com/search?q=test for more."}},
	{ruleNoSpace, it, "Visita https://esempio.it/cerca?q=roma&p=2 oggi stesso.", []string{"Visita https://esempio.it/cerca?q=roma&p=2 oggi stesso."}},
	{ruleNoSpace, en, "The build 3.5!beta is out.", []string{"The build 3.5!beta is out."}},

	// ruleFootnote
	{ruleFootnote, en, "He went to Harrow in 1801. [17] Placed under the care of a tutor, he read.", []string{"He went to Harrow in 1801. [17]", "Placed under the care of a tutor, he read."}},
	{ruleFootnote, en, "Back surgeries for all! [...] What can we do?", []string{"Back surgeries for all! [...]", "What can we do?"}},
	{ruleFootnote, it, "Lo disse nel 1805. [3]\nPoi partì.", []string{"Lo disse nel 1805. [3]", "Poi partì."}},
	{ruleDetachedCloser, en, "(We check in early and fly next day. ) Hop onto a bus.", []string{"(We check in early and fly next day. )", "Hop onto a bus."}},
	{ruleDetachedCloser, en, "He meant the phrase. ' And on April 3 he left.", []string{"He meant the phrase. '", "And on April 3 he left."}},
	{ruleDetachedCloser, it, "« Sì. » Poi tacque.", []string{"« Sì. »", "Poi tacque."}},
	{ruleQuoteSpeech, it, "« Davvero? » chiese lei.", []string{"« Davvero? » chiese lei."}},
	{ruleNone, en, "He left. ) Then he came back.", []string{"He left.", ") Then he came back."}},
	{ruleNone, en, "He said. 'Yes' was the answer.", []string{"He said.", "'Yes' was the answer."}},
	{ruleColonMark, en, "Direct Dial:? 203.961.7523 Direct Fax:? 203.674.7723", []string{"Direct Dial:? 203.961.7523 Direct Fax:? 203.674.7723"}},
	{ruleStrayMark, en, "Please find the contract. ? Do not hesitate to call. ? Best regards.", []string{"Please find the contract.", "?", "Do not hesitate to call.", "?", "Best regards."}},
	{ruleNone, en, "Is it true ? Yes.", []string{"Is it true ?", "Yes."}},
	{ruleNone, en, "Posted via Newsfeed.Com - Unlimited news.", []string{"Posted via Newsfeed.Com - Unlimited news."}},
	{ruleNone, en, "It ended.Com was a name.", []string{"It ended.Com was a name."}},
	{ruleNone, it, "Lo disse nel 1805. [3] e poi partì.", []string{"Lo disse nel 1805. [3] e poi partì."}},

	{ruleSentenceEnd, en, "Palestinians will suffer. Selah! -- Posted by Hidden Nook", []string{"Palestinians will suffer.", "Selah!", "-- Posted by Hidden Nook"}},

	// ruleGlued
	{ruleGlued, en, "Hello world.Today is Tuesday.", []string{"Hello world.", "Today is Tuesday."}},
	{ruleGlued, it, "Era tardi.Poi arrivò il treno.", []string{"Era tardi.", "Poi arrivò il treno."}},
	{ruleGlued, en, "He bought 1,000.That is a lot.", []string{"He bought 1,000.", "That is a lot."}},
	{ruleGlued, en, "Today is Tuesday.Mr. Smith went out.", []string{"Today is Tuesday.", "Mr. Smith went out."}},

	// ruleTitle
	{ruleTitle, it, "Il Sig. Rossi è arrivato.", []string{"Il Sig. Rossi è arrivato."}},
	{ruleTitle, it, "Buongiorno! Sono l'Ing. Mengozzi.", []string{"Buongiorno!", "Sono l'Ing. Mengozzi."}},
	{ruleTitle, it, "Ho parlato con il Dott. Bianchi e con la Dott.ssa Verdi.", []string{"Ho parlato con il Dott. Bianchi e con la Dott.ssa Verdi."}},
	{ruleTitle, it, "L'Avv. Neri e il Prof. Gialli sono d'accordo.", []string{"L'Avv. Neri e il Prof. Gialli sono d'accordo."}},
	{ruleTitle, it, "Lo ha firmato il Sen. Conti.", []string{"Lo ha firmato il Sen. Conti."}},
	{ruleTitle, it, "Si ringrazia lo psicol. Serenti.", []string{"Si ringrazia lo psicol. Serenti."}},
	{ruleNone, it, "Gentile Sig.ra Bruni, la aspettiamo.", []string{"Gentile Sig.ra Bruni, la aspettiamo."}},
	{ruleTitle, en, "Mr. Smith went to Washington.", []string{"Mr. Smith went to Washington."}},
	{ruleTitle, en, "Dr. Watson met Mrs. Hudson at St. Mary's.", []string{"Dr. Watson met Mrs. Hudson at St. Mary's."}},
	{ruleTitle, en, "I can see Mt. Fuji from here.", []string{"I can see Mt. Fuji from here."}},
	{ruleTitle, en, "Bring fruit, e.g. Apples or pears.", []string{"Bring fruit, e.g. Apples or pears."}},
	{ruleTitle, it, "Alcuni componenti (ad es. RAM e CPU) sono costosi.", []string{"Alcuni componenti (ad es. RAM e CPU) sono costosi."}},
	{ruleTitle, it, "Chiamate il Dott.\nRossi subito.", []string{"Chiamate il Dott.\nRossi subito."}},
	{ruleTitle, en, "Gen. Lee and Capt. Hart met Sen. Ross.", []string{"Gen. Lee and Capt. Hart met Sen. Ross."}},
	{ruleTitle, en, "Ms. Park spoke to Prof. Ortiz.", []string{"Ms. Park spoke to Prof. Ortiz."}},

	// ruleNumberAbbrev
	{ruleNumberAbbrev, it, "Si veda l'art. 5 della legge.", []string{"Si veda l'art. 5 della legge."}},
	{ruleNumberAbbrev, it, "Abita in via Roma n. 3 a Milano.", []string{"Abita in via Roma n. 3 a Milano."}},
	{ruleNumberAbbrev, it, "Leggi a p. 12 e al cap. 3 del libro.", []string{"Leggi a p. 12 e al cap. 3 del libro."}},
	{ruleNumberAbbrev, it, "Il cap. IV tratta la storia.", []string{"Il cap. IV tratta la storia."}},
	{ruleNumberAbbrev, en, "Please turn to p. 55 now.", []string{"Please turn to p. 55 now."}},
	{ruleNumberAbbrev, en, "He won the No. 1 spot.", []string{"He won the No. 1 spot."}},
	{ruleNumberAbbrev, en, "See vol. II for details.", []string{"See vol. II for details."}},
	{ruleNumberAbbrev, it, "Mi fissi un appuntamento per mar. 23 nov. e lo confermi.", []string{"Mi fissi un appuntamento per mar. 23 nov. e lo confermi."}},
	{ruleNumberAbbrev, it, "L'incontro è fissato per il 5 ott. 2025 a Roma.", []string{"L'incontro è fissato per il 5 ott. 2025 a Roma."}},
	{ruleNumberAbbrev, en, "It opened on Jan. 20 in Boston.", []string{"It opened on Jan. 20 in Boston."}},
	{ruleNumberAbbrev, en, "You can find it at N°. 1026.253.553. That is where the treasure is.", []string{"You can find it at N°. 1026.253.553.", "That is where the treasure is."}},
	{ruleNumberAbbrev, it, "Vedi la fig. 2 e la tab. 3.", []string{"Vedi la fig. 2 e la tab. 3."}},

	// ruleMayEnd
	{ruleMayEnd, en, "I work for the U.S. Government in Virginia.", []string{"I work for the U.S. Government in Virginia."}},
	{ruleMayEnd, it, "Nato nel 63 a.C. Ottaviano divenne imperatore.", []string{"Nato nel 63 a.C. Ottaviano divenne imperatore."}},
	{ruleMayEnd, en, "He arrived at 5 p.m. Eastern time.", []string{"He arrived at 5 p.m. Eastern time."}},
	{ruleMayEnd, en, "He joined Acme Inc. Europe as finance chief.", []string{"He joined Acme Inc. Europe as finance chief."}},
	{ruleMayEnd, it, "La Beta S.p.A. Italia ha chiuso in utile.", []string{"La Beta S.p.A. Italia ha chiuso in utile."}},
	{ruleMayEnd, en, "She holds a Ph.D. Degree in physics.", []string{"She holds a Ph.D. Degree in physics."}},
	{ruleNone, en, "I visited the U.S.A. last year.", []string{"I visited the U.S.A. last year."}},
	{ruleMayEnd, en, "They met at St. Mary's Church.", []string{"They met at St. Mary's Church."}},

	// ruleMayEndStarter
	{ruleMayEndStarter, en, "I live in the U.S. How about you?", []string{"I live in the U.S.", "How about you?"}},
	{ruleMayEndStarter, en, "Let's ask Jane and co. They should know.", []string{"Let's ask Jane and co.", "They should know."}},
	{ruleMayEndStarter, en, "They closed the deal with Pitt, Briggs & Co. It closed yesterday.", []string{"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}},
	{ruleMayEndStarter, it, "Ho comprato mele, pere ecc. Poi sono tornato a casa.", []string{"Ho comprato mele, pere ecc.", "Poi sono tornato a casa."}},
	{ruleMayEndStarter, it, "Cesare morì nel 44 a.C. Dopo la sua morte scoppiò la guerra.", []string{"Cesare morì nel 44 a.C.", "Dopo la sua morte scoppiò la guerra."}},
	{ruleMayEndStarter, en, "He left the bank at 6 P.M. Mr. Smith then went to the store.", []string{"He left the bank at 6 P.M.", "Mr. Smith then went to the store."}},
	{ruleMayEndStarter, en, "I live in the E.U. How about you?", []string{"I live in the E.U.", "How about you?"}},
	{ruleMayEndStarter, en, "He lives on Main St. The house is red.", []string{"He lives on Main St.", "The house is red."}},
	{ruleMayEndStarter, it, "Hanno portato libri, quaderni, penne, etc. Il resto arriverà domani.", []string{"Hanno portato libri, quaderni, penne, etc.", "Il resto arriverà domani."}},

	// ruleLeadIn
	{ruleLeadIn, en, "At 5 a.m. Mr. Smith went to the bank.", []string{"At 5 a.m. Mr. Smith went to the bank."}},
	{ruleLeadIn, en, "Around 300 B.C. The city grew quickly.", []string{"Around 300 B.C. The city grew quickly."}},
	{ruleLeadIn, it, "Alle 9 a.m. Il treno era già in ritardo.", []string{"Alle 9 a.m. Il treno era già in ritardo."}},

	// ruleInitial
	{ruleInitial, en, "My name is Jonas E. Smith.", []string{"My name is Jonas E. Smith."}},
	{ruleInitial, en, "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
	{ruleInitial, it, "Ne ha parlato Adnan Z. Amin ieri.", []string{"Ne ha parlato Adnan Z. Amin ieri."}},
	{ruleInitial, en, "Did you see Albert I. Jones yesterday?", []string{"Did you see Albert I. Jones yesterday?"}},
	{ruleInitial, it, "Lo ha scritto G. Verdi nel 1850.", []string{"Lo ha scritto G. Verdi nel 1850."}},

	// ruleInitialWord
	{ruleInitialWord, en, "We make a good team, you and I. Did you see Albert I. Jones yesterday?", []string{"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}},
	{ruleInitialWord, en, "It ended with World War I. The peace came in 1918.", []string{"It ended with World War I.", "The peace came in 1918."}},
	{ruleInitialWord, it, "Ha scelto la soluzione A. Il resto è storia.", []string{"Ha scelto la soluzione A.", "Il resto è storia."}},
	{ruleInitialWord, it, "Alla fine hanno scelto il piano B. Il resto è storia.", []string{"Alla fine hanno scelto il piano B.", "Il resto è storia."}},
	{ruleInitialWord, en, "They chose plan B. The rest is history.", []string{"They chose plan B.", "The rest is history."}},
	{ruleInitial, it, "Lo ha detto Mario A. De Rosa ieri.", []string{"Lo ha detto Mario A. De Rosa ieri."}},
	{ruleInitial, en, "It was signed by John F. Kennedy.", []string{"It was signed by John F. Kennedy."}},

	// ruleDoublePeriod
	{ruleDoublePeriod, it, "Mi fissi un appuntamento per mar. 23 Nov.. Grazie.", []string{"Mi fissi un appuntamento per mar. 23 Nov..", "Grazie."}},
	{ruleDoublePeriod, it, "Ha studiato econ. az.. Poi ha cambiato facoltà.", []string{"Ha studiato econ. az..", "Poi ha cambiato facoltà."}},
	{ruleDoublePeriod, en, "He works at Acme Inc.. The company is small.", []string{"He works at Acme Inc..", "The company is small."}},

	// ruleEllipsisCapital
	{ruleEllipsisCapital, it, "Aspetta… Forse domani.", []string{"Aspetta…", "Forse domani."}},
	{ruleEllipsisCapital, it, "Non so... Vedremo.", []string{"Non so...", "Vedremo."}},
	{ruleEllipsisCapital, en, "I never meant that.... She left the store.", []string{"I never meant that....", "She left the store."}},
	{ruleEllipsisCapital, en, "It was over… Then the rain came.", []string{"It was over…", "Then the rain came."}},
	{ruleEllipsisCapital, it, "«Non lo so…» Poi tacque.", []string{"«Non lo so…»", "Poi tacque."}},
	{ruleEllipsisCapital, en, "Indicate the end with a period . . . . Next sentence.", []string{"Indicate the end with a period . . . .", "Next sentence."}},
	{ruleEllipsisCapital, it, "E poi?... Niente.", []string{"E poi?...", "Niente."}},

	// ruleEllipsisLowercase
	{ruleEllipsisLowercase, it, "Aspetta… forse domani.", []string{"Aspetta… forse domani."}},
	{ruleNone, en, "I wasn’t really ... well, what I mean.", []string{"I wasn’t really ... well, what I mean."}},
	{ruleEllipsisLowercase, it, "Era lì… e poi sparì.", []string{"Era lì… e poi sparì."}},
	{ruleEllipsisLowercase, en, "Well… maybe tomorrow.", []string{"Well… maybe tomorrow."}},
	{ruleEllipsisLowercase, it, "Non lo so...\ne poi chi lo sa.", []string{"Non lo so...\ne poi chi lo sa."}},
	{ruleEllipsisLowercase, en, "Wait… 5 minutes later it rained.", []string{"Wait… 5 minutes later it rained."}},
	{ruleEllipsisLowercase, it, "Una lettera si può iniziare così: «Il/la sottoscritto/a … nato/a a …».", []string{"Una lettera si può iniziare così: «Il/la sottoscritto/a … nato/a a …»."}},

	// ruleEllipsisBracketed
	{ruleEllipsisBracketed, it, "Il testo dice che [...] Roma è bella.", []string{"Il testo dice che [...] Roma è bella."}},
	{ruleEllipsisBracketed, en, "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).", []string{"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."}},
	{ruleEllipsisBracketed, it, "Come disse (…) Dante, la vita è breve.", []string{"Come disse (…) Dante, la vita è breve."}},
	{ruleEllipsisBracketed, en, "The letter read: \"Dear sir [...] Yours truly.\"", []string{"The letter read: \"Dear sir [...] Yours truly.\""}},

	// ruleEllipsisSpaced
	{ruleEllipsisSpaced, en, "The thing is . . . I didn’t mean it.", []string{"The thing is . . . I didn’t mean it."}},
	{ruleEllipsisSpaced, en, "He said . . . Nothing else mattered.", []string{"He said . . . Nothing else mattered."}},

	// ruleEllipsisFourDots
	{ruleEllipsisFourDots, en, "It made compounds. . . . The practice was not abandoned.", []string{"It made compounds.", ". . . The practice was not abandoned."}},

	// ruleBracketedMark
	{ruleBracketedMark, it, "È arrivato primo (!) Mario, il più lento.", []string{"È arrivato primo (!) Mario, il più lento."}},
	{ruleBracketedMark, it, "Lo ha scritto il Presidente [sic!] Rossi in persona.", []string{"Lo ha scritto il Presidente [sic!] Rossi in persona."}},
	{ruleBracketedMark, en, "He said it was easy (?) Nobody else thought so.", []string{"He said it was easy (?) Nobody else thought so."}},

	// ruleEmbeddedQuote
	{ruleEmbeddedQuote, it, "\"Ei fu. Siccome immobile / dato il mortal sospiro / [...]\" (Manzoni).", []string{"\"Ei fu. Siccome immobile / dato il mortal sospiro / [...]\" (Manzoni)."}},
	{ruleEmbeddedQuote, en, "He teaches science (He worked. Then he taught.) at the University.", []string{"He teaches science (He worked. Then he taught.) at the University."}},
	{ruleEmbeddedQuote, it, "Lo disse (Vado. Torno subito, disse) e uscì.", []string{"Lo disse (Vado. Torno subito, disse) e uscì."}},
	{ruleEmbeddedQuote, en, "“To be. Or not to be” (Hamlet) is quoted often.", []string{"“To be. Or not to be” (Hamlet) is quoted often."}},
	// A quotation of several sentences is split like any text, however
	// it goes on (the treebanks do, and translators keep its sentences).
	{ruleSentenceEnd, en, "She said \"Stop. Go home.\" and walked away.", []string{"She said \"Stop.", "Go home.\" and walked away."}},
	{ruleSentenceEnd, it, "«Siamo pronti. Partiamo domani» ha detto il ministro.", []string{"«Siamo pronti.", "Partiamo domani» ha detto il ministro."}},
	{ruleSentenceEnd, it, "Ha urlato “Basta! Andate via!”, poi è uscito.", []string{"Ha urlato “Basta!", "Andate via!”, poi è uscito."}},
	{ruleSentenceEnd, en, "\"Is it perfect? No,\" Mr. Penn said.", []string{"\"Is it perfect?", "No,\" Mr. Penn said."}},
	{ruleSentenceEnd, it, "«Funziona? Sì,» disse Marco.", []string{"«Funziona?", "Sì,» disse Marco."}},
	{ruleSentenceEnd, it, "«Il mercato crescerà. Lo dicono tutti. Ma non ora.\n\n«Aspetteremo il 2030. Poi si vedrà», conclude.", []string{"«Il mercato crescerà.", "Lo dicono tutti.", "Ma non ora.", "«Aspetteremo il 2030.", "Poi si vedrà», conclude."}},
	{ruleSentenceEnd, en, "He is 6'2\" tall. He plays. He said \"yes. Then he left. Nobody knew why.", []string{"He is 6'2\" tall.", "He plays.", "He said \"yes.", "Then he left.", "Nobody knew why."}},
	{ruleSentenceEnd, en, "\"He was like, 'Hey, did you notice this?'\" says Pall. Seagal called it \"very reasonable\".", []string{"\"He was like, 'Hey, did you notice this?'\" says Pall.", "Seagal called it \"very reasonable\"."}},

	// ruleListMarker
	{ruleListMarker, en, "1. The first item 2. The second item", []string{"1. The first item", "2. The second item"}},
	{ruleListMarker, en, "a. The first item b. The second item c. The third list item", []string{"a. The first item", "b. The second item", "c. The third list item"}},
	{ruleListMarker, it, "1.\nIl primo punto.", []string{"1.\nIl primo punto."}},
	{ruleListMarker, en, "1. Buy eggs and milk", []string{"1. Buy eggs and milk"}},
	{ruleListMarker, en, "1. The first item. 2. The second item.", []string{"1. The first item.", "2. The second item."}},

	// ruleListSequence
	{ruleListSequence, en, "1.) The first item 2.) The second item", []string{"1.) The first item", "2.) The second item"}},
	{ruleListSequence, en, "1) The first item 2) The second item", []string{"1) The first item", "2) The second item"}},
	{ruleListSequence, it, "1) pane 2) latte 3) uova", []string{"1) pane", "2) latte", "3) uova"}},
	{ruleListSequence, it, "a) primo b) secondo", []string{"a) primo", "b) secondo"}},
	{ruleListSequence, it, "(1) prima fase (2) seconda fase", []string{"(1) prima fase", "(2) seconda fase"}},

	// ruleBullet
	{ruleBullet, en, "• 9. The first item • 10. The second item", []string{"• 9. The first item", "• 10. The second item"}},
	{ruleBullet, en, "⁃9. The first item ⁃10. The second item", []string{"⁃9. The first item", "⁃10. The second item"}},
	{ruleBullet, it, "Ingredienti: • farina • uova • latte", []string{"Ingredienti:", "• farina", "• uova", "• latte"}},

	// ruleLineBullet
	{ruleLineBullet, it, "Punti salienti:\n· Primo punto\n· Secondo punto", []string{"Punti salienti:", "· Primo punto", "· Secondo punto"}},
	{ruleLineBullet, it, "Lista della spesa\n- pane\n- latte", []string{"Lista della spesa", "- pane", "- latte"}},
	{ruleLineBullet, en, "Steps:\n1. Open the box\n2. Take the phone", []string{"Steps:", "1. Open the box", "2. Take the phone"}},
	{ruleLineBullet, it, "— Dove vai?\n— Al mare.", []string{"— Dove vai?", "— Al mare."}},
	{ruleLineBullet, en, "Options\na) red\nb) blue", []string{"Options", "a) red", "b) blue"}},
	{ruleLineBullet, en, "We need\n* eggs,\n* milk and\n* bread", []string{"We need", "* eggs,", "* milk and", "* bread"}},
	{ruleLineBullet, it, "Capitoli:\niv. Il ritorno\nv. La fine", []string{"Capitoli:", "iv. Il ritorno", "v. La fine"}},

	// ruleLineColon
	{ruleLineColon, it, "Ecco cosa ha detto:\nSiamo pronti a partire.", []string{"Ecco cosa ha detto:", "Siamo pronti a partire."}},
	{ruleLineColon, en, "Note:\nThe office is closed.", []string{"Note:", "The office is closed."}},
	{ruleLineColon, it, "Punti salienti dell'intervista:\n«Abbiamo deciso.»", []string{"Punti salienti dell'intervista:", "«Abbiamo deciso.»"}},

	// ruleLineContinues
	{ruleLineContinues, it, "Il ministro ha detto che la\nriforma è pronta.", []string{"Il ministro ha detto che la\nriforma è pronta."}},
	{ruleLineContinues, it, "Il ministro, dopo molte riunioni,\nha firmato.", []string{"Il ministro, dopo molte riunioni,\nha firmato."}},
	{ruleLineContinues, en, "The results of\nThe Survey were published.", []string{"The results of\nThe Survey were published."}},
	{ruleLineContinues, it, "Il rapporto dell'\nIstituto è uscito.", []string{"Il rapporto dell'\nIstituto è uscito."}},
	{ruleLineContinues, en, "The well-\nknown author spoke.", []string{"The well-\nknown author spoke."}},
	{ruleLineContinues, it, "Ha detto:\nnon ci sono soldi.", []string{"Ha detto:\nnon ci sono soldi."}},
	{ruleLineContinues, en, "We met with the\nMayor of Boston today.", []string{"We met with the\nMayor of Boston today."}},

	// ruleLineJoin
	{ruleLineJoin, en, "This is a sentence\ncut off in the middle because pdf.", []string{"This is a sentence\ncut off in the middle because pdf."}},
	{ruleLineJoin, en, "It was a cold \nnight in the city.", []string{"It was a cold \nnight in the city."}},
	{ruleLineJoin, it, "La riunione è iniziata\ncon un'ora di ritardo.", []string{"La riunione è iniziata\ncon un'ora di ritardo."}},
	{ruleLineJoin, it, "Il sindaco ha parlato\ndavanti alla folla,\npoi è andato via.", []string{"Il sindaco ha parlato\ndavanti alla folla,\npoi è andato via."}},
	{ruleLineList, en, "Great staff.\nlove this park\nthis is a great park for a party.\nWe will be back.", []string{"Great staff.", "love this park", "this is a great park for a party.", "We will be back."}},
	{ruleLineGreeting, en, "Thanks for the call.\nDear Ann,\nThe contract is attached.\nBest regards,\nJohn", []string{"Thanks for the call.", "Dear Ann,", "The contract is attached.", "Best regards,", "John"}},
	{ruleLineContinues, en, "The plant opened in Rome,\nParis and London in the\nsame year, and more are planned\nfor next year.", []string{"The plant opened in Rome,\nParis and London in the\nsame year, and more are planned\nfor next year."}},

	// ruleLineList
	{ruleLineList, en, "features\ncontact manager\nevents, activities\n", []string{"features", "contact manager", "events, activities"}},
	{ruleLineList, it, "pane\nlatte\nuova", []string{"pane", "latte", "uova"}},
	{ruleLineList, it, "Servono:\nfarina\nzucchero", []string{"Servono:", "farina", "zucchero"}},

	// ruleLineWrapped
	{ruleLineWrapped, en, "Yesterday the board of directors held its meeting and welcomed\nMaria Lopez, the new chair, who presented the plans for\nnext year and thanked the staff for their work during a year\nof change.", []string{"Yesterday the board of directors held its meeting and welcomed\nMaria Lopez, the new chair, who presented the plans for\nnext year and thanked the staff for their work during a year\nof change."}},
	{ruleLineWrapped, it, "Il consiglio comunale ha approvato ieri sera il bilancio con\nventi voti favorevoli e otto contrari, dopo una discussione\ndurata quasi sei ore che ha visto intervenire anche Marco\nBelli, capogruppo dell'opposizione.", []string{"Il consiglio comunale ha approvato ieri sera il bilancio con\nventi voti favorevoli e otto contrari, dopo una discussione\ndurata quasi sei ore che ha visto intervenire anche Marco\nBelli, capogruppo dell'opposizione."}},

	// ruleLineHeading
	{ruleLineHeading, it, "Titolo dell'articolo\nIl testo comincia qui.", []string{"Titolo dell'articolo", "Il testo comincia qui."}},
	{ruleLineHeading, it, "Fonte originale: a16z\nTraduzione: Mario Rossi\nIl testo.", []string{"Fonte originale: a16z", "Traduzione: Mario Rossi", "Il testo."}},
	{ruleLineHeading, en, "Breaking News\nThe market fell today.", []string{"Breaking News", "The market fell today."}},
	{ruleLineHeading, it, "Ti potrebbe interessare anche\nLe azioni salgono del 40%\nIl petrolio scende", []string{"Ti potrebbe interessare anche", "Le azioni salgono del 40%", "Il petrolio scende"}},
	{ruleLineHeading, en, "Source: Reuters Inc.\nTranslation: Anna Bell", []string{"Source: Reuters Inc.", "Translation: Anna Bell"}},
	{ruleLineHeading, it, "Nato nel 63 a.C.\nOttaviano divenne imperatore.", []string{"Nato nel 63 a.C.", "Ottaviano divenne imperatore."}},

	// ruleUAX29: the fallback, and terminators that need no space.
	{ruleUAX29, language.German, "Dr. Müller kommt. Er ist da.", []string{"Dr.", "Müller kommt.", "Er ist da."}},
	{ruleUAX29, language.French, "Bonjour\nsalut à tous", []string{"Bonjour", "salut à tous"}},
	{ruleUAX29, language.Japanese, "こんにちは。元気ですか？はい。", []string{"こんにちは。", "元気ですか？", "はい。"}},
	{ruleUAX29, it, "Ha detto: 你好。再见。", []string{"Ha detto: 你好。", "再见。"}},
	{ruleUAX29, language.Und, "One. Two.\r\nThree", []string{"One.", "Two.", "Three"}},

	// ruleNone: never split inside numbers, dates, addresses, names and versions.
	{ruleNone, it, "La casa costa 170.500.000,00€!", []string{"La casa costa 170.500.000,00€!"}},
	{ruleNone, it, "Oggi è il 27.10.2014 e piove.", []string{"Oggi è il 27.10.2014 e piove."}},
	{ruleNone, it, "Il corridore 103 è arrivato 4°.", []string{"Il corridore 103 è arrivato 4°."}},
	{ruleNone, it, "Il PIL è cresciuto del 3.5 per cento.", []string{"Il PIL è cresciuto del 3.5 per cento."}},
	{ruleNone, it, "Hanno contato 1.000.000 di voti.", []string{"Hanno contato 1.000.000 di voti."}},
	{ruleNone, en, "Her email is Jane.Doe@example.com and she replies fast.", []string{"Her email is Jane.Doe@example.com and she replies fast."}},
	{ruleNone, it, "Il sito a16z.com pubblica i podcast.", []string{"Il sito a16z.com pubblica i podcast."}},
	{ruleNone, en, "GPT-5 and v1.2.3 and 3.5.1 are versions.", []string{"GPT-5 and v1.2.3 and 3.5.1 are versions."}},
	{ruleNone, en, "Open README.md or main.go to start.", []string{"Open README.md or main.go to start."}},
	{ruleNone, en, "Read https://www.example.50.com/new-site/awesome_content.html today.", []string{"Read https://www.example.50.com/new-site/awesome_content.html today."}},
	{ruleNone, it, "Ecco l'elenco: 1.gelato, 2.carne, 3.riso.", []string{"Ecco l'elenco: 1.gelato, 2.carne, 3.riso."}},
	{ruleNone, it, "Devi comprare : 1)pesce 2)sale.", []string{"Devi comprare : 1)pesce 2)sale."}},
	{ruleNone, en, "That is JFK Jr.'s book.", []string{"That is JFK Jr.'s book."}},
	{ruleNone, it, "Ecco il mio tel.:01234567 per chiamare.", []string{"Ecco il mio tel.:01234567 per chiamare."}},
	{ruleNone, it, "Chiamate il V.Cte. delle F.P., adesso!", []string{"Chiamate il V.Cte. delle F.P., adesso!"}},
	{ruleNone, en, "She has $100.00 in her bag.", []string{"She has $100.00 in her bag."}},
	{ruleNone, it, "Si trova su it.wikipedia.org/wiki/Roma da anni.", []string{"Si trova su it.wikipedia.org/wiki/Roma da anni."}},
	{ruleNone, en, "The file report.PDF was lost.", []string{"The file report.PDF was lost."}},
}

// traced splits in with a segmenter for tag and returns the texts of the
// sentences and the rules that took a decision.
func traced(tag language.Tag, in string) ([]string, map[rule]bool) {
	seg := New(tag)
	fired := make(map[rule]bool)
	seg.trace = func(_ int, r rule, _ bool) { fired[r] = true }
	var got []string
	for _, s := range seg.Split(in) {
		got = append(got, s.Text)
	}
	return got, fired
}

func TestRules(t *testing.T) {
	for i, tc := range ruleTests {
		got, fired := traced(tc.tag, tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("#%d %v %s %q: sentences differ (-want +got):\n%s", i, tc.rule, tc.tag, tc.in, diff)
			continue
		}
		if tc.rule != ruleNone && !fired[tc.rule] {
			t.Errorf("#%d %v %s %q: the rule did not decide (rules that did: %v)", i, tc.rule, tc.tag, tc.in, firedNames(fired))
		}
		checkSentences(t, tc.in, New(tc.tag).Split(tc.in))
	}
}

func firedNames(m map[rule]bool) []string {
	var out []string
	for r := range ruleCount {
		if m[r] {
			out = append(out, r.String())
		}
	}
	return out
}

// TestEveryRuleTested checks that each rule has table cases and that the
// rule names and the rule comments in rules.go agree.
func TestEveryRuleTested(t *testing.T) {
	count := make(map[rule]int)
	for _, tc := range ruleTests {
		count[tc.rule]++
	}
	for r := ruleNone + 1; r < ruleCount; r++ {
		if count[r] == 0 {
			t.Errorf("%v has no table test", r)
		}
		if r.String() == "" || !strings.HasPrefix(r.String(), "rule") {
			t.Errorf("rule %d has no name", r)
		}
	}
	// Every decision in rules.go and linerules.go is tagged with the name
	// of its rule.
	tagged := make(map[string]bool)
	for _, file := range []string{"rules.go", "linerules.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`// (rule[A-Z][A-Za-z0-9]*)`).FindAllStringSubmatch(string(src), -1) {
			tagged[m[1]] = true
		}
	}
	names := make(map[string]bool)
	for r := ruleNone + 1; r < ruleCount; r++ {
		names[r.String()] = true
		if !tagged[r.String()] {
			t.Errorf("%v: no decision in rules.go or linerules.go is tagged with it", r)
		}
	}
	for name := range tagged {
		if !names[name] {
			t.Errorf("a decision is tagged with %s, which is not a rule", name)
		}
	}
	if n := len(ruleTests) - count[ruleNone]; n < 150 {
		t.Errorf("%d rule cases, want at least 150", n)
	}
	t.Logf("%d table cases, %d of them for named rules", len(ruleTests), len(ruleTests)-count[ruleNone])
}
