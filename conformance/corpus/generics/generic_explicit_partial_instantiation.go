// Partial explicit instantiation: leading type arguments given, the rest inferred.
package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Parse[T ~int | ~int64](s string) T {
	n, _ := strconv.Atoi(s)
	return T(n)
}

type ID int64

func main() {
	r := Convert[string]([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q\n", r)
	id := Parse[ID]("42")
	fmt.Printf("%T %v\n", id, id)
	fs := Convert[float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 4 })
	fmt.Println(fs)
}
