// Short-lived goroutines: start n goroutines that each compute one value, then wait for all of them.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i % 7
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("goroutines:", n, "sum:", sum)
}
