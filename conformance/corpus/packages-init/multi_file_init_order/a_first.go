// Package main spread over several files: variables across files initialize by dependency, then declaration order by file name; init functions run in file order.
package main

import "fmt"

var fromA = trace("fromA", fromB+1) // depends on a variable in b_second.go

func init() { fmt.Println("init in a_first.go") }

func trace(name string, v int) int {
	fmt.Println("var", name, "=", v)
	return v
}

func main() {
	fmt.Println("main:", fromA, fromB, fromC, independentA, independentC)
}
