// Go 1.26: a generic type may refer to itself in its own type parameter list (self-referential constraint).
package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(MinOf(Age(30), Age(12), Age(45)))
}
