// Struct equality with nested arrays, pointers, interfaces and floats (NaN).
package main

import (
	"fmt"
	"math"
)

type Inner struct {
	A [2]int
	P *int
}

type Outer struct {
	In Inner
	I  any
	F  float64
}

func main() {
	x := 1
	a := Outer{Inner{[2]int{1, 2}, &x}, "s", 1.5}
	b := Outer{Inner{[2]int{1, 2}, &x}, "s", 1.5}
	fmt.Println(a == b)
	b.I = 5
	fmt.Println(a == b)
	y := 1
	b = a
	b.In.P = &y
	fmt.Println(a == b)
	n := Outer{F: math.NaN()}
	fmt.Println(n == n)
	fmt.Println(Outer{} == Outer{})
}
