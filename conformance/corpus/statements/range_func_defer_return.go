// Range-over-func loop bodies: return, continue and defer behave as in ordinary loops.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (idx int) {
	defer fmt.Println("find returns")
	for i := range seq(10) {
		defer fmt.Println("deferred in body", i) // runs when find returns
		if i%2 == 1 {
			continue
		}
		if i == target {
			return i * 100
		}
	}
	return -1
}

func main() {
	fmt.Println(find(2))
	fmt.Println(find(3))
}
