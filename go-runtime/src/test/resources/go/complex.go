// Prints complex arithmetic results (as bit patterns and with println) for goloom's ComplexTest.
package main

import (
	"fmt"
	"math"
)

func bits(c complex128) string {
	return fmt.Sprintf("%016x %016x", math.Float64bits(real(c)), math.Float64bits(imag(c)))
}

func bits64(c complex64) string {
	return fmt.Sprintf("%08x %08x", math.Float32bits(real(c)), math.Float32bits(imag(c)))
}

func main() {
	inf, nan := math.Inf(1), math.NaN()
	vals := []complex128{complex(1, 2), complex(3, -4), complex(0, 0), complex(math.Copysign(0, -1), 0), complex(inf, 0), complex(0, inf),
		complex(nan, 0), complex(1, nan), complex(inf, inf), complex(-inf, 2), complex(1e308, 1e308), complex(1e-310, 3), complex(2, 1e-320)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Println("div128", bits(a), bits(b), bits(a/b), bits(a*b), bits(a+b), bits(a-b), a == b)
			a64, b64 := complex64(a), complex64(b)
			fmt.Println("div64", bits64(a64), bits64(b64), bits64(a64/b64), bits64(a64*b64), bits64(a64+b64), bits64(a64-b64), a64 == b64)
		}
		fmt.Println("neg", bits(a), bits(-a))
	}
}
