// Function literals invoked immediately and used in expressions.
package main

import "fmt"

func main() {
	x := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(x)
	fmt.Println(func() string { return "iife" }())
	y := 1 + func() int { return 2 }()*3
	fmt.Println(y)
	fs := map[string]func(int) int{
		"sq":  func(n int) int { return n * n },
		"neg": func(n int) int { return -n },
	}
	fmt.Println(fs["sq"](5), fs["neg"](5))
}
