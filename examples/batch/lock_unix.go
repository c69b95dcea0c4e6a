//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// lock takes the output file for this run, so that a second run on the
// same output, started while the first still runs, is refused instead of
// writing records between the first one's. The lock goes with the
// process.
func lock(f *os.File) error {
	err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		return fmt.Errorf("%s is being written by another run", f.Name())
	}
	if err != nil && !errors.Is(err, unix.ENOTSUP) && !errors.Is(err, unix.ENOLCK) {
		return fmt.Errorf("locking %s: %w", f.Name(), err)
	}
	return nil // a file system without locks: nothing to guard with
}
