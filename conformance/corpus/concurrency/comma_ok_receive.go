// Comma-ok receive distinguishes a zero value sent from a closed channel.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 0
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	sc := make(chan *int)
	close(sc)
	p, ok := <-sc
	fmt.Println(p == nil, ok)
	type pair struct{ a, b string }
	pc := make(chan pair, 1)
	pc <- pair{"x", "y"}
	close(pc)
	for range 2 {
		pv, ok := <-pc
		fmt.Printf("%+v %v\n", pv, ok)
	}
}
