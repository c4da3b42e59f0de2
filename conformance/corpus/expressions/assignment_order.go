// Tuple assignment: index/pointer operands evaluated first, then assignments left to right.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9 // a[0] is set: index evaluated before assignment
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	b := []int{10, 20, 30}
	j := 1
	b[j], j = 99, 2
	fmt.Println(b, j)
	var p *int
	k := 5
	p, *(&k) = &k, 6
	fmt.Println(*p, k)
	c := [3]int{1, 2, 3}
	c[0], c[1], c[2] = c[2], c[0], c[1]
	fmt.Println(c)
}
