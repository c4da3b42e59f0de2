// Standard iterator helpers: slices.All, slices.Values, slices.Collect, maps.Keys sorted, slices.Backward.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []string{"c", "a", "b"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(slices.Values(s))
	fmt.Println(sorted, s)
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	m2 := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(m2)
	fmt.Println(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)))
}
