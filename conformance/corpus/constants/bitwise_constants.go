// Bitwise operators on untyped and typed constants, including ^ and &^.
package main

import "fmt"

const (
	a = 0b1100
	b = 0b1010
)

func main() {
	fmt.Println(a&b, a|b, a^b, a&^b)
	fmt.Println(^0, ^1, ^-1)
	const u8 uint8 = ^uint8(0)
	const u16 = ^uint16(0x00FF)
	fmt.Println(u8, u16)
	const mask uint32 = 1<<32 - 1
	fmt.Println(mask ^ 0xFFFF)
}
