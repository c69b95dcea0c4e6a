// Package ptytest opens a pseudo-terminal, so that the tests of the
// programs can run them on a terminal as a person does and read what
// the terminal receives.
package ptytest

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Terminal is a pseudo-terminal: a program writes to TTY, and what it
// wrote is collected from the other end.
type Terminal struct {
	TTY    *os.File // give this to the program as its output
	master *os.File
	mu     sync.Mutex
	got    bytes.Buffer
	done   chan struct{}
}

// Open opens a pseudo-terminal and starts collecting what is written
// to it.
func Open() (*Terminal, error) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, err
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		return nil, fmt.Errorf("unlocking the pseudo-terminal: %w", err)
	}
	n, err := unix.IoctlGetUint32(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		return nil, fmt.Errorf("naming the pseudo-terminal: %w", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		return nil, err
	}
	// Raw mode: what the program writes arrives as it is, with no line
	// feed turned into CR LF.
	if t, err := unix.IoctlGetTermios(int(s.Fd()), unix.TCGETS); err == nil {
		t.Oflag &^= unix.OPOST
		unix.IoctlSetTermios(int(s.Fd()), unix.TCSETS, t)
	}
	t := &Terminal{TTY: s, master: m, done: make(chan struct{})}
	go func() {
		defer close(t.done)
		buf := make([]byte, 4096)
		for {
			n, err := m.Read(buf)
			t.mu.Lock()
			t.got.Write(buf[:n])
			t.mu.Unlock()
			if err != nil {
				return // EIO once no one has the terminal open
			}
		}
	}()
	return t, nil
}

// Output closes the program's end, waits until all it wrote is
// collected, and returns it. Call it after the program has ended.
func (t *Terminal) Output() string {
	t.TTY.Close()
	<-t.done
	t.master.Close()
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.got.String()
}
