// ++ and -- are statements applied to variables, fields, elements and pointer targets.
package main

import "fmt"

type T struct{ N int }

func main() {
	i := 0
	i++
	i++
	i--
	t := T{}
	t.N++
	arr := []int{5, 5}
	arr[1]--
	p := &t
	p.N++
	(*p).N++
	m := map[string]int{}
	m["a"]++
	f := 0.5
	f++
	var u uint8 = 255
	u++
	fmt.Println(i, t, arr, m, f, u)
}
