// Values sent by one goroutine on one channel are received in send order.
package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	go func() {
		for i := range 20 {
			ch <- i
		}
		close(ch)
	}()
	prev := -1
	inOrder := true
	n := 0
	for v := range ch {
		if v != prev+1 {
			inOrder = false
		}
		prev = v
		n++
	}
	fmt.Println(n, inOrder)
}
