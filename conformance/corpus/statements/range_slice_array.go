// range over slices and arrays: evaluated once, length fixed, array ranged by value.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4) // does not extend the iteration
			s[1] = 20        // visible: same backing array? (s reallocated; original not changed)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	t := make([]int, 3, 10)
	for i, v := range t {
		if i == 0 {
			t[2] = 99 // shared backing array: visible
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // copy of arr
		arr[2] = 30
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	var nilS []string
	for range nilS {
		fmt.Println("never")
	}
}
