// Appends gc serves from its 32-byte stack buffer (in a loop: the first iteration only), and ones goloom leaves to the heap rule (returned, captured by a closure).
package main

import "fmt"

func local() {
	var s []int
	for i := range 10 {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s))
}

func escapes() []int {
	var s []int
	s = append(s, 1)
	return s
}

func inLoop() {
	for range 2 {
		var b []byte
		b = append(b, 'x')
		fmt.Println(cap(b))
	}
}

func captured() {
	var s []string
	add := func() { s = append(s, "x") }
	add()
	fmt.Println(cap(s))
}

func main() {
	local()
	fmt.Println(cap(escapes()))
	inLoop()
	captured()
}
