// Constant conversions that fail, in types2's (Go 1.26) words: integers overflow, other values do not convert.
package main

const big = 1 << 40

func main() {
	_ = int(3.5)     // ERROR "^cannot convert 3.5 \(untyped float constant\) to type int$"
	_ = uintptr(3.5) // ERROR "^cannot convert 3.5 \(untyped float constant\) to type uintptr$"
	_ = int8(300)    // ERROR "^constant 300 overflows int8$"
	_ = uint(-1)     // ERROR "^constant -1 overflows uint$"
	_ = int32(big)   // ERROR "^constant 1099511627776 overflows int32$"
}
