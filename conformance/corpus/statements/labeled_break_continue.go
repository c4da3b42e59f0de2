// Labeled break and continue out of nested for, switch and select statements.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
loop:
	for i := range 10 {
		switch {
		case i == 1:
			continue
		case i == 3:
			break loop
		}
		fmt.Println("loop", i)
	}
	ch := make(chan int, 1)
sel:
	for {
		select {
		case ch <- 1:
			fmt.Println("sent")
		default:
			fmt.Println("full")
			break sel
		}
	}
}
