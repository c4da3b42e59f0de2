// Deferred closures can read and modify named results after the return statement sets them.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s += " [deferred]" }()
	s = "assigned"
	return s + " returned"
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }() // has no effect on the result
	return x
}

func counter() (n int) {
	for i := range 3 {
		defer func() { n += i }()
	}
	return 10
}

func main() {
	fmt.Println(double(), trace(), unnamed(), counter())
}
