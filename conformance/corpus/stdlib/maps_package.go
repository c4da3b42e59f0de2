// maps package: Clone, Copy, Equal, EqualFunc, DeleteFunc, Keys/Values sorted, All, Insert.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	c := maps.Clone(m)
	c["four"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	dst := map[string]int{"one": 100, "zero": 0}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(map[int]string{1: "A"}, map[int]string{1: "a"}, strings.EqualFold))
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	inv := map[int]string{}
	for k, v := range maps.All(m) {
		inv[v] = k
	}
	fmt.Println(inv)
	maps.Insert(inv, maps.All(map[int]string{9: "nine"}))
	fmt.Println(inv)
	var nm map[string]int
	fmt.Println(maps.Clone(nm) == nil)
}
