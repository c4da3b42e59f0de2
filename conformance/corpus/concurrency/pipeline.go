// A three-stage pipeline of goroutines connected by channels preserves order.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range filterOdd(square(gen(10))) {
		fmt.Println(v)
	}
}
