package fedele

// Tense in quotations: the coarse tense (past, present, future) of the
// finite verbs of a quotation and of the source words it renders, by
// language, and whether the quotation moves what the speaker said to
// another time ("we were the cheapest" quoted as «Siamo i più
// economici»).

import (
	"fmt"
	"slices"
	"strings"

	"github.com/fedele/fedele/align"
	"github.com/fedele/fedele/internal/token"
)

// tense is a set of coarse tenses, one bit each.
type tense uint8

const (
	tensePast tense = 1 << iota
	tensePresent
	tenseFuture
)

func (t tense) String() string {
	var parts []string
	for _, x := range []struct {
		bit  tense
		name string
	}{{tensePast, "past"}, {tensePresent, "present"}, {tenseFuture, "future"}} {
		if t&x.bit != 0 {
			parts = append(parts, x.name)
		}
	}
	return strings.Join(parts, " or ")
}

// tenseMark is a word that marks a tense: its text and the tenses it may
// stand for.
type tenseMark struct {
	word       string
	at         int // the index of the word among the text's words
	start, end int // byte offsets into the text
	tense      tense
	copula     bool // a form of be or essere that is not an auxiliary
	// simple is a simple tense: an English simple past or past
	// progressive (were, did, went; not has built), an Italian present
	// (siamo, costruiamo).
	simple bool
}

// tensesIn returns the tense marks of text in language lang, in order.
// Only the marks that cannot be mistaken count: auxiliaries and their
// participles, the forms of "be" and "essere", "will" and the Italian
// future endings, the English past after a subject pronoun, the Italian
// imperfect endings. A language without rules has none: its quotations
// are not judged by tense. English present perfect ("we have built") is
// past, as the Italian passato prossimo that renders it; an Italian
// "essere" before a participle is past or present (è stato is past, è
// complicato present).
func tensesIn(lang, text string) []tenseMark {
	lower := strings.ToLower(text)
	ws := token.Words(lower)
	words := make([]string, len(ws))
	for k, w := range ws {
		words[k] = w.Text(lower)
	}
	var marks []tenseMark
	switch lang {
	case "en":
		marks = englishTenses(words)
	case "it":
		marks = italianTenses(words)
	}
	for k := range marks {
		w := ws[marks[k].at]
		marks[k].word, marks[k].start, marks[k].end = text[w.Start:w.End], w.Start, w.End
	}
	return marks
}

// englishTenses finds the tense marks of lower-case English words, the
// pieces of a contraction apart ("we", "re"; "didn", "t"); each mark
// gives the index of its word only.
func englishTenses(words []string) []tenseMark {
	var out []tenseMark
	for k, w := range words {
		next := ""
		if k+1 < len(words) {
			next = words[k+1]
		}
		prev := ""
		if k > 0 {
			prev = words[k-1]
		}
		var t tense
		switch {
		case enPast[w]:
			t = tensePast
		case w == "have" || w == "has" || w == "ve":
			if enPerfectAhead(words[k+1:]) {
				t = tensePast
			} else if w != "have" || enSubject[prev] {
				t = tensePresent
			}
		case w == "had":
			t = tensePast
		case enPresent[w]:
			t = tensePresent
		case w == "s" && enSubject[prev]:
			// it's, that's: is, or has before a participle
			t = tensePresent
			if enPerfectAhead(words[k+1:]) {
				t = tensePast
			}
		case w == "re" || w == "m":
			t = tensePresent
		case w == "will" || w == "ll" || w == "shall" || w == "won" && next == "t":
			t = tenseFuture
		case w == "going" && next == "to" && k+2 < len(words) && !enNotVerb[words[k+2]]:
			t = tenseFuture
		case w == "used" && next == "to":
			t = tensePast
		case enSubject[prev] && (enIrregularPast[w] || len(w) >= 5 && strings.HasSuffix(w, "ed")):
			t = tensePast
		}
		if t != 0 {
			copula := enCopula[w] || w == "s" && enSubject[prev] || w == "re" || w == "m"
			simple := t == tensePast && w != "have" && w != "has" && w != "ve" && w != "s" && w != "had"
			out = append(out, tenseMark{at: k, tense: t, copula: copula && !enPerfectAhead(words[k+1:]), simple: simple})
		}
	}
	return out
}

// enPerfectAhead reports whether a participle follows within two words
// (an adverb may stand between: have already built).
func enPerfectAhead(rest []string) bool {
	_, ok := participleAhead(rest,
		func(w string) bool {
			return w == "been" || enIrregularParticiple[w] || len(w) >= 5 && strings.HasSuffix(w, "ed")
		},
		func(w string) bool { return enAdverbBetween[w] || len(w) > 4 && strings.HasSuffix(w, "ly") })
	return ok
}

// participleAhead returns the participle among the first two words of
// rest, the first of them an adverb when the participle is the second.
func participleAhead(rest []string, participle, adverb func(string) bool) (string, bool) {
	for k, w := range rest[:min(2, len(rest))] {
		if participle(w) {
			return w, true
		}
		if k == 0 && !adverb(w) {
			break
		}
	}
	return "", false
}

// italianTenses finds the tense marks of lower-case Italian words; each
// mark gives the index of its word only.
func italianTenses(words []string) []tenseMark {
	var out []tenseMark
	for k, w := range words {
		var t tense
		switch {
		case itAvere[w]:
			// Without a participle it is the verb of possession, or an
			// auxiliary whose participle was not recognized: no mark.
			if _, ok := itParticipleAhead(words[k+1:]); ok {
				t = tensePast
			}
		case itEssere[w]:
			// Before a participle: past (è stato) or, a passive or an
			// adjective, present (è complicato).
			switch pp, ok := itParticipleAhead(words[k+1:]); {
			case ok && itStato[pp]:
				t = tensePast
			case ok:
				t = tensePast | tensePresent
			default:
				t = tensePresent
			}
		case itPast[w]:
			t = tensePast
		case itFuture[w]:
			t = tenseFuture
		case len(w) >= 6 && hasAnySuffix(w, "avano", "avamo", "evano", "evamo", "ivamo"),
			len(w) >= 6 && hasAnySuffix(w, "ava", "eva") && !itNotImperfect[w]:
			t = tensePast
		case len(w) >= 5 && hasAnySuffix(w, "erà", "irà", "arà", "eranno", "iranno", "aranno", "eremo", "iremo", "aremo") && !itNotFuture[w]:
			t = tenseFuture
		case len(w) >= 6 && strings.HasSuffix(w, "iamo"):
			t = tensePresent
		}
		if t != 0 {
			_, aux := itParticipleAhead(words[k+1:])
			copula := (itEssere[w] || itCopulaPast[w]) && !aux
			simple := t == tensePresent
			out = append(out, tenseMark{at: k, tense: t, copula: copula, simple: simple})
		}
	}
	return out
}

// hasAnySuffix reports whether w ends with one of the suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// itParticipleAhead returns the past participle that follows within
// two words (an adverb may stand between: ho già fatto).
func itParticipleAhead(rest []string) (string, bool) {
	return participleAhead(rest, itParticiple,
		func(w string) bool { return itAdverbBetween[w] || len(w) > 6 && strings.HasSuffix(w, "mente") })
}

// itParticiple reports whether w is an Italian past participle: a
// regular ending (-ato, -uto, -ito and their forms) or an irregular one
// of the list.
func itParticiple(w string) bool {
	if itIrregularParticiple[w] {
		return true
	}
	return len(w) >= 5 && hasAnySuffix(w, "ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite")
}

// tenseNear is the most words between a tense mark and a word matched
// with the other side for the marks of the two sides to be those of one
// verb.
const tenseNear = 5

// tenseShift returns a note when the quotation text[start:end] of target
// sentence j moves what its source said to another time: a tense mark
// of the quotation and one of the source words it renders (the windows,
// widened by quoteContext words) stand by words matched with each other,
// and no such pair of marks shares a tense. Either side without a mark
// says nothing.
func (c *check) tenseShift(j, start, end int, ws []window, p align.Provenance) (string, bool) {
	qText := c.tgt.sents[j].Text
	qMarks := tensesIn(c.tgt.code, qText[start:end])
	if len(qMarks) == 0 {
		return "", false
	}
	qWords := token.Words(qText)
	var changed *[2]tenseMark
	for _, w := range ws {
		sText := c.src.sents[w.sent].Text
		sWords := token.Words(sText)
		from, to := widen(sText, sWords, w.start, w.end, quoteContext)
		sMarks := tensesIn(c.src.code, sText[from:to])
		for _, qm := range qMarks {
			qi := wordAt(qWords, start+qm.start)
			for _, sm := range sMarks {
				si := wordAt(sWords, from+sm.start)
				near := false
				for _, m := range p.Evidence.Matches {
					if m.Src.Sent == w.sent && abs(wordAt(sWords, m.Src.Start)-si) <= tenseNear && abs(wordAt(qWords, m.Tgt.Start)-qi) <= tenseNear {
						near = true
						break
					}
				}
				if !near {
					continue
				}
				if qm.tense&sm.tense != 0 {
					return "", false
				}
				// Past and present are told apart only between forms of
				// be: a translator may render "is working so far" with
				// "ha funzionato finora", not "we were" with "siamo".
				// The present and the future likewise ("the vote is next
				// week": "si voterà"); the past and the future never.
				// But a simple past quoted as a simple present ("we were
				// losing": "perdiamo") moves it to today.
				pastToPresent := sm.tense == tensePast && sm.simple && qm.tense == tensePresent && qm.simple && !qm.copula
				if (qm.tense|sm.tense)&tensePresent != 0 && !(qm.copula && sm.copula) && !pastToPresent {
					continue
				}
				if changed == nil {
					changed = &[2]tenseMark{sm, qm}
				}
			}
		}
	}
	if changed == nil {
		return "", false
	}
	return fmt.Sprintf("the tense changed: the source's «%s» (%s) is quoted as «%s» (%s)", changed[0].word, changed[0].tense, changed[1].word, changed[1].tense), true
}

// wordAt returns the index of the word of words that holds offset, or
// of the first after it.
func wordAt(words []token.Word, offset int) int {
	k, _ := slices.BinarySearchFunc(words, offset, func(w token.Word, off int) int {
		if w.End <= off {
			return -1
		}
		if w.Start > off {
			return 1
		}
		return 0
	})
	return k
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// wordSet is the set of the words of a space-separated list.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// The word lists of the tense marks. Written for this package from the
// grammar of each language.
var (
	enSubject = wordSet("i we you he she they it that there this who what which here")
	enPast    = wordSet("was were wasn did didn")
	enPresent = wordSet("am is are isn aren do does don doesn")
	enCopula  = wordSet("am is are isn aren was were wasn weren")
	// enNotVerb are words after "going to" that make it a movement
	// (going to the plant), not a future.
	enNotVerb       = wordSet("the a an my our your his her their this that these those be")
	enAdverbBetween = wordSet("already just never ever always also not n t really all")
	enIrregularPast = wordSet("went said made built got came took thought knew saw told found gave left felt became began " +
		"kept brought bought ran wrote slept lost paid sold spent meant held stood sat met led grew drove flew fell " +
		"won chose broke spoke forgot understood sent lent heard")
	enIrregularParticiple = wordSet("gone said made built got gotten come taken thought known seen told found given left felt become " +
		"begun kept brought bought run written slept lost paid sold spent meant held stood met led grown driven flown fallen " +
		"won chosen broken spoken forgotten understood sent heard done had been")

	itAvere  = wordSet("ho hai ha abbiamo avete hanno")
	itEssere = wordSet("sono sei è siamo siete")
	itPast   = wordSet("era erano ero eri eravamo eravate aveva avevano avevo avevamo fu furono fui fummo ebbe ebbero " +
		"disse dissero fece fecero c'era")
	itFuture = wordSet("sarò farò potrò dovrò vorrò andrò verrò avrò sarà saranno sarò saremo sarai avrà avranno avrò avremo farà faranno farò faremo potrà potranno " +
		"dovrà dovranno vorrà verrà verranno andrà andranno")
	itStato               = wordSet("stato stata stati state")
	itCopulaPast          = wordSet("era erano ero eri eravamo eravate fu furono fui fummo")
	itAdverbBetween       = wordSet("già sempre mai non anche ancora appena poi solo davvero proprio subito spesso più")
	itIrregularParticiple = wordSet("fatto fatta fatti fatte detto detta detti stato stata stati state preso presa presi messo messa messi " +
		"visto vista visti scritto scritta rimasto rimasta rimasti nato nata nati morto morta morti chiesto chiesta risposto " +
		"aperto aperta chiuso chiusa successo deciso decisa perso persa persi vinto vinta scelto scelta letto venuto venuta " +
		"venuti speso spesa reso resa corso mosso sceso offerto sofferto compreso promesso permesso raggiunto giunto spinto " +
		"costretto tratto ridotto prodotto condotto introdotto dormito capito ucciso uccisa uccisi esposto esposta posto posta")
	// itNotImperfect are words in -ava, -eva that are not verbs.
	itNotImperfect = wordSet("ottava brava schiava cava nuova prova riva attiva positiva negativa definitiva offensiva " +
		"ginevra riserva")
	// itNotFuture are words with a future's ending that are not verbs.
	itNotFuture = wordSet("però perciò")
)
