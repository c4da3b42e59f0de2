// A program without errors: the checker must report nothing.
package main

import "fmt"

const (
	a = iota * 10
	b
	c
)

const huge = 1 << 100

func sum(xs int, ys int) int {
	return xs + ys
}

func main() {
	var s string
	s += "x"
	n := huge >> 98
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
		n += i
	}
	fmt.Println(a, b, c, s, n, sum(1, 2), 'x', 1.5, 7/2.0)
}
