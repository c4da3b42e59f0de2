// iter.Pull and Pull2: stop before next, a panicking iterator, cleanup of an iterator stopped early.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func boom(yield func(int) bool) {
	yield(1)
	panic("seq exploded")
}

func main() {
	next, stop := iter.Pull(slices.Values([]int{1, 2, 3}))
	stop()
	fmt.Println(next())
	stop()

	n2, s2 := iter.Pull2(maps.All(map[string]int{"only": 7}))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()

	nb, sb := iter.Pull(iter.Seq[int](boom))
	fmt.Println(nb())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nb()
	}()
	fmt.Println(nb())
	sb()

	var started bool
	ns, ss := iter.Pull(func(yield func(string) bool) {
		started = true
		defer fmt.Println("cleanup ran")
		for _, s := range []string{"x", "y", "z"} {
			if !yield(s) {
				fmt.Println("told to stop at", s)
				return
			}
		}
	})
	fmt.Println(started)
	fmt.Println(ns())
	ss()
	fmt.Println(ns())
	fmt.Println(started)
}
