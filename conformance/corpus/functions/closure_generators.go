// Closures as generators and state machines that outlive their creating call.
package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func makeToggles(n int) []func() bool {
	state := make([]bool, n)
	fs := make([]func() bool, n)
	for i := range n {
		fs[i] = func() bool {
			state[i] = !state[i]
			return state[i]
		}
	}
	return fs
}

func main() {
	g := fibGen()
	for range 10 {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	t := makeToggles(3)
	fmt.Println(t[0](), t[0](), t[1](), t[2](), t[2](), t[2]())
}
