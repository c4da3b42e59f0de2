// math package constants: MaxInt*, MinInt*, MaxFloat*, SmallestNonzero*, Pi.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64), math.MaxUint32, math.MaxUint16, math.MaxUint8)
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, float32(math.Pi), math.E)
	fmt.Printf("%.20f\n", math.Pi)
}
