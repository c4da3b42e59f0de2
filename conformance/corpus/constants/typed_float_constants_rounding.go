// Typed float32 constants are rounded to float32 precision; untyped constants are exact until use.
package main

import "fmt"

const f32 float32 = 0.1
const f64 float64 = 0.1
const exact = 0.1

func main() {
	fmt.Println(f32, f64, float64(f32), float64(f32) == f64)
	fmt.Println(f32*3, exact*3, f64*3)
	const third float32 = 1.0 / 3
	fmt.Println(third, float64(third))
	const big float32 = 16777217 // rounds to 16777216
	fmt.Println(big, int64(big))
	var x float32 = exact * 10
	fmt.Println(x == 1)
}
