// Request/response using a channel of reply channels handled by a server goroutine.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := range 4 {
		rc := make(chan int)
		reqs <- request{i, rc}
		fmt.Println(i, "->", <-rc)
	}
	close(reqs)
}
