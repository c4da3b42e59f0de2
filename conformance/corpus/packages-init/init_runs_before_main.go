// init can modify package state and even start goroutines; main sees the result.
package main

import (
	"fmt"
	"sync"
)

var (
	registry = map[string]func() string{}
	ready    sync.WaitGroup
	computed int
)

func init() {
	registry["hello"] = func() string { return "hello from init-registered func" }
	ready.Add(1)
	go func() {
		defer ready.Done()
		computed = 6 * 7
	}()
}

func main() {
	ready.Wait()
	fmt.Println(registry["hello"](), computed, len(registry))
}
