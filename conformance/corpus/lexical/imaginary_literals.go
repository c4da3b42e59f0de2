// Imaginary literals in every form and their complex types.
package main

import "fmt"

func main() {
	fmt.Println(0i, 0123i, 0o123i, 0xabci, 0.i, 2.71828i, 1.e+0i, 6.67428e-11i, 1E6i, .25i, .12345E+5i, 0x1p-2i)
	c := 3 + 4i
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %v\n", c, c*1i)
	var c64 complex64 = 1.5i
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Println(1_0i, 0b1i)
}
