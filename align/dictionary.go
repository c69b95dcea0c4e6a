package align

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/fedele/fedele/internal/lexicon"
)

// Dictionary is a user word list for the aligner.
type Dictionary struct {
	entries []lexicon.Entry
}

// ReadDictionary reads a user dictionary. Two formats are accepted and
// told apart by their lines:
//
//   - the native format: UTF-8, one pair a line, "source<TAB>target",
//     '#' starts a comment line, blank lines ignored, words in dictionary
//     form, several lines for several translations, several words a side
//     allowed;
//   - hunalign's format: "target @ source" a line.
//
// Source and target are those of the alignment (the src and tgt lists
// given to Align). A malformed line gives an error naming it.
func ReadDictionary(r io.Reader) (*Dictionary, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("align: reading dictionary: %w", err)
	}
	f := lexicon.Native
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		if !bytes.Contains(line, []byte("\t")) && bytes.Contains(line, []byte(" @ ")) {
			f = lexicon.Hunalign
		}
		break
	}
	es, err := lexicon.Read(bytes.NewReader(data), f)
	if err != nil {
		return nil, fmt.Errorf("align: %w", err)
	}
	return &Dictionary{entries: es}, nil
}

// Len returns the number of entries of the dictionary.
func (d *Dictionary) Len() int {
	if d == nil {
		return 0
	}
	return len(d.entries)
}
