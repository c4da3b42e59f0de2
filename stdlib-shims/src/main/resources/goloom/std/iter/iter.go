//goloom:source
// Package iter as goloom ships it: Go source (goloom's own) translated with the program.
// Pull runs the push iterator in a goroutine that hands control back and forth with the
// caller over unbuffered channels, one side running at a time, the way Go's coroutines do.

// Package iter provides basic definitions and operations related to iterators over sequences.
package iter

import "runtime"

// Seq is an iterator over sequences of individual values. When called as seq(yield),
// seq calls yield(v) for each value v in the sequence, stopping early if yield returns
// false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over sequences of pairs of values, most commonly key-value pairs.
// When called as seq(yield), seq calls yield(k, v) for each pair (k, v) in the sequence,
// stopping early if yield returns false.
type Seq2[K, V any] func(yield func(K, V) bool)

// coroutine is a goroutine that runs only while its caller waits for it: resume runs it
// until it suspends (or finishes), suspend (called by it) hands control back.
type coroutine struct {
	toBody   chan struct{} // the caller resumes the body
	toCaller chan struct{} // the body suspends or finishes
	started  bool          // whether the goroutine exists yet
	body     func()        // what the goroutine runs
}

func newCoroutine(body func()) *coroutine {
	return &coroutine{toBody: make(chan struct{}), toCaller: make(chan struct{}), body: body}
}

// resume runs the body until it suspends or returns.
func (c *coroutine) resume() {
	if !c.started {
		c.started = true
		go func() {
			<-c.toBody
			defer func() { c.toCaller <- struct{}{} }()
			c.body()
		}()
	}
	c.toBody <- struct{}{}
	<-c.toCaller
}

// suspend, called by the body, hands control back to the caller until it resumes again.
func (c *coroutine) suspend() {
	c.toCaller <- struct{}{}
	<-c.toBody
}

// goexited marks a body that ended by runtime.Goexit, to be repeated in the caller.
type goexited struct{}

// Pull converts the “push-style” iterator sequence seq into a “pull-style” iterator
// accessed by the two functions next and stop.
//
// Next returns the next value in the sequence and true, or the zero value and false at
// the end of the sequence or after stop. Stop ends the iteration; it may be called any
// number of times. If seq panics, next or stop (whichever resumed it) panics with the same value.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	var c *coroutine
	c = newCoroutine(func() {
		if done {
			return
		}
		yield := func(v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull: yield called again before next")
			}
			yieldNext = false
			v, ok = v1, true
			c.suspend()
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexited{}
			}
			done = true
		}()
		seq(yield)
		var v0 V
		v, ok = v0, false
		seqDone = true
	})
	next = func() (v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		yieldNext = true
		c.resume()
		repanic(panicValue)
		return v, ok
	}
	stop = func() {
		if !done {
			done = true
			if c.started {
				c.resume()
				repanic(panicValue)
			}
		}
	}
	return next, stop
}

// Pull2 converts the “push-style” iterator sequence seq into a “pull-style” iterator
// accessed by the two functions next and stop, like Pull for pairs of values.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k          K
		v          V
		ok         bool
		done       bool
		yieldNext  bool
		seqDone    bool
		panicValue any
	)
	var c *coroutine
	c = newCoroutine(func() {
		if done {
			return
		}
		yield := func(k1 K, v1 V) bool {
			if done {
				return false
			}
			if !yieldNext {
				panic("iter.Pull2: yield called again before next")
			}
			yieldNext = false
			k, v, ok = k1, v1, true
			c.suspend()
			return !done
		}
		defer func() {
			if p := recover(); p != nil {
				panicValue = p
			} else if !seqDone {
				panicValue = goexited{}
			}
			done = true
		}()
		seq(yield)
		var k0 K
		var v0 V
		k, v, ok = k0, v0, false
		seqDone = true
	})
	next = func() (k1 K, v1 V, ok1 bool) {
		if done {
			return
		}
		if yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		yieldNext = true
		c.resume()
		repanic(panicValue)
		return k, v, ok
	}
	stop = func() {
		if !done {
			done = true
			if c.started {
				c.resume()
				repanic(panicValue)
			}
		}
	}
	return next, stop
}

// repanic repeats in the caller a panic (or Goexit) of the iterator.
func repanic(p any) {
	if p == nil {
		return
	}
	if _, ok := p.(goexited); ok {
		runtime.Goexit()
	}
	panic(p)
}
