// Pointers to arrays: *[3]int is converted to from a slice, so all its values are views
// (slice objects); *[2]int is not, so it stays the Java array.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	p[0] = 20
	p[1] += 5
	(*p)[2]++
	var a [3]int
	q := &a
	q[0] = 7
	copyOfP := *p
	*q = copyOfP
	t := p[1:]
	for i, v := range p {
		fmt.Println(i, v, &p[i] == &s[i+1])
	}
	fmt.Println(p == q, len(t), a, new([3]int))

	var b [2]int
	r := &b
	r[1] = 9
	fmt.Println(*r, r[:])
}
