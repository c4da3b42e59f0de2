// Fan-out / fan-in: workers take jobs from one channel, send results to another, a WaitGroup closes it.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

// work is a small CPU task per job: a few rounds of an integer hash.
func work(x uint64) uint64 {
	for i := 0; i < 20; i++ {
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 29
	}
	return x
}

func main() {
	jobs := 1000
	if len(os.Args) > 1 {
		jobs, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 8
	jobCh := make(chan uint64, 64)
	resultCh := make(chan uint64, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				resultCh <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < jobs; i++ {
			jobCh <- uint64(i)
		}
		close(jobCh)
	}()
	go func() {
		wg.Wait()
		close(resultCh)
	}()
	var sum uint64
	count := 0
	for r := range resultCh {
		sum += r
		count++
	}
	fmt.Println("results:", count, "sum:", sum)
}
