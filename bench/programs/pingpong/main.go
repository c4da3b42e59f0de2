// Unbuffered ping-pong: two goroutines pass a counter back and forth over unbuffered channels.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	fmt.Println("round trips:", v)
}
