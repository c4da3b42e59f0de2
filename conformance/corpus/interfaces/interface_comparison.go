// Interface values are equal if dynamic types and values are equal; comparing uncomparable types panics.
package main

import "fmt"

type K struct{ A int }

func main() {
	var a, b any = K{1}, K{1}
	fmt.Println(a == b)
	b = &K{1}
	fmt.Println(a == b)
	p := &K{2}
	var c, d any = p, p
	fmt.Println(c == d)
	var e1, e2 error
	fmt.Println(e1 == e2)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var s1, s2 any = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
