// A local declared with := or var may share its name with a package variable read on its right.
package main

import "fmt"

var x = 1
var total = 10

func main() {
	x, y := 2, x
	fmt.Println(x, y)
	{
		total := total + 5
		fmt.Println(total)
	}
	var z, total = 3, total * 2
	fmt.Println(z, total)
}
