// range over a channel receives until it is closed.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)
	buf := make(chan string, 2)
	buf <- "x"
	buf <- "y"
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println()
}
