// More instantiation errors: type arguments of generic types, explicit arguments checked like parameters.
package main

type Stack[T any] struct{ items []T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Ptr[T any](x T) *T { return &x }

func Equal[T comparable](a, b T) bool { return a == b }

type MyInt int

func main() {
	var p Pair[[]int, int] // ERROR "\[\]int does not satisfy comparable"
	var y Stack[int, int] // ERROR "too many type arguments for type Stack: have 2, want 1"
	var z Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2"
	_ = Ptr[int](1.5) // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in argument to Ptr\[int\] \(truncated\)"
	_ = Equal[int](1, 2, 3) // ERROR "too many arguments in call to Equal\[int\]"
	_ = Equal[int, int, int] // ERROR "got 3 type arguments but want 1"
	var m MyInt
	_ = Equal(m, int(1)) // ERROR "cannot use int\(1\) \(constant 1 of type int\) as MyInt value in argument to Equal"
	_, _, _ = p, y, z
}
