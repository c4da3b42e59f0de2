// Sleeping goroutines and pending timers are no deadlock; once only blocked goroutines remain, Go reports one.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("slept")
		done <- true
	}()
	<-done // main is blocked while the other goroutine sleeps: not a deadlock
	<-time.After(10 * time.Millisecond)
	fmt.Println("timer fired")
	block := make(chan int)
	go func() {
		block <- 1
	}()
	fmt.Println(<-block)
	time.Sleep(10 * time.Millisecond)
	var never chan int
	<-never
}
