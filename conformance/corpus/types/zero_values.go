// Zero values of all kinds of types and their printed forms.
package main

import "fmt"

type S struct {
	I   int
	F   float64
	B   bool
	Str string
	P   *int
	Sl  []int
	M   map[string]int
	Ch  chan int
	Fn  func()
	If  any
	Ar  [2]byte
}

func main() {
	var s S
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.Sl == nil, s.M == nil, s.Ch == nil, s.Fn == nil, s.If == nil, s.P == nil)
	var c complex64
	var r rune
	var u uintptr
	fmt.Println(c, r, u)
}
