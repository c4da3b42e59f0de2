// Conversions of constants: string(rune), float to int when exact, typed overflow wrap at runtime only.
package main

import "fmt"

const r = 'A' + 2

func main() {
	fmt.Println(string(rune(r)))
	const f = 4.0
	var i int = f // exact integer value
	fmt.Println(i)
	const big = 300
	var x = 44
	var b = byte(x + big) // run-time conversion wraps
	fmt.Println(b)
	fmt.Println(uint8(255), int8(-128))
	const frac = 7 / 2
	const ffrac = 7 / 2.0
	fmt.Println(frac, ffrac)
}
