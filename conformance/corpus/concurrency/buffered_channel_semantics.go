// Buffered channels: len/cap, FIFO order, sends do not block until full.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch))
	ch <- "c"
	select {
	case ch <- "d":
		fmt.Println("sent d")
	default:
		fmt.Println("buffer full")
	}
	fmt.Println(<-ch, <-ch, len(ch))
	close(ch)
	fmt.Println(<-ch)
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
}
