// Unhashable dynamic types inside interface map keys: struct values, arrays, delete and comma-ok on empty maps.
package main

import "fmt"

type K struct {
	N int
	V any
}

type P struct{ V any }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	m := map[any]int{}
	try("struct field", func() { m[K{1, []int{}}] = 1 })
	try("struct ok", func() { m[K{1, 2}] = 1; fmt.Println(len(m)) })
	try("lookup in non-empty", func() { fmt.Println(m[K{1, map[string]int{}}]) })
	try("array of structs", func() { m[[1]K{{2, func() {}}}] = 1 })
	e := map[any]int{}
	try("delete from empty", func() { delete(e, []byte("x")) })
	try("comma-ok on empty", func() { _, ok := e[func() {}]; fmt.Println(ok) })
	var nilMap map[any]int
	try("nil map lookup", func() { fmt.Println(nilMap[[]int{}]) })
	try("nil map store", func() { nilMap[[]int{}] = 1 })
	pm := map[*P]int{}
	try("pointer key", func() { pm[&P{[]int{1}}] = 1; fmt.Println(len(pm)) })
}
