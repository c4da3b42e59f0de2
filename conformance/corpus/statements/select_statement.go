// select with ready channels, default clause and nil channels (never ready).
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	var nilCh chan int
	a <- 7
	select {
	case v := <-a:
		fmt.Println("received", v)
	case nilCh <- 1:
		fmt.Println("never")
	}
	select {
	case v := <-a:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default: nothing ready")
	}
	b := make(chan string, 1)
	select {
	case b <- "hi":
		fmt.Println("sent")
	case <-nilCh:
		fmt.Println("never")
	}
	fmt.Println(<-b)
	c := make(chan int)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed", v, ok)
	}
}
