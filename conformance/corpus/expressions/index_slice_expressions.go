// Index and slice expressions on arrays, slices, strings, pointers to arrays; default bounds.
package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s), s[:cap(s)])
	fmt.Println(a[:], a[3:], a[:3], a[6:], a[0:0])
	pa := &a
	fmt.Println(pa[2], pa[1:2], len(pa))
	str := "abcdef"
	fmt.Println(str[2], str[1:3], str[:0] == "", str[6:])
	fmt.Println("literal"[3], "literal"[1:4])
	m := map[string][]int{"k": {7, 8}}
	fmt.Println(m["k"][1])
	s2 := s[1:2]
	s2 = s2[0:3] // reslice beyond len up to cap
	fmt.Println(s2)
	var i uint8 = 2
	fmt.Println(a[i], a[int64(i)+1])
}
