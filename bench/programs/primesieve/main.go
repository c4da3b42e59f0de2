// Concurrent prime sieve: a chain of filter goroutines connected by unbuffered channels.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	sum := 0
	prime := 0
	for i := 0; i < n; i++ {
		prime = <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Printf("prime %d: %d, sum %d\n", n, prime, sum)
}
