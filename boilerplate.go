package fedele

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"

	"github.com/fedele/fedele/segment"
)

// The boilerplate lists, one per language; see the head of each file for
// its format. Lines of every list are looked for on both sides: a site
// may well carry English boilerplate around an Italian article.
var (
	//go:embed data/boilerplate_en.txt
	boilerplateEn string
	//go:embed data/boilerplate_it.txt
	boilerplateIt string
)

// role says what a sentence is in its document: text to translate, or
// one of the kinds of boilerplate a site adds around an article.
type role uint8

const (
	// content is text of the article.
	content role = iota
	// metadata is a "Label: value" line such as "Fonte originale: a16z".
	metadata
	// disclaimer is a legal or editorial notice, with the rest of its
	// paragraph.
	disclaimer
	// related is the heading of a block of teaser links.
	related
	// teaser is a line of the block that a related heading opens: it
	// runs to the end of the document.
	teaser
)

// String names the role for messages.
func (r role) String() string {
	switch r {
	case metadata:
		return "publication metadata"
	case disclaimer:
		return "disclaimer"
	case related:
		return "heading of a related-articles block"
	case teaser:
		return "teaser of a related-articles block"
	}
	return "text"
}

// boilerplateLists is the union of the per-language lists, read once.
type boilerplateLists struct {
	labels      map[string]bool
	disclaimers []string
	related     map[string]bool
}

var boilerplate = parseBoilerplate(boilerplateEn, boilerplateIt)

func parseBoilerplate(files ...string) boilerplateLists {
	l := boilerplateLists{labels: map[string]bool{}, related: map[string]bool{}}
	for _, f := range files {
		sc := bufio.NewScanner(strings.NewReader(f))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			kind, value, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			value = strings.ToLower(strings.TrimSpace(value))
			switch kind {
			case "label":
				l.labels[value] = true
			case "disclaimer":
				l.disclaimers = append(l.disclaimers, value)
			case "related":
				l.related[value] = true
			}
		}
	}
	return l
}

// classify gives each sentence its role. A metadata line is a one-line
// sentence whose text before the first colon is a known label; a
// disclaimer starts with a known opening and takes the rest of its
// paragraph; a related heading is a short line that is a known heading,
// and every sentence after it is a teaser.
func classify(sents []segment.Sentence) []role {
	roles := make([]role, len(sents))
	for i := 0; i < len(sents); i++ {
		text := strings.TrimSpace(sents[i].Text)
		lower := strings.ToLower(text)
		switch {
		case isRelatedHeading(lower):
			roles[i] = related
			for j := i + 1; j < len(sents); j++ {
				roles[j] = teaser
			}
			return roles
		case isDisclaimer(lower):
			for j := i; j < len(sents) && sents[j].Para == sents[i].Para; j++ {
				if j > i && isRelatedHeading(strings.ToLower(strings.TrimSpace(sents[j].Text))) {
					break
				}
				roles[j] = disclaimer
				i = j
			}
		case isMetadata(lower):
			roles[i] = metadata
		}
	}
	return roles
}

func isMetadata(lower string) bool {
	if strings.ContainsAny(lower, "\n\r") {
		return false
	}
	label, value, ok := strings.Cut(lower, ":")
	return ok && strings.TrimSpace(value) != "" && boilerplate.labels[strings.TrimSpace(label)]
}

func isDisclaimer(lower string) bool {
	for _, d := range boilerplate.disclaimers {
		if strings.HasPrefix(lower, d) {
			rest := lower[len(d):]
			if rest == "" || !unicode.IsLetter([]rune(rest)[0]) {
				return true
			}
		}
	}
	return false
}

func isRelatedHeading(lower string) bool {
	if strings.ContainsAny(lower, "\n\r") || len(strings.Fields(lower)) > 8 {
		return false
	}
	lower = strings.TrimRight(lower, " :.…»”")
	return boilerplate.related[lower]
}
