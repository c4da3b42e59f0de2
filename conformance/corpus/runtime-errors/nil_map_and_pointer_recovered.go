// Recovered nil map assignment and nil pointer dereferences (field, method, array pointer, func).
package main

import (
	"fmt"
	"runtime"
)

type T struct{ X int }

func (t T) Val() int { return t.X }

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			fmt.Println(name+":", re.Error())
		} else {
			fmt.Println(name+": not a runtime error:", r)
		}
	}()
	f()
}

func main() {
	var m map[int]string
	var p *T
	var ap *[3]int
	var fn func()
	try("nil map", func() { m[1] = "x" })
	try("nil map incr", func() { var mm map[string]int; mm["k"]++ })
	try("field", func() { _ = p.X })
	try("method", func() { _ = p.Val() })
	try("array ptr", func() { ap[1] = 2 })
	try("nil func", func() { fn() })
	try("deref", func() { var ip *int; *ip = 1 })
	fmt.Println(len(ap), m[5] == "")
}
