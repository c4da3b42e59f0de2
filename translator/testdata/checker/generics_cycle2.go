// Instantiation cycle through an inferred call: the edge is at the call.
package main

type Box[A any] struct {
	value A
}

func nest[A any](b Box[A], n int) any { // ERROR "instantiation cycle:\n\t.*: A instantiated as Box\[A\]"
	if n == 0 {
		return b
	}
	return nest(Box[Box[A]]{b}, n-1)
}

func main() {
	nest(Box[int]{0}, 3)
}
