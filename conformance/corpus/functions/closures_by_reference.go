// Closures capture variables by reference and share them.
package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2(), next())
	x := 1
	f := func() { x *= 2 }
	f()
	f()
	fmt.Println(x)
	x = 5
	g := func() int { return x }
	x = 6
	fmt.Println(g())
}
