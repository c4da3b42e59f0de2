// Map operations: nil map read, comma-ok, delete, len, clear, zero values.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x") // no-op
	m := map[string]int{"a": 1, "b": 2, "c": 0}
	v, ok = m["c"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "missing")
	fmt.Println(len(m), slices.Sorted(maps.Keys(m)))
	m["d"]++
	m["b"] += 10
	fmt.Println(m)
	clear(m)
	fmt.Println(len(m), m == nil)
}
