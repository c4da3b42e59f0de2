// thread-ring: 503 goroutines in a ring pass a token that counts down; the holder at zero prints its id.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		token := <-in
		if token == 0 {
			done <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- n
	fmt.Println(<-done)
}
