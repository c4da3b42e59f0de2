// A long dependency chain declared in reverse order initializes from the end.
package main

import "fmt"

var v5 = step("v5", v4)
var v4 = step("v4", v3)
var v3 = step("v3", v2)
var v2 = step("v2", v1)
var v1 = step("v1", v0)
var v0 = step("v0", 0)

func step(name string, prev int) int {
	fmt.Println("initializing", name)
	return prev + 1
}

func main() {
	fmt.Println(v0, v1, v2, v3, v4, v5)
}
