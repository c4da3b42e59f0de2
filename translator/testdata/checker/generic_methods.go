// Type parameters on methods are parsed (as gc does) and reported, not taken for a confused syntax error.
package main

type S struct{}

func (S) m[T any](x T) {} // ERROR "syntax error: method must have no type parameters"

type I interface {
	n[P any, Q comparable](P) Q // ERROR "interface method must have no type parameters"
	Embedded[int]
	k()
}

type Embedded[T any] interface{ e(T) }

func main() {}
