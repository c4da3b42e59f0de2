// Unrecovered conversion of a too-short slice to an array type.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [2]int(s)
	fmt.Println(a)
	b := [4]int(s)
	fmt.Println(b)
}
