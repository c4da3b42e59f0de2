// Package-level variables are initialized in dependency order, not declaration order.
package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f()
	c = f()
	d = 3
)

var counter = 0

func f() int {
	d++
	counter++
	fmt.Println("f called, d =", d)
	return d
}

func main() {
	fmt.Println(a, b, c, d, counter)
}
