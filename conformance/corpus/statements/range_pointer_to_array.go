// range over a pointer to an array iterates the array in place (no copy).
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var np *[3]int
	for i := range np { // only the index: no dereference, no panic
		fmt.Print(i)
	}
	fmt.Println()
	fmt.Println(len(np))
}
