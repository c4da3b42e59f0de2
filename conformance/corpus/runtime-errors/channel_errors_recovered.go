// Recovered channel errors: close of nil channel, close of closed channel, send on closed channel.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name+":", r, isErr, err != nil)
	}()
	f()
}

func main() {
	var nilCh chan int
	closed := make(chan int, 1)
	close(closed)
	try("close nil", func() { close(nilCh) })
	try("close closed", func() { close(closed) })
	try("send closed", func() { closed <- 1 })
	try("select send closed", func() {
		select {
		case closed <- 1:
		default:
		}
	})
	v, ok := <-closed
	fmt.Println("receive from closed is fine:", v, ok)
}
