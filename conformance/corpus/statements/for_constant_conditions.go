// Loops with constant conditions: for true never ends without break, for false never runs its body.
package main

import "fmt"

func first() int {
	for true {
		return 1
	}
	return 0
}

func count() int {
	n := 0
	for i := 0; false; i++ {
		n++
	}
	for {
		n++
		if n == 3 {
			break
		}
	}
	return n
}

func main() {
	fmt.Println(first(), count())
}
