// Generic functions with type inference from arguments and explicit instantiation.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func First[T any](xs []T) (T, bool) {
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("(%v:%T, %v:%T)", a, a, b, b) }

func main() {
	lens := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	strs := Map[int, string]([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) })
	fmt.Printf("%q\n", strs)
	fmt.Println(First([]float64{}))
	fmt.Println(First([]string{"x", "y"}))
	fmt.Println(Pair(1, "s"), Pair[int8](1, 2.5))
}
