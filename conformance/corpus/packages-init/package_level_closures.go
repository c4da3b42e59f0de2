// Package-level variables holding closures over other package-level state.
package main

import "fmt"

var count int

var incr = func() int {
	count++
	return count
}

var first = incr()
var second = incr()

var table = []struct {
	name string
	fn   func(int) int
}{
	{"double", func(x int) int { return x * 2 }},
	{"plus count", func(x int) int { return x + count }},
}

func main() {
	fmt.Println(first, second, count)
	for _, e := range table {
		fmt.Println(e.name, e.fn(10))
	}
}
