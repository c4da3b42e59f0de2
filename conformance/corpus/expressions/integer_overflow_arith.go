// Signed integer overflow wraps in two's complement for +, -, * at run time.
package main

import (
	"fmt"
	"math"
)

func main() {
	a := math.MaxInt64
	fmt.Println(a+1, a*2, a*a)
	b := int32(math.MaxInt32)
	fmt.Println(b+1, b*b, -b-2)
	var c int16 = 300
	fmt.Println(c*c, c*c*c)
	var d uint32 = 123456789
	fmt.Println(d*d, uint64(d)*uint64(d))
	h := 0
	for _, ch := range "hash me" {
		h = h*31 + int(ch)
	}
	var h32 int32
	for _, ch := range "a longer string to overflow int32 hash" {
		h32 = h32*31 + ch
	}
	fmt.Println(h, h32)
}
