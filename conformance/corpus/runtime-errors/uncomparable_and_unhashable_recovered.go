// Recovered run-time errors from comparing uncomparable interface values and hashing them as map keys.
package main

import "fmt"

type S struct {
	F func()
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var a, b any = []int{1}, []int{1}
	var c, d any = map[int]int{}, map[int]int{}
	try("slices", func() { fmt.Println(a == b) })
	try("maps", func() { fmt.Println(c == d) })
	try("struct with func", func() { fmt.Println(any(S{}) == any(S{})) })
	try("different types ok", func() { fmt.Println(a == any(1)) })
	m := map[any]bool{}
	try("unhashable key", func() { m[[]string{"x"}] = true })
	try("unhashable lookup", func() { fmt.Println(m[map[int]int{}]) })
	try("array of any key", func() { m[[1]any{[]int{}}] = true })
}
