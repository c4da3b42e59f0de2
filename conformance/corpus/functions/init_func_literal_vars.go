// Package-level function variables and functions referring to each other.
package main

import "fmt"

var handlers = map[string]func(int) int{
	"double": double,
	"square": func(x int) int { return x * x },
}

var pipeline = []func(int) int{double, inc, double}

func double(x int) int { return x * 2 }
func inc(x int) int    { return x + 1 }

func main() {
	x := 3
	for _, f := range pipeline {
		x = f(x)
	}
	fmt.Println(x, handlers["double"](4), handlers["square"](4))
}
