// iota has the same value for every use within one ConstSpec line.
package main

import "fmt"

const (
	x, y, z = iota, iota, iota
	p, q, r
)

const (
	first = "a"
	second
	third = iota
	fourth
)

func main() {
	fmt.Println(x, y, z, p, q, r)
	fmt.Println(first, second, third, fourth)
}
