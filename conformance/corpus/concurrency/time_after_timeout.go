// time.After used as a timeout in select; the outcome is forced by construction, not by timing races.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("unexpected", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}
	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Hour):
		fmt.Println("unexpected timeout")
	}
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
}
