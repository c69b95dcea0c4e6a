//go:build unix

package batch

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time (user and system) the process has
// used so far, which another program on the machine does not inflate
// as it does the wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
