// Recovered integer divide by zero for / and % across types; float division by zero does not panic.
package main

import (
	"fmt"
	"math"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	zero := 0
	var z8 int8
	var zu uint64
	try("int /", func() { fmt.Println(1 / zero) })
	try("int %", func() { fmt.Println(1 % zero) })
	try("int8 /", func() { fmt.Println(int8(5) / z8) })
	try("uint64 %", func() { fmt.Println(uint64(5) % zu) })
	try("int /=", func() { x := 3; x /= zero })
	fz := 0.0
	try("float", func() { fmt.Println(1/fz, -1/fz, math.IsNaN(fz/fz)) })
	var m int64 = math.MinInt64
	minus1 := int64(-1)
	try("minint/-1", func() { fmt.Println(m/minus1, m%minus1) })
}
