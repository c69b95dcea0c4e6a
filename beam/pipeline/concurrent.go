package pipeline

import "sync"

// concurrent runs fn on the elements of a bundle on several goroutines
// and hands the results back on the bundle's own goroutine, where a DoFn
// may emit them. A runner that gives a stage one bundle at a time
// (Prism does, for a stage whose bundle makes steady progress) then
// still uses several cores. At most 2n elements are held at once.
type concurrent[In, Out any] struct {
	n       int
	fn      func(In) Out
	jobs    chan In
	done    chan Out
	pending int
	wg      sync.WaitGroup
}

// start begins a bundle with n goroutines (1 or less: fn runs on the
// bundle's goroutine).
func (c *concurrent[In, Out]) start(n int, fn func(In) Out) {
	c.n, c.fn, c.pending = n, fn, 0
	if n <= 1 {
		return
	}
	c.jobs, c.done = make(chan In), make(chan Out, n)
	for range n {
		c.wg.Go(func() {
			for in := range c.jobs {
				c.done <- fn(in)
			}
		})
	}
}

// put hands in to a goroutine, and emits the results that are ready
// meanwhile.
func (c *concurrent[In, Out]) put(in In, emit func(Out) error) error {
	if c.n <= 1 {
		return emit(c.fn(in))
	}
	for {
		select {
		case c.jobs <- in:
			c.pending++
			return nil
		case out := <-c.done:
			c.pending--
			if err := emit(out); err != nil {
				c.stop()
				return err
			}
		}
	}
}

// finish waits for the elements put and emits their results; the
// first error of emit is returned, after the goroutines are done.
func (c *concurrent[In, Out]) finish(emit func(Out) error) error {
	if c.n <= 1 {
		return nil
	}
	close(c.jobs)
	var err error
	for ; c.pending > 0; c.pending-- {
		out := <-c.done
		if err == nil {
			err = emit(out)
		}
	}
	c.wg.Wait()
	c.n = 0
	return err
}

// stop ends the bundle's goroutines after an error, discarding what
// they finish.
func (c *concurrent[In, Out]) stop() {
	close(c.jobs)
	go func() {
		for range c.done {
		}
	}()
	c.wg.Wait()
	close(c.done)
	c.n = 0
}
