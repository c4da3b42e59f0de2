// Unhashable dynamic types inside map keys: struct fields, delete on an empty map, comma-ok lookups.
package main

import "fmt"

type K struct {
	N int
	V any
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	m := map[K]int{}
	try("struct field", func() { m[K{1, []int{}}] = 1 })
	try("struct ok", func() { m[K{1, 2}] = 1; fmt.Println(len(m)) })
	try("lookup in non-empty", func() { fmt.Println(m[K{1, map[string]int{}}]) })
	e := map[any]int{}
	try("delete from empty", func() { delete(e, []byte("x")) })
	try("comma-ok on empty", func() { _, ok := e[func() {}]; fmt.Println(ok) })
	var nilMap map[any]int
	try("nil map lookup", func() { fmt.Println(nilMap[[]int{}]) })
	try("nil map store", func() { nilMap[[]int{}] = 1 })
}
