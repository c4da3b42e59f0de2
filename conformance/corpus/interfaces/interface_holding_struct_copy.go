// Storing a struct in an interface copies it; later changes to the original are not visible.
package main

import "fmt"

type Box struct{ V int }

func main() {
	b := Box{1}
	var i any = b
	b.V = 2
	fmt.Println(i, b)
	j := i
	fmt.Println(i == j)
	arr := [2]int{1, 2}
	var ai any = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	s := []int{1, 2}
	var si any = s
	s[0] = 100 // slices share backing arrays
	fmt.Println(si)
}
