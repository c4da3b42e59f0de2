// Errors in generic declarations: constraints, unions, receivers of generic types, type parameters misused.
package main

import "fmt"

type MyInt int

type Bad1 interface{ ~MyInt } // ERROR "invalid use of \~ \(underlying type of MyInt is int\)"

type Bad2 interface{ int | fmt.Stringer } // ERROR "cannot use fmt\.Stringer in union \(fmt\.Stringer contains methods\)"

type Bad3[T any] T // ERROR "cannot use a type parameter as RHS in type declaration"

type List[T any] struct{ next *List[T] }

func (l *List[T, U]) Len() int { return 0 } // ERROR "receiver declares 2 type parameters, but receiver base type declares 1"

func Use(c comparable) {} // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"

func Take(l List) {} // ERROR "cannot use generic type List\[T any\] without instantiation"

type Num interface{ ~int | ~float64 }

func Sum[T Num](x T) T { return x }

func main() {
	var n Num // ERROR "cannot use type Num outside a type constraint: interface contains type constraints"
	var l List[int]
	_ = l.next.next
	_ = Sum[string] // ERROR "string does not satisfy Num \(string missing in \~int \| \~float64\)"
	_ = n
}
