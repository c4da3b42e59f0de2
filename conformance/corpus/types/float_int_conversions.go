// Conversions between floats and integers: truncation toward zero, int to float rounding.
package main

import "fmt"

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10, 123456.789} {
		fmt.Println(f, int(f), int64(f))
	}
	for _, f := range []float32{3.99, -3.99, 1e5} {
		fmt.Println(f, int32(f), int64(f))
	}
	f4, f5 := float32(4e9), 255.9
	fmt.Println(uint32(f4), uint8(f5))
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var n int64 = -7
	fmt.Println(float32(n), float64(n)/2)
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	g := 300.7
	h := 200
	fmt.Println(uint8(int(g)), int8(h))
}
