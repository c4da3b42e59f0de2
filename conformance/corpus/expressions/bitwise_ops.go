// Bitwise &, |, ^, &^ and unary ^ on signed and unsigned operands.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	var u uint8 = 0b10110011
	fmt.Printf("%08b %08b %d\n", ^u, u&^0x0F, ^u)
	var s int8 = 5
	fmt.Println(^s, -s-1, ^int8(-1))
	x := 0xFF
	x &^= 0x0F
	x |= 0x100
	x ^= 0x1
	fmt.Printf("%#x\n", x)
	var i64 int64 = -1
	fmt.Println(uint64(i64)&^(1<<63), i64&^1)
}
