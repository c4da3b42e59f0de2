// Generic functions with multiple constrained type params over maps (keys sorted for output).
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Num interface{ ~int | ~int64 | ~float64 }

func SumValues[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

type Inventory map[string]int

func main() {
	inv := Inventory{"pears": 3, "apples": 5, "kiwis": 1}
	fmt.Println(SumValues(inv), SortedKeys(inv))
	fmt.Println(SumValues(map[int]float64{1: 0.5, 2: 0.25}))
}
