// println's format for complex values (Go 1.26), quoted in ComplexTest.
package main

import "math"

func main() {
	var c complex128 = complex(1, 2)
	var d complex64 = complex(1.5, -0.25)
	println(c, d, complex(math.Inf(1), math.NaN()), complex(math.Copysign(0, -1), 1e300), complex(123456789, 1e-7))
	var z complex128
	var f32 complex64 = complex(float32(1.1), float32(-16777216))
	println(z, complex(1e21, 100), complex(math.NaN(), math.Inf(-1)), f32)
}
