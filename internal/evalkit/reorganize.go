package evalkit

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reorganized document is what an editor makes of a source: an
// article that keeps part of it, in another order, with sentences that
// condense two of the source's, framing of the editor's own, and
// quotations, some of them distorted. Reorganize makes such documents
// from a translated document pair whose truth is known, for the
// evaluation of reorganized mode.

// Grades of a target sentence of a reorganized document.
const (
	GradeTranslation = "translation" // renders one source sentence
	GradeSummary     = "summary"     // condenses or quotes one or more source sentences
	GradeEditorial   = "editorial"   // has no source
)

// Distortions planted in quotations ("" is a faithful one).
const (
	Faithful    = "faithful"
	Intensified = "intensified"
	Weakened    = "weakened"
	Altered     = "altered"
	Spliced     = "spliced"
	Unsupported = "unsupported"
)

// Reorganized is a synthetic reorganized translation with its truth.
type Reorganized struct {
	Name string
	// Src is the source document, Para the paragraph of each of its
	// sentences.
	Src  []string
	Para []int
	// Tgt is the article, and Truth what each of its sentences is.
	Tgt   []string
	Truth []TargetTruth
	// Quotes are the quotations of the article.
	Quotes []QuoteTruth
}

// TargetTruth is the truth of one target sentence.
type TargetTruth struct {
	Grade string
	Src   []int // the source sentences it draws on (none for editorial)
}

// QuoteTruth is the truth of one quotation.
type QuoteTruth struct {
	Tgt        int    // the target sentence that holds it
	Text       string // the quoted words, marks excluded
	Src        []int  // the source sentences it renders (none when unsupported)
	Distortion string // Faithful or the planted distortion
}

// ReorganizePlan is what Reorganize does to each document.
type ReorganizePlan struct {
	// Keep is the share of source sentences the article uses, drawn in
	// [KeepMin, KeepMax].
	KeepMin, KeepMax float64
	// Fuse is the chance that two consecutive kept sentences of one
	// paragraph become one shortened sentence.
	Fuse float64
	// Editorial is the number of editorial sentences per ten article
	// sentences.
	Editorial float64
	// Quote is the chance that a kept sentence is quoted rather than
	// translated; Distort the chance that a quotation is distorted (the
	// distortion drawn evenly among the five).
	Quote, Distort float64
}

// DefaultReorganizePlan keeps 30 to 50 per cent of the source (50 to 70
// dropped), fuses one pair in four, adds about one editorial sentence in
// seven, and quotes one kept sentence in three, half of the quotations
// distorted.
var DefaultReorganizePlan = ReorganizePlan{KeepMin: 0.3, KeepMax: 0.5, Fuse: 0.25, Editorial: 1.5, Quote: 0.35, Distort: 0.5}

// PUDParagraphs returns the document pairs of PUDDocuments with the
// treebank document of each sentence as its paragraph.
func PUDParagraphs(pairs []PUDPair, n int) ([]Doc, [][]int) {
	docs := PUDDocuments(pairs, n)
	paras := make([][]int, len(docs))
	k := 0
	for d, doc := range docs {
		para, last := -1, ""
		for range doc.Src {
			if pairs[k].Doc != last {
				para++
				last = pairs[k].Doc
			}
			paras[d] = append(paras[d], para)
			k++
		}
	}
	return docs, paras
}

// Reorganize makes a reorganized article from doc (a 1-1 translated pair
// whose source sentences are in paragraphs para), with a random source
// seeded by seed. pool supplies sentences of other documents, for the
// editorial sentences and the quotations the source never said.
func Reorganize(doc Doc, para []int, plan ReorganizePlan, seed uint64, pool []string) Reorganized {
	rng := rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909))
	r := Reorganized{Name: doc.Name, Src: doc.Src, Para: para}
	n := len(doc.Src)
	// The kept sentences, by paragraph.
	share := plan.KeepMin + rng.Float64()*(plan.KeepMax-plan.KeepMin)
	keep := rng.Perm(n)[:max(1, int(share*float64(n)+0.5))]
	slices.Sort(keep)
	var paras [][]int
	for _, i := range keep {
		if len(paras) == 0 || para[paras[len(paras)-1][0]] != para[i] {
			paras = append(paras, nil)
		}
		paras[len(paras)-1] = append(paras[len(paras)-1], i)
	}
	rng.Shuffle(len(paras), func(a, b int) { paras[a], paras[b] = paras[b], paras[a] })
	add := func(t string, tr TargetTruth) int {
		r.Tgt = append(r.Tgt, t)
		r.Truth = append(r.Truth, tr)
		return len(r.Tgt) - 1
	}
	editorial := func() {
		if len(pool) > 0 {
			add(pool[rng.IntN(len(pool))], TargetTruth{Grade: GradeEditorial})
		}
	}
	for _, p := range paras {
		for k := 0; k < len(p); k++ {
			if rng.Float64() < plan.Editorial/10 {
				editorial()
			}
			i := p[k]
			if k+1 < len(p) && p[k+1] == i+1 && rng.Float64() < plan.Fuse {
				if t, ok := fuse(doc.Tgt[i], doc.Tgt[i+1]); ok {
					add(t, TargetTruth{Grade: GradeSummary, Src: []int{i, i + 1}})
					k++
					continue
				}
			}
			if rng.Float64() < plan.Quote {
				if r.quote(doc, keep, i, plan, rng, pool) {
					continue
				}
			}
			add(doc.Tgt[i], TargetTruth{Grade: GradeTranslation, Src: []int{i}})
		}
	}
	return r
}

// quote adds a sentence quoting part of the translation of source
// sentence i, distorted or not, and reports whether it could.
func (r *Reorganized) quote(doc Doc, keep []int, i int, plan ReorganizePlan, rng *rand.Rand, pool []string) bool {
	span, ok := quotable(doc.Tgt[i], rng)
	if !ok {
		return false
	}
	distortion := Faithful
	if rng.Float64() < plan.Distort {
		distortion = []string{Intensified, Weakened, Altered, Spliced, Unsupported}[rng.IntN(5)]
	}
	src := []int{i}
	switch distortion {
	case Intensified:
		span, ok = intensify(span, rng)
	case Weakened:
		span, ok = weaken(span)
	case Altered:
		span, ok = alter(span, rng)
	case Spliced:
		// A second passage from a sentence far away in the source.
		var far []int
		for _, j := range keep {
			if j < i-3 || j > i+3 {
				far = append(far, j)
			}
		}
		var second string
		if len(far) > 0 {
			j := far[rng.IntN(len(far))]
			second, ok = quotable(doc.Tgt[j], rng)
			src = append(src, j)
		} else {
			ok = false
		}
		span = strings.TrimRight(span, ".,;:") + " … " + lowerFirst(second)
	case Unsupported:
		if len(pool) == 0 {
			return false
		}
		span, ok = quotable(pool[rng.IntN(len(pool))], rng)
		src = nil
	}
	if !ok {
		return false
	}
	frames := []string{"«%s», ha detto.", "Secondo quanto dichiarato, «%s».", "Ha spiegato: «%s».", "«%s», si legge nella dichiarazione."}
	t := strings.Replace(frames[rng.IntN(len(frames))], "%s", span, 1)
	grade := GradeSummary
	if src == nil {
		grade = GradeEditorial
	}
	r.Tgt = append(r.Tgt, t)
	r.Truth = append(r.Truth, TargetTruth{Grade: grade, Src: src})
	r.Quotes = append(r.Quotes, QuoteTruth{Tgt: len(r.Tgt) - 1, Text: span, Src: src, Distortion: distortion})
	return true
}

// quotable cuts from a sentence what an article quotes: the whole
// sentence when it is short, otherwise one of its clauses of at least
// six words, otherwise its first twelve words; without final
// punctuation. It reports false for a sentence too short or already
// holding quotation marks.
func quotable(s string, rng *rand.Rand) (string, bool) {
	if strings.ContainsAny(s, "«»“”\"") {
		return "", false
	}
	s = strings.TrimRight(s, ".!?;: ")
	ws := strings.Fields(s)
	if len(ws) < 6 {
		return "", false
	}
	if len(ws) <= 20 && rng.IntN(2) == 0 {
		return s, true
	}
	var clauses []string
	for _, c := range clauseSplit(s) {
		if n := len(strings.Fields(c)); n >= 6 && n <= 20 {
			clauses = append(clauses, strings.TrimSpace(c))
		}
	}
	if len(clauses) > 0 {
		return clauses[rng.IntN(len(clauses))], true
	}
	return strings.Trim(strings.Join(ws[:min(len(ws), 12)], " "), ",;:()"), true
}

// fuse joins the first clauses of two sentences into one shortened
// sentence.
func fuse(a, b string) (string, bool) {
	ca, cb := firstClause(a), firstClause(b)
	if len(strings.Fields(ca)) < 4 || len(strings.Fields(cb)) < 4 {
		return "", false
	}
	return ca + "; inoltre, " + lowerFirst(cb) + ".", true
}

// firstClause is a sentence up to its first comma, or its first two
// thirds of words, without final punctuation.
// clauseSplit cuts s at its commas, semicolons and colons, but not at
// one between two digits ("1,365 euro", "10:30").
func clauseSplit(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ',' && c != ';' && c != ':' {
			continue
		}
		if i > 0 && i+1 < len(s) && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1]) {
			continue
		}
		if i > start {
			out = append(out, s[start:i])
		}
		start = i + 1
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func firstClause(s string) string {
	s = strings.TrimRight(s, ".!?;: ")
	if cs := clauseSplit(s); len(cs) > 1 && len(strings.Fields(cs[0])) >= 4 {
		return cs[0]
	}
	ws := strings.Fields(s)
	return strings.Join(ws[:max(1, len(ws)*2/3)], " ")
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || len(s) > n && unicode.IsUpper(rune(s[n])) {
		return s // an acronym
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Italian words a distortion replaces, and their stronger or weaker
// counterparts.
var (
	strongerWords = map[string]string{
		"alcuni": "tutti", "alcune": "tutte", "spesso": "sempre", "molti": "tutti", "molte": "tutte",
		"può": "deve", "possono": "devono", "pochi": "nessuno", "buono": "ottimo", "buona": "ottima",
		"importante": "fondamentale", "grande": "enorme", "piccolo": "minuscolo",
	}
	weakerWords = map[string]string{
		"tutti": "alcuni", "tutte": "alcune", "sempre": "spesso", "deve": "potrebbe", "devono": "potrebbero",
		"è": "potrebbe essere", "sono": "potrebbero essere", "ha": "avrebbe", "hanno": "avrebbero",
		"molto": "un po'", "grande": "discreto", "importante": "utile",
	}
	intensifiers = []string{"davvero", "assolutamente", "estremamente", "decisamente"}
)

// An Italian quantifier made stronger or weaker takes an article before
// its noun (molti anni: tutti gli anni) or gives one up (tutti i titoli:
// alcuni dei titoli), as an editor would write it.
var (
	// toAll are the quantifiers that become "tutti" or "tutte" before
	// their noun.
	toAll = map[string]bool{"alcuni": true, "alcune": true, "molti": true, "molte": true}
	// partitive is "alcuni" or "alcune" before an article.
	partitive = map[string]string{"i": "dei", "gli": "degli", "le": "delle"}
	article   = map[string]string{"dei": "i", "degli": "gli", "delle": "le"}
	// determiners are the words after which a noun needs no article.
	determiners = map[string]bool{"i": true, "gli": true, "le": true, "questi": true, "queste": true, "quei": true,
		"quegli": true, "quelle": true, "miei": true, "mie": true, "suoi": true, "sue": true, "nostri": true, "nostre": true,
		"loro": true, "tuoi": true, "tue": true, "vostri": true, "vostre": true}
	// finiteVerbs are verb forms after which an intensifier stands well
	// (è davvero difficile, ha decisamente cambiato).
	finiteVerbs = map[string]bool{"è": true, "sono": true, "era": true, "erano": true, "fu": true, "furono": true,
		"sarà": true, "saranno": true, "sarebbe": true, "ha": true, "hanno": true, "aveva": true, "avevano": true,
		"può": true, "possono": true, "deve": true, "devono": true, "sta": true, "stanno": true, "resta": true,
		"sembra": true, "sembrano": true, "diventa": true, "rimane": true}
	// functionWords are the articles, prepositions and conjunctions
	// after which no intensifier stands.
	functionWords = map[string]bool{"il": true, "lo": true, "la": true, "i": true, "gli": true, "le": true, "un": true,
		"uno": true, "una": true, "di": true, "a": true, "da": true, "in": true, "con": true, "su": true, "per": true,
		"tra": true, "fra": true, "del": true, "dello": true, "della": true, "dei": true, "degli": true, "delle": true,
		"al": true, "allo": true, "alla": true, "ai": true, "agli": true, "alle": true, "dal": true, "dalla": true,
		"dai": true, "dagli": true, "dalle": true, "nel": true, "nello": true, "nella": true, "nei": true, "negli": true,
		"nelle": true, "sul": true, "sulla": true, "sui": true, "sugli": true, "sulle": true, "e": true, "o": true,
		"che": true, "non": true, "si": true, "ci": true, "mi": true, "ti": true, "vi": true, "ne": true}
	// adjectiveEndings are endings of Italian adjectives, before which an
	// intensifier stands well (un risultato davvero notevole).
	adjectiveEndings = []string{"ale", "ali", "ile", "ili", "ante", "anti", "ente", "enti", "oso", "osa", "osi", "ose",
		"ico", "ica", "ici", "iche", "ivo", "iva", "ivi", "ive", "bile", "bili"}
)

// pluralArticle is the definite plural article of an Italian noun:
// "le" for a feminine, "gli" before a vowel, s and a consonant, z, gn,
// ps or x, "i" otherwise.
func pluralArticle(noun string, feminine bool) string {
	if feminine {
		return "le"
	}
	n := strings.ToLower(noun)
	r, _ := utf8.DecodeRuneInString(n)
	switch {
	case strings.ContainsRune("aeiouàèéìòù", r),
		len(n) > 1 && n[0] == 's' && !strings.ContainsRune("aeiou", rune(n[1])),
		strings.HasPrefix(n, "z"), strings.HasPrefix(n, "gn"), strings.HasPrefix(n, "ps"), strings.HasPrefix(n, "x"):
		return "gli"
	}
	return "i"
}

// intensify makes a passage say more: a word replaced by a stronger one,
// or an intensifier put after a verb or before an adjective (the place
// nearest a random one), never inside a name.
func intensify(span string, rng *rand.Rand) (string, bool) {
	ws := strings.Fields(span)
	for k, w := range ws {
		s, ok := strongerWords[strings.ToLower(w)]
		if !ok {
			continue
		}
		ws[k] = s
		if toAll[strings.ToLower(w)] && k+1 < len(ws) {
			next := strings.ToLower(ws[k+1])
			switch {
			case article[next] != "":
				ws[k+1] = article[next] // molti dei suoi amici: tutti i suoi amici
			case !determiners[next]:
				ws = slices.Insert(ws, k+1, pluralArticle(ws[k+1], strings.HasSuffix(s, "e")))
			}
		}
		return strings.Join(ws, " "), true
	}
	k := 1 + rng.IntN(len(ws)-1)
	word := intensifiers[rng.IntN(len(intensifiers))]
	// The place nearest the one drawn, after a verb if the passage has
	// one, else before an adjective that follows no article or
	// preposition, else between two words of no name.
	nearest := func(fits func(x int) bool) int {
		at := -1
		for x := 1; x < len(ws); x++ {
			if fits(x) && (at < 0 || abs(x-k) < abs(at-k)) {
				at = x
			}
		}
		return at
	}
	lower := func(x int) string { return strings.ToLower(ws[x]) }
	plain := func(x int) bool { return ws[x] == lower(x) }
	at := nearest(func(x int) bool { return finiteVerbs[lower(x-1)] && !strings.ContainsAny(ws[x-1], ",;:") })
	if at < 0 {
		at = nearest(func(x int) bool {
			return plain(x) && hasEnding(ws[x], adjectiveEndings) && !functionWords[lower(x-1)] &&
				!strings.ContainsAny(ws[x-1], "'’0123456789")
		})
	}
	if at < 0 {
		at = nearest(func(x int) bool {
			return plain(x) && (plain(x-1) || x == 1) && !functionWords[lower(x-1)] && !functionWords[lower(x)] &&
				!strings.ContainsAny(ws[x-1], "'’0123456789") && !strings.ContainsAny(ws[x], "0123456789")
		})
	}
	if at < 0 {
		at = k
	}
	ws = slices.Insert(ws, at, word)
	return strings.Join(ws, " "), true
}

func hasEnding(w string, endings []string) bool {
	w = strings.ToLower(strings.TrimRight(w, ".,;:!?)»\""))
	for _, e := range endings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// weaken makes a passage say less: a word replaced by a weaker one, or
// "forse" put at its start.
func weaken(span string) (string, bool) {
	ws := strings.Fields(span)
	for k, w := range ws {
		s, ok := weakerWords[strings.ToLower(w)]
		if !ok {
			continue
		}
		ws[k] = s
		// tutti i titoli: alcuni dei titoli.
		if (s == "alcuni" || s == "alcune") && k+1 < len(ws) {
			if p, ok := partitive[strings.ToLower(ws[k+1])]; ok {
				ws[k+1] = p
			}
		}
		return strings.Join(ws, " "), true
	}
	return "forse " + lowerFirst(span), true
}

// negatable are Italian verbs before which a negation alters a passage.
var negatable = map[string]bool{"è": true, "ha": true, "sono": true, "hanno": true, "può": true, "era": true,
	"aveva": true, "erano": true, "avevano": true, "possono": true, "fu": true, "furono": true, "sarà": true}

// clitics are the Italian pronouns that stand between "non" and its
// verb (non si possono), and cliticPairs those that do so only before
// another (non se ne parla).
var (
	clitics     = map[string]bool{"mi": true, "ti": true, "si": true, "ci": true, "vi": true, "lo": true, "la": true, "li": true, "le": true, "gli": true, "ne": true}
	cliticPairs = map[string]bool{"se": true, "ce": true, "ve": true, "me": true, "te": true, "glie": true}
)

// alter makes a passage say something else: a number changed, or a verb
// negated (the negation before its clitic pronouns, as Italian puts it:
// non si possono), or the negation before its clitics taken away (non si
// sono: si sono).
func alter(span string, rng *rand.Rand) (string, bool) {
	if t, ok := changeNumber(span, rng); ok {
		return t, true
	}
	ws := strings.Fields(span)
	for k, w := range ws {
		// A verb negated already, right before it, is left alone (and
		// the passage not altered when no other verb can be).
		if !negatable[strings.ToLower(w)] || k > 0 && strings.ToLower(ws[k-1]) == "non" {
			continue
		}
		at := k
		for at > 0 {
			prev := strings.ToLower(ws[at-1])
			if clitics[prev] || cliticPairs[prev] && at < len(ws) && clitics[strings.ToLower(ws[at])] {
				at--
				continue
			}
			break
		}
		if at > 0 && strings.ToLower(ws[at-1]) == "non" {
			removed := ws[at-1]
			ws = slices.Delete(ws, at-1, at)
			if at-1 == 0 {
				ws[0] = upperFirst(ws[0], removed)
			}
			return strings.Join(ws, " "), true
		}
		ws = slices.Insert(ws, at, "non")
		if at == 0 {
			ws[0], ws[1] = upperFirst("non", ws[1]), lowerFirst(ws[1])
		}
		return strings.Join(ws, " "), true
	}
	return span, false
}

// upperFirst gives w a capital when like starts with one.
func upperFirst(w, like string) string {
	r, _ := utf8.DecodeRuneInString(like)
	if !unicode.IsUpper(r) {
		return w
	}
	f, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(f)) + w[n:]
}
