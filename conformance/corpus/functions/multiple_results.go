// Functions returning multiple results, passed directly as arguments to another call.
package main

import "fmt"

func swap(a, b string) (string, string) { return b, a }

func minmax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func join(a, b string) string { return a + "-" + b }

func main() {
	fmt.Println(swap("x", "y"))
	fmt.Println(join(swap("x", "y")))
	lo, hi := minmax(4, -2, 9, 0)
	fmt.Println(lo, hi)
	_, h := minmax(1)
	fmt.Println(h)
}
