// range over maps: collect keys and sort for deterministic output; deleting during range.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"pear": 3, "apple": 1, "fig": 7, "kiwi": 2}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println("total", total)
	for k := range m {
		if k != "fig" {
			delete(m, k) // deleting during iteration is allowed
		}
	}
	fmt.Println(m)
	var nm map[int]int
	for range nm {
		fmt.Println("never")
	}
}
