// math package functions with results formatted for stable output.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Cbrt(27), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, math.NaN()), math.Max(-0.0, 0))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-0.5))
	fmt.Println(math.Hypot(3, 4), math.Mod(10, 3), math.Inf(1) > 1e308)
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Log1p(1e-10)*1e10)
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Sin(math.Pi/6), math.Cos(math.Pi))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, 1), math.Tan(math.Pi/4))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.MaxInt64, math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
}
