// iota counts ConstSpecs within a const block and resets per block.
package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	D = iota * 10
	E
	_
	F
)

const G = iota

func main() {
	fmt.Println(A, B, C)
	fmt.Println(D, E, F)
	fmt.Println(G)
}
