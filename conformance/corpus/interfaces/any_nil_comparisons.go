// Comparisons of any with nil for nil slices, maps, funcs, channels and pointers stored inside.
package main

import "fmt"

func main() {
	var s []int
	var m map[int]int
	var f func()
	var c chan int
	var p *int
	for _, v := range []any{s, m, f, c, p, nil} {
		fmt.Printf("%T %v\n", v, v == nil)
	}
}
