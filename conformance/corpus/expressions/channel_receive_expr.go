// Receive expressions inside other expressions and comma-ok receives.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	sum := <-ch + <-ch*10
	fmt.Println(sum)
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok, <-ch)
	sc := make(chan string, 1)
	sc <- "s"
	fmt.Println(len(sc), cap(sc), <-sc+"!", len(sc))
}
