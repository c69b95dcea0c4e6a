package align

import "github.com/fedele/fedele/internal/lexicon"

func builtinEntries(src, tgt string) []lexicon.Entry {
	return lexicon.Builtin(src, tgt)
}
