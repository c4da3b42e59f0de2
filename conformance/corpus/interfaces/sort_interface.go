// Implementing sort.Interface and using sort.Sort, sort.Stable and sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 20}, {"Eve", 25}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.StringSlice([]string{})))
	names := sort.StringSlice{"m", "b", "x", "a"}
	sort.Sort(sort.Reverse(names))
	fmt.Println(names)
	fmt.Println(sort.IsSorted(ByAge(people)))
}
