// %#v Go-syntax representation of slices, maps (sorted), nested structs, nil values and named types.
package main

import "fmt"

type Color int
type Inner struct{ A []int }
type Outer struct {
	Name string
	In   Inner
	M    map[string]int
	P    *int
	I    any
	F    float64
	C    Color
	B    []byte
}

func main() {
	o := Outer{Name: "x", In: Inner{[]int{1}}, M: map[string]int{"b": 2, "a": 1}, I: 3, F: 2, C: 5, B: []byte("hi")}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%#v %#v %#v\n", []string(nil), []string{}, map[int]bool(nil))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, "q\"s", 'r', uint8(7))
	fmt.Printf("%#v %#v\n", [2]bool{true}, struct{ X, y int }{1, 2})
	var e error
	fmt.Printf("%#v %#v\n", e, any(nil))
	fmt.Printf("%#v\n", complex(1, -2))
}
