// Shadowed locals, shifts by variable counts, and an if with an init statement.
package main

import "fmt"

var counter int = start * 2

const start = 21

func shift(x int, n int) int {
	return x << n
}

func main() {
	x := 1
	{
		x := x + 1
		fmt.Println("inner", x)
	}
	if y := shift(x, 3); y > 4 {
		fmt.Println("big", y, counter)
	} else {
		fmt.Println("small", y)
	}
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b, shift(1, 70), -9>>1)
}
