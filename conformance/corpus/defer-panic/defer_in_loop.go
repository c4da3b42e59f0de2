// Defers inside a loop accumulate and run at function exit in reverse order.
package main

import "fmt"

func loop() {
	for i := range 4 {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func loopClosure() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees", i) }() // per-iteration i
	}
}

func main() {
	loop()
	loopClosure()
}
