// Block scoping: inner declarations shadow outer ones; explicit blocks; loop and switch scopes.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	{
		x := "block"
		fmt.Println(x)
		{
			x = "assigned in nested block"
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		x := "loop body"
		fmt.Println(x)
	}
	switch x := 3; x {
	case 3:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
}
