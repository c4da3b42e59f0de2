// Errors in instantiation: type argument counts, constraints not satisfied, generic names used bare.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Equal[T comparable](a, b T) bool { return a == b }

func Stringify[T fmt.Stringer](v T) string { return v.String() }

func Less[T any](a, b T) bool { return false }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number \(string missing in \~int \| \~int64 \| \~float64\)"
	_ = Sum[int, int] // ERROR "got 2 type arguments but want 1"
	var s Stack // ERROR "cannot use generic type Stack\[T any\] without instantiation"
	f := Less // ERROR "cannot use generic function Less without instantiation"
	var x Stack[int]
	x.Push("a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to x\.Push"
	_ = Equal[[]int](nil, nil) // ERROR "\[\]int does not satisfy comparable"
	_ = Stringify(3) // ERROR "int does not satisfy fmt\.Stringer \(missing method String\)"
	var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_, _, _ = s, f, n
}
