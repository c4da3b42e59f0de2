// The comparable constraint enables == and map keys in generic code.
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type P struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1}, 2))
	fmt.Println(Index([]P{{1, 2}, {3, 4}}, P{3, 4}))
	fmt.Println(Count([]string{"x", "y", "x", "x"}))
	fmt.Println(Index([]any{1, "a", 2.0}, any("a"))) // any satisfies comparable (Go 1.20)
}
