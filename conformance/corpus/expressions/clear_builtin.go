// clear on maps removes all entries; on slices zeroes elements but keeps length.
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	ts := []T{{1, "x"}, {2, "y"}}
	clear(ts)
	fmt.Printf("%+v\n", ts)
	var nm map[int]int
	clear(nm)
	var ns []int
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
	ps := []*int{new(int)}
	clear(ps)
	fmt.Println(ps[0] == nil)
}
