// Errors in type inference: nothing to infer from, mismatched arguments, untyped constants of different kinds.
package main

func Equal[T comparable](a, b T) bool { return a == b }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func First[T any](xs []T) T { return xs[0] }

func Zero[T any]() T {
	var z T
	return z
}

func Scale[S ~[]E, E ~int | ~float64](s S, c E) S { return s }

type Vec []float64

func main() {
	_ = Zero() // ERROR "in call to Zero, cannot infer T \(declared at .*\)"
	_ = Map([]int{1}, nil) // ERROR "in call to Map, cannot infer U \(declared at .*\)"
	_ = Equal(1, "a") // ERROR "in call to Equal, mismatched types untyped int and untyped string \(cannot infer T\)"
	_ = Equal(int(1), int64(2)) // ERROR "in call to Equal, type int64 of int64\(2\) does not match inferred type int for T"
	_ = Map([]int{1}, func(s string) int { return 0 }) // ERROR "in call to Map, type func\(s string\) int of func\(s string\) int \{…\} does not match inferred type func\(int\) U for func\(T\) U"
	_ = First(1) // ERROR "in call to First, cannot infer T \(declared at .*\)"
	var v Vec
	var w Vec = Scale(v, 2)
	_ = Scale(v, "a") // ERROR "cannot use \"a\" \(untyped string constant\) as float64 value in argument to Scale"
	_ = Equal(1, 2.5)
	_ = w
}
