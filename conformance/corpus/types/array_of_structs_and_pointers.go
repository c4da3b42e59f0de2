// Ranging over arrays/slices of structs copies elements; indexing modifies in place.
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10 // modifies the copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	arr := [2]Item{{"x", 1}, {"y", 2}}
	for i, it := range arr { // ranges over a copy of arr
		arr[1].Count = 100
		fmt.Println(i, it)
	}
	fmt.Println(arr)
	ptrs := []*Item{{"p", 1}}
	for _, p := range ptrs {
		p.Count = 7
	}
	fmt.Println(*ptrs[0])
}
