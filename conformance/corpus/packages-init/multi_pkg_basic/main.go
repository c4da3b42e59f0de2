// A main package importing a subpackage: imported package initializes first; exported API used.
package main

import (
	"fmt"

	"example.com/multi_pkg_basic/greet"
)

var mainVar = initMain()

func initMain() string {
	fmt.Println("main package var init (greet.Count =", greet.Count, ")")
	return "m"
}

func init() {
	fmt.Println("main init")
}

func main() {
	fmt.Println(greet.Hello("world"))
	fmt.Println(greet.Hello("Go"))
	fmt.Println("greetings so far:", greet.Count)
	g := greet.New("Hi")
	fmt.Println(g.Greet("Ann"), g.Prefix)
	fmt.Println(mainVar)
}
