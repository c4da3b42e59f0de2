// Receiving from a channel nobody sends on deadlocks: fatal error, exit status 2.
package main

import "fmt"

func main() {
	fmt.Println("about to block")
	ch := make(chan int)
	<-ch
	fmt.Println("never printed")
}
