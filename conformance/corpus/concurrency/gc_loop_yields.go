// runtime.GC blocks its caller until the collection ends, so a goroutine that loops on it does
// not starve the others, even with one processor.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
			runtime.GC()
		}
	}()
	done := make(chan int)
	for i := 0; i < 20; i++ {
		go func() { done <- i * i }()
	}
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
}
