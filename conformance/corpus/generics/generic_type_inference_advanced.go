// Type inference from function arguments, from assignment of generic functions, and core types.
package main

import "fmt"

func Apply[S ~[]E, E any](s S, f func(E) E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

type Names []string

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Use(f func(int) int, v int) int { return f(v) }

func main() {
	n := Names{"a", "b"}
	r := Apply(n, func(s string) string { return s + s })
	fmt.Printf("%T %v\n", r, r)
	fmt.Println(Apply([]int{1, 2}, Double[int]))
	var f func(float64) float64 = Double
	fmt.Println(f(1.25))
	fmt.Println(Use(Double, 21)) // inferred from the parameter type
}
