// Shifts of constants: untyped results, typed results, and the type of the shifted operand.
package main

import "fmt"

const s = 3

func main() {
	const a = 1 << s
	const b = 1.0 << s // untyped float constant representable as integer
	var c int64 = 1 << 62
	var i = 1 << s         // int
	var u uint8 = 1<<8 - 1 // 255
	fmt.Println(a, b, c, i, u)
	fmt.Printf("%T %T\n", a, b)
	const big = 1 << 70 >> 68
	fmt.Println(big)
	var n uint = 33
	var i2 = 1 << n        // int
	var j int32 = 1 << n   // 1 takes type int32: result 0
	var k = uint64(1 << n) // 1 takes type uint64
	var m int = 1.0 << n   // 1.0 takes type int
	fmt.Println(i2, j, k, m)
	const neg = -8 >> 1
	fmt.Println(neg, -1>>10, -7>>1)
}
