// Defined types whose underlying type is that of a type still being declared, and integer
// constants too large for int converted to string.
package main

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

const huge = string(rune(0)) + string(1<<100) // U+FFFD: the constant need not fit in an int

var _ = &T1{&T2{}}
var _ = &T2{&T2{}}
var _ = &T3{&T4{}}
var _ = &T5{&T4{}}

func main() {
	_ = huge
}
