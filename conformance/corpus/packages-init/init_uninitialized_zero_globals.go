// Package variables without initializers hold zero values that init can fill in.
package main

import "fmt"

var (
	n      int
	names  []string
	lookup map[string]int
	ptr    *int
)

func init() {
	fmt.Println(n, names == nil, lookup == nil, ptr == nil)
	n = 5
	names = append(names, "a", "b")
	lookup = map[string]int{"a": 1}
	ptr = &n
}

func main() {
	*ptr += 1
	fmt.Println(n, names, lookup, *ptr)
}
