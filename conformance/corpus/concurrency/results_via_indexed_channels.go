// Fan-out with one result channel per task keeps output ordered regardless of scheduling.
package main

import (
	"fmt"
	"strings"
)

func work(s string) <-chan string {
	ch := make(chan string, 1)
	go func() { ch <- strings.ToUpper(s) + strings.Repeat("!", len(s)) }()
	return ch
}

func main() {
	inputs := []string{"go", "to", "java", "translator"}
	chans := make([]<-chan string, len(inputs))
	for i, in := range inputs {
		chans[i] = work(in)
	}
	for _, c := range chans {
		fmt.Println(<-c)
	}
}
