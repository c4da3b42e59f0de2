// Go 1.23 range-over-func iterators: push iterators with one and two values, early break.
package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
		fmt.Println("exhausted")
	}
}

func Pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func main() {
	for x := range Count(3) {
		fmt.Println("x", x)
	}
	for x := range Count(10) {
		if x == 2 {
			break
		}
		fmt.Println("y", x)
	}
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	for range Count(1) {
	}
	var zero func(func() bool) = func(yield func() bool) { yield(); yield() }
	for range zero {
		fmt.Println("zero-arg")
	}
}
