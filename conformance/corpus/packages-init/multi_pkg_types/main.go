// Types, interfaces and methods from another package; unexported fields set via constructors; internal package.
package main

import (
	"fmt"
	"sort"

	"example.com/multi_pkg_types/shapes"
)

type Triangle struct{ B, H float64 }

func (t Triangle) Area() float64 { return t.B * t.H / 2 }
func (t Triangle) Name() string  { return "triangle" }

func main() {
	list := []shapes.Shape{
		shapes.NewRect(3, 4),
		shapes.NewCircle(1),
		Triangle{6, 2},
		shapes.NewRect(1, 1),
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Area() < list[j].Area() })
	for _, s := range list {
		fmt.Printf("%-8s %.3f %s\n", s.Name(), s.Area(), shapes.Describe(s))
	}
	r := shapes.NewRect(2, 5)
	fmt.Println(r.W, r, shapes.Total(list...))
	fmt.Printf("%T %T\n", r, list[0])
}
