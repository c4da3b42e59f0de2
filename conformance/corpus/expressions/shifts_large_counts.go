// Shifts by counts >= the bit width give 0 (or -1 for negative signed right shifts).
package main

import "fmt"

func main() {
	var x int32 = -8
	var u uint32 = 0xF0000000
	for _, s := range []uint{0, 1, 31, 32, 33, 64, 100, 1000} {
		fmt.Println(s, x<<s, x>>s, u<<s, u>>s)
	}
	var i int = 1
	var n int = 63
	fmt.Println(i<<n, i<<(n+1), -1>>n)
	var b byte = 0x81
	fmt.Println(b<<1, b>>7, b<<8)
	var sc int64 = 3
	fmt.Println(int8(1)<<sc, int64(-1)<<sc)
}
