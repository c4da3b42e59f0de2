// Generic Filter/Map/Reduce chained over different element types.
package main

import (
	"fmt"
	"strings"
)

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(words, func(w string) bool { return len(w) > 3 })
	lens := Map(long, func(w string) int { return len(w) })
	total := Reduce(lens, 0, func(a, b int) int { return a + b })
	fmt.Println(long, lens, total)
	joined := Reduce(words, "", func(a string, w string) string { return a + string(w[0]) })
	fmt.Println(joined)
}
