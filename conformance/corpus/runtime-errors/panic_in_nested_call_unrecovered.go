// An unrecovered runtime error deep in a call chain still prints only the first goroutine header after normalization.
package main

import "fmt"

type Matrix [][]float64

func (m Matrix) At(r, c int) float64 { return m[r][c] }

func trace(m Matrix, n int) float64 {
	t := 0.0
	for i := 0; i <= n; i++ {
		t += m.At(i, i)
	}
	return t
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(trace(m, 1))
	fmt.Println(trace(m, 2))
}
