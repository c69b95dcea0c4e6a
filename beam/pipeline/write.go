package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeShards writes the lines of col (each ending in a line feed) to
// n files named prefix-SSSSS-of-NNNNN+suffix, a line to the shard its
// hash picks. Every shard is written, empty when no line falls in it,
// so that a run leaves no shard of an earlier run behind. A shard
// written again (a retried bundle) is written whole again.
func writeShards(s beam.Scope, prefix, suffix string, n int, col beam.PCollection) {
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	every := beam.ParDo(s, &allShardsFn{N: n}, beam.Impulse(s))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, every))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: suffix, N: n}, grouped)
}

// shardFn keys a line by its shard.
type shardFn struct{ N int }

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.N)), line)
}

// allShardsFn emits an empty line for every shard, so that each is
// written.
type allShardsFn struct{ N int }

func (f *allShardsFn) ProcessElement(_ []byte, emit func(int, string)) {
	for k := range f.N {
		emit(k, "")
	}
}

// writeShardFn writes the lines of a shard to its file.
type writeShardFn struct {
	Prefix, Suffix string
	N              int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := fmt.Sprintf("%s-%05d-of-%05d%s", f.Prefix, shard, f.N, f.Suffix)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		if _, err := bw.WriteString(line); err != nil {
			w.Close()
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
