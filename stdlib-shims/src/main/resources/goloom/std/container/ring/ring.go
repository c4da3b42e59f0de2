//goloom:source
// Package container/ring as goloom ships it: Go source (goloom's own) translated with the
// program. A zero Ring is a ring of one element; every method first links such a ring to
// itself (lazy initialization), as Go's does, so `var r ring.Ring` is usable.

// Package ring implements operations on circular lists.
package ring

// A Ring is an element of a circular list, or ring. The zero value is a one-element ring
// with a nil Value.
type Ring struct {
	next, prev *Ring // neighbours; both nil until the ring is first used
	Value      any   // for use by the client; untouched by this package
}

// selfLinked makes a zero Ring a ring of one element and returns it.
func (r *Ring) selfLinked() *Ring {
	if r.next == nil {
		r.next = r
		r.prev = r
	}
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring {
	return r.selfLinked().next
}

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring {
	return r.selfLinked().prev
}

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0) in the ring and
// returns that ring element. r must not be empty.
func (r *Ring) Move(n int) *Ring {
	r.selfLinked()
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New creates a ring of n elements, or returns nil when n <= 0.
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s such that r.Next() becomes s and returns the original
// value of r.Next(). r must not be empty. If r and s are the same ring, linking removes the
// elements between them, which form the returned ring.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next = s
		s.prev = r
		after.prev = before
		before.next = after
	}
	return after
}

// Unlink removes n % r.Len() elements from the ring r, starting at r.Next(), and returns
// the removed elements as a ring, or nil when n % r.Len() == 0. r must not be empty.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len computes the number of elements in ring r, in time proportional to that number.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for p := r.Next(); p != r; p = p.next {
		count++
	}
	return count
}

// Do calls f on each element of the ring, in forward order. f must not change *r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
