// Untyped integer constants may exceed 64 bits in intermediate results.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

func main() {
	fmt.Println(Small, Back)
	fmt.Println(Big / (1 << 90))
	const x = 1_000_000_000_000_000_000_000 // 1e21 > MaxInt64
	fmt.Println(x / 1_000_000_000_000)
	fmt.Println(float64(Big))
	const m = (1<<64 - 1) % 1000
	fmt.Println(m)
	var u uint64 = 1<<64 - 1
	fmt.Println(u)
}
