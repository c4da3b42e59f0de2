// Deferred functions in every frame run while a panic unwinds, innermost first.
package main

import "fmt"

func level(n int) {
	defer fmt.Println("unwind level", n)
	if n == 3 {
		panic(fmt.Sprintf("deep panic at %d", n))
	}
	level(n + 1)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level(0)
}
