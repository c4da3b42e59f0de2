// Unsigned division, modulo, comparison and subtraction underflow on 64-bit values.
package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	var b uint64 = 10
	fmt.Println(a/b, a%b, a > b, a-b)
	var c uint64 = 1<<63 + 5
	fmt.Println(c/3, c%3, c/(1<<62))
	var x, y uint32 = 3, 5
	fmt.Println(x-y, (x-y)/2, int32(x-y))
	var u uint = 7
	fmt.Println(-u)
	fmt.Println(uint64(1<<63) > uint64(1<<62))
	var h uint64 = 0xFFFFFFFF00000000
	fmt.Println(h>>32, h<<16, h*h)
}
