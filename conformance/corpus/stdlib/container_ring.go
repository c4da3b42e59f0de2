// container/ring: New, Link, Unlink, Move, Len, Do, and the zero Ring as a ring of one.
package main

import (
	"container/ring"
	"fmt"
)

func show(label string, r *ring.Ring) {
	fmt.Printf("%s (len %d):", label, r.Len())
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("five", r)
	show("moved 2", r.Move(2))
	show("moved -3", r.Move(-3))
	show("moved 12", r.Move(12))
	fmt.Println(r.Prev().Value, r.Next().Value)

	removed := r.Unlink(2)
	show("after unlink", r)
	show("removed", removed)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)

	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	old := r.Link(s)
	show("linked", r)
	show("old next", old)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	z.Value = "z"
	show("zero", &z)

	var nilRing *ring.Ring
	fmt.Println(nilRing.Len(), ring.New(0) == nil, ring.New(-1) == nil)
	nilRing.Do(func(any) { fmt.Println("never") })

	// Linking a ring to an element of itself removes the elements between them.
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = i * 10
		t = t.Next()
	}
	cut := t.Link(t.Move(3))
	show("kept", t)
	show("cut", cut)
	sum := 0
	t.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum", sum)
}
