// A producer closes the channel; the consumer ranges until the buffered values are drained.
package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int, n)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i * 10
		}
	}()
	return ch
}

func main() {
	for v := range producer(5) {
		fmt.Println(v)
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch) // values still delivered after close
	for v := range ch {
		fmt.Println("drained", v)
	}
}
