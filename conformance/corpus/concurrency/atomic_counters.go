// sync/atomic typed values: Add, Load, Store, CompareAndSwap, Swap across goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int32
	var flag atomic.Bool
	var wg sync.WaitGroup
	winners := 0
	var mu sync.Mutex
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			if flag.CompareAndSwap(false, true) {
				mu.Lock()
				winners++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), flag.Load(), winners)
	old := n.Swap(7)
	fmt.Println(old, n.Load())
	var u atomic.Uint64
	u.Store(1<<64 - 1)
	fmt.Println(u.Add(1))
	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load())
}
