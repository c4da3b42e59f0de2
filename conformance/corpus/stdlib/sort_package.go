// sort.Ints, sort.Strings, sort.Float64s, sort.Slice, sort.SliceStable, sort.Search, sort.SearchInts.
package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 2}
	sort.Ints(ints)
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fl := []float64{2.5, -1, 0, 10}
	sort.Float64s(fl)
	fmt.Println(ints, strs, fl)
	emps := []Emp{{"ann", "eng", 30}, {"bob", "ops", 25}, {"cid", "eng", 25}, {"dee", "ops", 30}, {"eve", "eng", 22}}
	sort.SliceStable(emps, func(i, j int) bool { return emps[i].Dept < emps[j].Dept })
	fmt.Println(emps)
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Age != emps[j].Age {
			return emps[i].Age < emps[j].Age
		}
		return emps[i].Name < emps[j].Name
	})
	fmt.Println(emps)
	i := sort.Search(len(ints), func(k int) bool { return ints[k] >= 3 })
	fmt.Println(i, sort.SearchInts(ints, 2), sort.SearchInts(ints, 100), sort.IntsAreSorted(ints))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
