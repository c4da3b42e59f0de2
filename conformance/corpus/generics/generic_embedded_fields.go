// Generic structs embedding other generic types; promoted methods through instantiations.
package main

import "fmt"

type Base[T any] struct{ items []T }

func (b *Base[T]) Add(x T)   { b.items = append(b.items, x) }
func (b Base[T]) Count() int { return len(b.items) }

type Named[T any] struct {
	Base[T]
	Name string
}

func main() {
	n := Named[float64]{Name: "floats"}
	n.Add(1.5)
	n.Add(2.5)
	fmt.Println(n.Name, n.Count(), n.items)
	fmt.Printf("%+v\n", n)
}
