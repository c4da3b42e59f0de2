// Errors in assignments and expression statements.
package main

import "fmt"

func main() {
	x := 1 // ERROR "declared and not used: x"
	a, c := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	fmt.Println(a, c)
	x := 2 // ERROR "no new variables on left side of :="
	1 + 2 // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	w := 0
	w++
	var q int // ERROR "declared and not used: q"
	q = 5
	unused := 3 // ERROR "declared and not used: unused"
}
