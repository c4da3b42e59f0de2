// Waiting on a WaitGroup that is never done deadlocks once all goroutines have finished.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	done := make(chan bool)
	go func() {
		defer wg.Done()
		done <- true
	}()
	<-done
	fmt.Println("one goroutine finished")
	wg.Wait()
}
