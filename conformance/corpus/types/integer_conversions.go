// Conversions between integer types: truncation, sign extension, reinterpretation.
package main

import "fmt"

func main() {
	var x int32 = -1
	fmt.Println(uint32(x), uint64(x), uint8(x), int64(x))
	var y uint32 = 0xFFFFFFFF
	fmt.Println(int32(y), int64(y), int8(y))
	var z int64 = 0x123456789
	fmt.Println(int32(z), uint16(z), int8(z))
	var b byte = 200
	fmt.Println(int8(b), int(b), int(int8(b)))
	var n int = -200
	fmt.Println(byte(n), uint(n))
	fmt.Println(rune(65), string(rune(65)), int('€'))
}
