// Recovered index-out-of-range errors: messages via fmt.Println(r) and runtime.Error assertion.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error=%v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [3]int{}
	str := "héllo"
	m := 10
	neg := -2
	try("slice", func() { _ = s[m] })
	try("slice len", func() { _ = s[len(s)] })
	try("array", func() { arr[m%7] = 1 })
	try("negative", func() { _ = s[neg] })
	try("string", func() { _ = str[m] })
	try("nil slice", func() { var ns []int; _ = ns[0] })
	try("ptr array", func() { p := &arr; _ = p[m-5] })
	try("2d", func() { g := [][]int{{1}}; _ = g[0][m] })
}
