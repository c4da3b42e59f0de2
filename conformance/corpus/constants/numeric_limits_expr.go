// Limits computed by constant expressions: ^uint(0)>>1 etc.
package main

import "fmt"

const (
	MaxUint = ^uint(0)
	MaxInt  = int(MaxUint >> 1)
	MinInt  = -MaxInt - 1
)

func main() {
	fmt.Println(MaxUint, MaxInt, MinInt)
	fmt.Println(uint32(1<<32-1), int16(-1<<15))
	const e = 1 << 63
	fmt.Println(uint64(e), e-1 == MaxInt)
}
