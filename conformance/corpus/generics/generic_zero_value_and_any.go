// Zero values of type parameters via var and *new(T); %T of instantiated types.
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func ZeroPtr[T any]() *T { return new(T) }

type Box[T any] struct{ V T }

func (b Box[T]) Or(def T) T {
	var zero T
	if any(b.V) == any(zero) {
		return def
	}
	return b.V
}

func main() {
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int](), Zero[[]int]() == nil)
	fmt.Printf("%+v %v\n", Zero[Box[float64]](), *ZeroPtr[bool]())
	fmt.Println(Box[int]{}.Or(7), Box[int]{3}.Or(7), Box[string]{}.Or("def"))
	fmt.Printf("%T %T %T\n", Box[int]{}, Box[map[string]Box[int]]{}, Box[struct{}]{})
}
