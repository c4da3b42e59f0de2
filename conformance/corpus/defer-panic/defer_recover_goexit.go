// runtime.Goexit runs deferred calls of the goroutine; recover returns nil during Goexit.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("deferred ran, recover=", recover()) }()
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	fmt.Println(<-done)
}
