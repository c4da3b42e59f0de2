// Closures passed to other functions can update the caller's local variables.
package main

import "fmt"

func times(n int, f func(int)) {
	for i := range n {
		f(i)
	}
}

func main() {
	sum := 0
	var log []int
	times(5, func(i int) {
		sum += i
		log = append(log, sum)
	})
	fmt.Println(sum, log)
}
