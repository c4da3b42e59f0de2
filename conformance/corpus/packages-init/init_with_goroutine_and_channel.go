// Package initialization may communicate with goroutines it starts.
package main

import "fmt"

var results = compute()

func compute() []int {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i * 100
		}
		close(ch)
	}()
	var out []int
	for v := range ch {
		out = append(out, v)
	}
	fmt.Println("computed during init")
	return out
}

func main() {
	fmt.Println(results)
}
