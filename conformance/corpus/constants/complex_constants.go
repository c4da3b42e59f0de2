// Complex constant arithmetic and real/imag on constants.
package main

import "fmt"

const (
	c1 = 1 + 2i
	c2 = c1 * c1
	r  = real(c2)
	im = imag(c2)
	z  = complex(3, 4)
)

func main() {
	fmt.Println(c1, c2, r, im, z)
	fmt.Printf("%T %T %T\n", c2, r, z)
	const onlyReal = (1 + 2i) * (1 - 2i)
	var f float64 = onlyReal // imaginary part is zero, so representable
	fmt.Println(f)
	var c64 complex64 = c2
	fmt.Println(c64)
	fmt.Println(z / 2i)
}
