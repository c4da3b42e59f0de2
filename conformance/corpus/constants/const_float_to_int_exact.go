// Float constants with integral values convert to integers; large float constants keep exact digits.
package main

import "fmt"

const (
	e20 = 1e20
	f   = 1e18
	g   = 2.5e3
)

func main() {
	var i int64 = f
	var j int = g
	fmt.Println(i, j)
	fmt.Println(uint64(e20 / 1e4))
	const big = 1 << 62
	var fl float32 = big
	fmt.Println(fl)
	fmt.Println(int64(9.007199254740993e15)) // exact constant: 9007199254740993
	x := 9.007199254740993e15                // rounded to float64
	fmt.Println(int64(x))
}
