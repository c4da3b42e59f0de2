// Integer literals in decimal, binary, octal (0o and legacy 0) and hex forms.
package main

import "fmt"

func main() {
	fmt.Println(42, 0b101010, 0B101010, 0o52, 0O52, 052, 0x2a, 0X2A)
	fmt.Println(0, 00, 0x0, 0b0, 0o0)
	fmt.Println(0xdeadBEEF, 0xFFFFFFFF, 0777, 0o777)
	fmt.Println(9223372036854775807, -9223372036854775808)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
	fmt.Println(0b1111_0000, 0x_FF, 0o_17, 1_000_000)
}
