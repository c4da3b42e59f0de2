// Struct conversions between named, defined-from-named and anonymous struct types with the same fields.
package main

import "fmt"

type A struct {
	X int
	S []int
}
type B A

type In struct{ V int }
type Outer struct {
	In  In
	Tag string `json:"t"`
}

func main() {
	a := A{1, []int{2}}
	b := B(a)
	b.X = 5
	fmt.Println(a, b)
	type T struct {
		A int `json:"a"`
	}
	var t T = struct {
		A int `json:"a"`
	}{5}
	fmt.Println(t)
	o := Outer(struct {
		In  In
		Tag string `json:"t"`
	}{In{3}, "x"})
	fmt.Printf("%+v\n", o)
	anon := struct{ X int; S []int }(a)
	fmt.Println(anon)
}
