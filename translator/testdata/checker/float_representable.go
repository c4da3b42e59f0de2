// A constant is representable as a float32/float64 when it rounds (once, to nearest even) to a
// finite value: only values at or beyond the midpoint above the largest finite value overflow.
package main

const (
	two64  = 1.0 * (1 << 64)
	two128 = two64 * two64
	two24  = 1.0 * (1 << 24)
	ulp32  = two128 / two24
	max32  = two128 - ulp32

	two53   = 1.0 * (1 << 53)
	two1024 = two128 * two128 * two128 * two128 * two128 * two128 * two128 * two128
	ulp64   = two1024 / two53
	max64   = two1024 - ulp64
)

func main() {
	_ = float32(max32 + ulp32/2 - ulp32/two64) // just below the midpoint: max32
	_ = float32(max32 + ulp32/2 - 1/two128)    // further below a double's precision: max32
	_ = float32(-(max32 + ulp32/2 - 1/two128)) // -max32
	_ = complex64(complex(max32+ulp32/2-1/two128, 0))
	var f32 float32 = max32 + ulp32/2 - ulp32/two64
	_ = f32
	_ = float64(max64 + ulp64/2 - ulp64/two64)
	_ = float64(max64 + ulp64/2 - 1/two128)

	_ = float32(max32 + ulp32/2)    // ERROR "^cannot convert max32 \+ ulp32 / 2 \(untyped float constant 3\.40282e\+38\) to type float32$"
	_ = float64(max64 + ulp64/2)    // ERROR "^cannot convert max64 \+ ulp64 / 2 \(untyped float constant 1\.79769e\+308\) to type float64$"
	var g float32 = max32 + ulp32/2 // ERROR "cannot use max32 \+ ulp32 / 2 \(untyped float constant 3\.40282e\+38\) as float32 value in variable declaration \(overflows\)"
	_ = g

	// Values print as go/constant prints them (%.6g of the nearest float64).
	var s string
	s = 1e39 * 1.0  // ERROR "^cannot use 1e39 \* 1\.0 \(untyped float constant 1e\+39\) as string value in assignment$"
	s = 1000000.5   // ERROR "^cannot use 1000000\.5 \(untyped float constant 1\.0000005e\+06\) as string value in assignment$"
	s = 2.0 + 0i    // ERROR "^cannot use 2\.0 \+ 0i \(untyped complex constant \(2 \+ 0i\)\) as string value in assignment$"
	s = 1e400 * 1.5 // ERROR "^cannot use 1e400 \* 1\.5 \(untyped float constant 1\.5e\+400\) as string value in assignment$"
	s = 123456789.0 // ERROR "^cannot use 123456789\.0 \(untyped float constant 1\.23457e\+08\) as string value in assignment$"
	_ = s
}
