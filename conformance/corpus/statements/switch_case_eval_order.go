// Switch case expressions are evaluated left-to-right, top-to-bottom, stopping at the first match.
package main

import "fmt"

func v(n int) int {
	fmt.Println("eval", n)
	return n
}

func main() {
	switch v(3) {
	case v(1), v(2):
		fmt.Println("first")
	case v(3), v(4):
		fmt.Println("second")
	case v(5):
		fmt.Println("third")
	}
	switch x := v(10); {
	case x > 5:
		fmt.Println("big")
		break
		fmt.Println("not printed")
	}
}
