// Typed arithmetic wraps at run time even though equal constant expressions would be rejected.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = 1 << 30
	c *= 4
	fmt.Println(c)
	var d int64 = -1 << 63
	d = -d
	fmt.Println(d)
	var e uint16 = 65535
	e += 2
	fmt.Println(e)
}
