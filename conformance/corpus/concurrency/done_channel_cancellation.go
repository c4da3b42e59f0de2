// A done channel closed by main stops a generator; the generator reports how it exited.
package main

import "fmt"

func naturals(done <-chan struct{}, exited chan<- string) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				exited <- "generator cancelled"
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	exited := make(chan string)
	nums := naturals(done, exited)
	for range 5 {
		fmt.Println(<-nums)
	}
	close(done)
	fmt.Println(<-exited)
}
