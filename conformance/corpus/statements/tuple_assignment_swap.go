// Tuple assignments: swap, rotate, assignment from multi-valued functions and map/type-assert/channel comma-ok.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	var x, y int
	x, y = divmod(-17, 5)
	fmt.Println(x, y)
	m := map[string]int{"k": 1}
	var ok bool
	x, ok = m["k"]
	fmt.Println(x, ok)
	fib := [2]int{0, 1}
	for range 10 {
		fib[0], fib[1] = fib[1], fib[0]+fib[1]
	}
	fmt.Println(fib)
}
