// Unary +, -, !, ^, & and * operators including on minimum integers.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MinInt8
	fmt.Println(-i8, +i8, ^i8)
	var i64 int64 = math.MinInt64
	fmt.Println(-i64, -i64 == i64)
	f := 2.5
	fmt.Println(-f, +f, -(-f))
	z := 0.0
	fmt.Println(-z, 1/-z)
	b := true
	fmt.Println(!b, !!b)
	u := uint16(1)
	fmt.Println(-u, ^u)
	c := 1 + 2i
	fmt.Println(-c)
}
