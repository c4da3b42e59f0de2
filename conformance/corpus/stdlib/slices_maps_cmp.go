// The generic standard packages slices, maps and cmp (goloom translates them from Go source).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found, slices.Index(xs, 9), slices.Contains(xs, 7))
	fmt.Println(slices.Compact(xs), slices.Max(xs), slices.Min(xs))

	fs := []float64{3, math.NaN(), -1, 0}
	slices.Sort(fs)
	fmt.Println(fs, cmp.Compare(math.NaN(), 1.0), cmp.Less(1.0, math.NaN()))

	ys := slices.Clone(xs)
	ys = slices.Insert(ys, 1, 100, 200)
	fmt.Println(ys, len(ys))
	ys = slices.Delete(ys, 0, 2)
	fmt.Println(ys, slices.Equal(xs, ys))
	slices.Reverse(ys)
	fmt.Println(ys)

	people := []person{{"ann", 30}, {"bob", 25}, {"cid", 30}, {"dee", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	idx := slices.IndexFunc(people, func(p person) bool { return strings.HasPrefix(p.name, "c") })
	fmt.Println(idx, slices.ContainsFunc(people, func(p person) bool { return p.age > 40 }))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, len(slices.Collect(maps.Values(m))))
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, maps.Equal(m, m2))

	fmt.Println(cmp.Or("", "x", "y"), cmp.Or(0, 0), slices.Concat([]string{"a"}, nil, []string{"b", "c"}))
	fmt.Println(slices.Repeat([]int{1, 2}, 3))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}
