// Generic types and functions exported from another package and instantiated in main.
package main

import (
	"fmt"
	"strings"

	"example.com/multi_pkg_generics/collections"
)

type Word string

func main() {
	q := collections.NewQueue[string]()
	for _, w := range strings.Fields("one two three") {
		q.Push(w)
	}
	for q.Len() > 0 {
		v, _ := q.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	ws := []Word{"b", "a", "c", "a"}
	fmt.Println(collections.Uniq(ws), collections.Sum([]float64{0.5, 0.25}))
	for k, v := range collections.Enumerate([]int{10, 20}) {
		fmt.Println(k, v)
	}
	fmt.Printf("%T\n", q)
}
