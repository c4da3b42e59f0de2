// Capacities chosen by append when growing a slice one element at a time.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := range 2000 {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var b []byte
	lastb := -1
	for i := range 100 {
		b = append(b, byte(i))
		if cap(b) != lastb {
			fmt.Println("bytes", len(b), cap(b))
			lastb = cap(b)
		}
	}
	s2 := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(s2), cap(s2))
}
