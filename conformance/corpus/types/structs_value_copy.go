// Structs: value copy on assignment, == comparison, anonymous structs, field tags ignored by ==.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B Point
	Name string
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	l := Line{A: p, B: q, Name: "l"}
	l2 := l
	l2.A.Y = 99
	fmt.Println(l, l2, l == l2)
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Printf("%v %+v\n", anon, anon)
	type T struct {
		A int `json:"a"`
	}
	var t T = struct {
		A int `json:"a"`
	}{5}
	fmt.Println(t)
	var zero Line
	fmt.Printf("%+v\n", zero)
}
