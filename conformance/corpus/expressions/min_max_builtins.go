// min and max builtins on ints, floats (incl. NaN and signed zero) and strings.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b, c := 3, -1, 7
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(b, 0))
	x, y := 2.5, -0.5
	fmt.Println(min(x, y), max(x, y, 10))
	nan := math.NaN()
	fmt.Println(min(x, nan), max(nan, y), min(1.0, nan, 2.0))
	negz := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(max(negz, 0.0)))
	s1, s2 := "pear", "apple"
	fmt.Println(min(s1, s2), max(s1, s2, "zebra"))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
