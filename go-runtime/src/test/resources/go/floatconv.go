// Prints gc's (amd64) results of converting out-of-range and special floats to each integer type.
// The values come from a slice, so every conversion happens at run time.
package main

import (
	"fmt"
	"math"
)

var f64s = []float64{0, -0.0, 1.9, -1.9, 127.5, 128, 255.9, 256, -129, 32767.5, 32768, 65535.9, 65536, -32769,
	2147483647.5, 2147483648, 4294967295.9, 4294967296, -2147483649,
	9.2233720368547748e18, 9.223372036854775807e18, 9.3e18, 1.8446744073709550e19, 1.8446744073709552e19, 2e19, 1e30,
	-9.2233720368547758e18, -9.3e18, -1e30, math.Inf(1), math.Inf(-1), math.NaN(), -1, -0.5, 4503599627370497, 1e300}

func main() {
	for _, f := range f64s {
		fmt.Printf("f64 %v %d %d %d %d %d %d %d %d\n", f, int64(f), int32(f), int16(f), int8(f), uint64(f), uint32(f), uint16(f), uint8(f))
	}
	for _, f64 := range f64s {
		f := float32(f64)
		fmt.Printf("f32 %v %d %d %d %d %d %d %d %d\n", f, int64(f), int32(f), int16(f), int8(f), uint64(f), uint32(f), uint16(f), uint8(f))
	}
	for _, u := range []uint64{0, 1, 1<<53 + 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, 1<<63 + 1025, 1<<64 - 1, 1<<64 - 1024, 1<<64 - 1025, 0x8000000000000401, 0x8000000000000c01, 0x8000000000000400, 0x8000000000000c00, 0xffffff7fffffffff, 0x20000020000001} {
		fmt.Printf("u64 %d %v %v\n", u, float64(u), float32(u))
	}
	for _, i := range []int64{1<<53 + 1, 1<<62 + 1<<38 + 1, -1<<63, 1<<24 + 1, 0x20000020000001} {
		fmt.Printf("i64 %d %v %v\n", i, float64(i), float32(i))
	}
}
