// complex64 and complex128 arithmetic, real/imag/complex builtins and printing.
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b), a == complex(1, 2))
	var c complex64 = complex64(a)
	fmt.Printf("%T %v %T\n", c, c, real(c))
	fmt.Println(cmplx.Abs(b), cmplx.Conj(b))
	fmt.Printf("%.2f %v\n", a, -a)
	var z complex128
	fmt.Println(z, 1/z)
}
