// Goroutines with sync.WaitGroup writing to distinct slice elements.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprintf("worker %d done", i)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
