// Tuple assignment: index, map-key and pointer operands on the left are evaluated before any store;
// calls on either side run before variables are read.
package main

import "fmt"

var i int

func f() int { i = 2; return 7 }

type P struct{ f int }

func main() {
	a := []int{0, 0, 0}
	x := 0
	x, a[i] = f(), 1
	fmt.Println(x, a, i)
	i = 0
	a[i], x = 5, f()
	fmt.Println(x, a, i)
	p := &P{1}
	q := &P{2}
	p, p.f = q, 9
	fmt.Println(p.f, q.f)
	m := map[int]int{}
	k := 1
	k, m[k] = 2, 3
	fmt.Println(k, m)
	arr := [3]int{1, 2, 3}
	j := 0
	j, arr[j] = 2, 10
	fmt.Println(j, arr)
	ptr := &x
	y := 0
	ptr, *ptr = &y, 4
	fmt.Println(x, y)
	b := []int{1, 2, 3}
	n := 0
	n, b[n], b[n+1] = 1, 10, 20
	fmt.Println(n, b)
	two := func() (int, int) { return 2, 50 }
	n, b[n] = two()
	fmt.Println(n, b)
	for c, d := 0, 10; c < d; c, d = c+3, d-2 {
		fmt.Print(c, d, " ")
	}
	fmt.Println()
}
