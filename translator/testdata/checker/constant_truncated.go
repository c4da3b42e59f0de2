// A float constant that does not fit an integer type is "truncated" (types2), however large; a
// typed constant declaration names its context.
package main

const (
	_ int64 = 1e100  // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int64 value in constant declaration \(truncated\)"
	_ int8  = 1000.0 // ERROR "cannot use 1000.0 \(untyped float constant 1000\) as int8 value in constant declaration \(truncated\)"
	_ int8  = 1000   // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in constant declaration \(overflows\)"
	_ int64 = 1e10
)

var _ uint8 = 1e3 // ERROR "cannot use 1e3 \(untyped float constant 1000\) as uint8 value in variable declaration \(truncated\)"

func main() {}
