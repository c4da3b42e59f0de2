// Hexadecimal floating-point literals with binary exponents.
package main

import "fmt"

func main() {
	fmt.Println(0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16, 0x15e-2)
	fmt.Println(0x1p0, 0x1p1, 0x1p-1074, 0x1.fffffffffffffp1023)
	fmt.Printf("%x %X\n", 0x1.8p3, 1.0)
	fmt.Printf("%b\n", 0x1p4)
}
