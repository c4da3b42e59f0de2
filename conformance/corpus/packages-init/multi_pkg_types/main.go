// Types, interfaces, methods and generics from other packages; unexported fields set via constructors; internal package.
package main

import (
	"fmt"
	"sort"
	"strings"

	"example.com/multi_pkg_types/collections"
	"example.com/multi_pkg_types/shapes"
)

type Triangle struct{ B, H float64 }

func (t Triangle) Area() float64 { return t.B * t.H / 2 }
func (t Triangle) Name() string  { return "triangle" }

type Word string

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

	q := collections.NewQueue[string]()
	for _, w := range strings.Fields("one two three") {
		q.Push(w)
	}
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(collections.Uniq([]Word{"b", "a", "c", "a"}), collections.Sum([]float64{0.5, 0.25}))
	for k, v := range collections.Enumerate(list[:2]) {
		fmt.Println(k, v.Name())
	}
	fmt.Printf("%T\n", q)
}
