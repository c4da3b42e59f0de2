// Interface values as map keys: dynamic type participates in key identity.
package main

import "fmt"

type Name string

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["x"] = "string x"
	m[Name("x")] = "Name x"
	m[[2]int{1, 2}] = "array"
	m[struct{ A int }{1}] = "struct"
	fmt.Println(len(m), m[1], m[int64(1)], m["x"], m[Name("x")], m[[2]int{1, 2}], m[struct{ A int }{1}])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	defer func() { fmt.Println("panic:", recover()) }()
	m[[]int{1}] = "slice"
}
