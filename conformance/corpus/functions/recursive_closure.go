// A closure that calls itself through a variable declared before assignment.
package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	var walk func(n, depth int) []string
	walk = func(n, depth int) []string {
		if n == 0 {
			return nil
		}
		return append([]string{fmt.Sprint(depth, ":", n)}, walk(n/2, depth+1)...)
	}
	fmt.Println(walk(20, 0))
}
