// Aliasing and append capacities quoted in SliceTest's comments.
package main

import "fmt"

var sink any

func main() {
	a := []int{1, 2, 3, 4, 5}
	d := append(a, 6)
	sink = d
	fmt.Println(cap(d))
	s := []int{1, 2, 3, 4, 5, 0, 0, 0}[:5]
	t := append(s[:1], s...)
	fmt.Println(t, cap(t))
	strs := [2]string{"x", "y"}
	g := append(strs[:], "z")
	sink = g
	fmt.Println(cap(g), len(g[:4][3]))
	dst := make([]byte, 3)
	ap := append(dst, "de\xff"...)
	sink = ap
	fmt.Println(cap(ap))
}
