// Function calls, method calls and channel ops in an expression are evaluated left to right.
package main

import "fmt"

var trace []string

func v(name string, val int) int {
	trace = append(trace, name)
	return val
}

func main() {
	x := v("a", 1) + v("b", 2)*v("c", 3) - v("d", 4)
	fmt.Println(x, trace)
	trace = nil
	s := []int{v("e", 1), v("f", 2), v("g", 3)}
	fmt.Println(s, trace)
	trace = nil
	m := map[int]int{v("k1", 1): v("v1", 10), v("k2", 2): v("v2", 20)}
	fmt.Println(len(m), trace)
	trace = nil
	fmt.Println(v("p1", 1), v("p2", 2))
	fmt.Println(trace)
	trace = nil
	arr := [3]int{}
	arr[v("idx", 1)] = v("rhs", 5)
	fmt.Println(arr, trace)
}
