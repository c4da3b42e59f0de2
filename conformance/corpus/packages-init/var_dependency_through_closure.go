// A function literal in an initializer creates dependencies on the variables it references.
package main

import "fmt"

var getter = func() string { return base + suffix }

var combined = getter()

var base = initBase()
var suffix = "-sfx"

func initBase() string {
	fmt.Println("base initialized")
	return "base"
}

func main() {
	fmt.Println(combined)
}
