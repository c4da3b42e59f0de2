// slices package: Sort, SortStableFunc, Contains/Index(Func), Reverse, Max/Min, Equal, Compare, Concat, Repeat.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	s := []int{3, 1, 2}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.Contains(s, 2), slices.Index(s, 3))
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 1 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	r := slices.Clone(s)
	slices.Reverse(r)
	fmt.Println(r, s, slices.Max(r), slices.Min(r))
	fmt.Println(slices.Equal(s, []int{1, 2, 3}), slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2, 0}, []int{1, 2}))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	ps := []P{{"x", 30}, {"y", 20}, {"z", 30}, {"w", 20}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	idx, ok := slices.BinarySearchFunc(ps, 30, func(p P, t int) int { return cmp.Compare(p.Age, t) })
	fmt.Println(idx, ok)
	words := strings.Fields("b a c a b")
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }))
}
