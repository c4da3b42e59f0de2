// Each clause of a switch is its own scope, also when clauses fall through into each other;
// a case of interface type in a tagless switch compares with true.
package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			x := "zero"
			fmt.Println(x)
			fallthrough
		case 1:
			x := 10 + i
			fmt.Println(x)
			fallthrough
		case 2:
			x := []int{i}
			fmt.Println(x)
		default:
			x := 'd'
			fmt.Println(x)
		}
	}
	var b any = true
	switch {
	case b:
		fmt.Println("interface true")
	case false:
		fmt.Println("false")
	}
	b = 1
	switch {
	case b:
		fmt.Println("not reached")
	default:
		fmt.Println("1 is not true")
	}
}
