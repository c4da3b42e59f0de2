// A buffered channel as a counting semaphore bounds concurrency; the max observed never exceeds it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	sem := make(chan struct{}, 2)
	var active, maxActive atomic.Int32
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			cur := active.Add(1)
			for {
				m := maxActive.Load()
				if cur <= m || maxActive.CompareAndSwap(m, cur) {
					break
				}
			}
			active.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(maxActive.Load() <= 2, active.Load())
}
