// Method expressions T.M and (*T).M as ordinary functions with the receiver first.
package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec    { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k }

func main() {
	add := Vec.Add
	scale := (*Vec).Scale
	addP := (*Vec).Add // value method via pointer method expression
	v := Vec{1, 2}
	w := add(v, Vec{3, 4})
	scale(&w, 0.5)
	fmt.Println(w, addP(&v, v))
	fs := []func(Vec, Vec) Vec{Vec.Add}
	fmt.Println(fs[0](v, v))
	fmt.Printf("%T | %T\n", add, scale)
}
