// Unbuffered channels synchronize sender and receiver: ping-pong between two goroutines.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for range 3 {
		ping <- v
		v = <-pong
		fmt.Println("pong", v)
	}
	close(ping)
	<-done
	fmt.Println("final", v)
}
