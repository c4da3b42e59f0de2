// Errors in declarations, conversions and statements of the foundation slice.
package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func twice(n int) int {
	return n * 2
}

func noReturn(n int) int {
	if n > 0 {
		return 1
	}
} // ERROR "missing return"

func main() {
	x := 1
	var y string = 2 // ERROR "cannot use 2 \(untyped int constant\) as string value in variable declaration"
	z := x + "a" // ERROR "invalid operation: x \+ \"a\" \(mismatched types int and untyped string\)"
	var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	if x { // ERROR "non\-boolean condition in if statement"
	}
	fmt.Println(undefinedName, y, z, b) // ERROR "undefined: undefinedName"
	twice("s") // ERROR "cannot use \"s\" \(untyped string constant\) as int value in argument to twice"
}
