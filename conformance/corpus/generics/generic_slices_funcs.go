// slices package generic functions: Index, Contains, Insert, Delete, Compact, BinarySearch, SortFunc, Equal.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Contains(s, 7), slices.Max(s), slices.Min(s))
	s = slices.Insert(s, 2, 100, 200)
	fmt.Println(s)
	s = slices.Delete(s, 0, 2)
	fmt.Println(s)
	slices.Sort(s)
	fmt.Println(s, slices.Compact(slices.Clone(s)))
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	words := []string{"Banana", "apple", "Cherry"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.Equal([]int{1}, []int{1}))
}
