// Passing s... to a variadic func that appends: caller sees element writes but not the new length.
package main

import "fmt"

func appendAndSet(xs ...int) []int {
	xs[0] = 100
	return append(xs, 7)
}

func main() {
	s := make([]int, 2, 4)
	r := appendAndSet(s...)
	fmt.Println(s, r, len(s), len(r))
	fmt.Println(s[:3])
	t := []int{1, 2}
	r2 := appendAndSet(t...)
	r2[1] = 55
	fmt.Println(t, r2)
}
