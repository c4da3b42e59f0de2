// runtime.NumGoroutine counts live goroutines; runtime.Gosched yields without changing results.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	for range 3 {
		started.Add(1)
		go func() {
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(release)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
	x := 0
	for range 5 {
		runtime.Gosched()
		x++
	}
	fmt.Println(x)
}
