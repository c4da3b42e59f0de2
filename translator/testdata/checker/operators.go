// Errors in operators on untyped constants, constant overflow, division by zero and branches.
package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	fmt.Println("x" < 1) // ERROR "invalid operation: \"x\" < 1 \(mismatched types untyped string and untyped int\)"
	var s string = "a" + 1 // ERROR "invalid operation: \"a\" \+ 1 \(mismatched types untyped string and untyped int\)"
	const big = 1 << 70
	var i int = big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	fmt.Println(s, i, -"x", 5%0) // ERROR "invalid operation: operator \- not defined on \"x\" \(untyped string constant\)" "invalid operation: division by zero"
	break // ERROR "break is not in a loop, switch, or select"
}
