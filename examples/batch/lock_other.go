//go:build !unix

package main

import "os"

// lock does nothing where there is no flock.
func lock(f *os.File) error { return nil }
