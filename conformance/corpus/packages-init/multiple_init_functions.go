// Several init functions in one file run in source order, after all package variables.
package main

import "fmt"

var x = initX()

func initX() int {
	fmt.Println("var x initialized")
	return 1
}

func init() {
	fmt.Println("init #1, x =", x)
	x++
}

func init() {
	fmt.Println("init #2, x =", x)
	x *= 10
}

func main() {
	fmt.Println("main, x =", x)
}

func init() {
	fmt.Println("init #3 (declared after main)")
}
