// Unrecovered send on a closed buffered channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	ch <- 2
}
