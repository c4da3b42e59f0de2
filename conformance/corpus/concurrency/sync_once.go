// sync.Once runs its function exactly once; OnceValue and OnceFunc helpers.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("calls:", calls)
	once.Do(func() { fmt.Println("never") })
	n := 0
	get := sync.OnceValue(func() int { n++; return 42 })
	fmt.Println(get(), get(), n)
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body") })
	f()
	f()
}
