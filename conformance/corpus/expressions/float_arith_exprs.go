// Floating-point expression results: rounding, associativity, division, modulo via math.Mod.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 0.1, 0.2, 0.3
	fmt.Println(a+b, (a+b)+c, a+(b+c), (a+b)+c == a+(b+c))
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/4)
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Remainder(7.5, 2))
	x := 1e16
	fmt.Println(x+1 == x, x+2)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	var f32 float32 = 1.1
	fmt.Println(f32*f32, float64(f32)*float64(f32))
}
