// Collecting errors from goroutines through a buffered channel; reported in index order.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func task(i int) error {
	if i%3 == 0 {
		return fmt.Errorf("task %d failed", i)
	}
	return nil
}

func main() {
	errs := make([]error, 7)
	var wg sync.WaitGroup
	for i := range 7 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = task(i)
		}()
	}
	wg.Wait()
	fmt.Println(errors.Join(errs...))
	var first error
	for _, e := range errs {
		if e != nil {
			first = e
			break
		}
	}
	fmt.Println("first:", first)
}
