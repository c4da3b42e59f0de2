// Errors in generic function bodies: operators, conversions, indexing and nil are checked against type sets.
package main

type Number interface {
	~int | ~int64 | ~float64
}

func Less[T any](a, b T) bool { return a < b } // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)"

func Add[T any](a, b T) T { return a + b } // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"

func Eq[T any](a, b T) bool { return a == b } // ERROR "invalid operation: a == b \(incomparable types in type set\)"

func Neg[T any](a T) T { return -a } // ERROR "invalid operation: operator \- not defined on a \(variable of type T constrained by any\)"

func AddOne[T ~int | ~string](a T) T { return a + 1 } // ERROR "invalid operation: a \+ 1 \(mismatched types T and untyped int\)"

func Big[T ~int8](a T) T { return a + 1000 } // ERROR "cannot convert 1000 \(untyped int constant\) to type T"

func Idx[T []int | string](a T) { _ = a[0] } // ERROR "cannot index a \(variable of type T constrained by \[\]int \| string\)"

func Conv[T ~int | ~string](x T) int { return int(x) } // ERROR "cannot convert x \(variable of type T constrained by \~int \| \~string\) to type int: cannot convert string \(in T\) to type int"

func Nil[T any]() T { return nil } // ERROR "cannot use nil as T value in return statement"

func ok[T Number](a, b T) (T, bool) {
	c := a*b + 2
	c /= 2
	return c - T(1), a < b && a == b
}

func main() {
	_ = Less[int]
	_ = Add[int]
	_ = Eq[int]
	_ = Neg[int]
	_ = AddOne[int]
	_ = Big[int8]
	_ = Idx[string]
	_ = Conv[int]
	_ = Nil[int]
	_, _ = ok(1, 2)
}
