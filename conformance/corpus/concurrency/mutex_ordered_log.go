// Goroutines append to a shared log under a mutex; the log is sorted before printing.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for _, name := range []string{"delta", "alpha", "charlie", "bravo"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			log = append(log, name+" finished")
		}()
	}
	wg.Wait()
	slices.Sort(log)
	for _, l := range log {
		fmt.Println(l)
	}
}
