// Unsigned integer types: maximum values, wrap-around and printing.
package main

import "fmt"

func main() {
	var a uint8 = 255
	var b uint16 = 65535
	var c uint32 = 4294967295
	var d uint64 = 18446744073709551615
	var e uint = 18446744073709551615
	var f uintptr = 0
	a++
	b++
	c++
	d++
	e++
	f--
	fmt.Println(a, b, c, d, e, f)
	var z uint32 = 0
	z--
	fmt.Println(z, z/3, z%7, z>>31)
	var big uint64 = 1 << 63
	fmt.Println(big, big*2, big+big-1)
	fmt.Printf("%d %x %o %b\n", d-1, d-1, uint8(200), uint8(200))
}
