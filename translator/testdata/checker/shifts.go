// Errors in shifts: negative constant counts, and constant results too large.
package main

import "fmt"

func main() {
	k := 1
	fmt.Println(k << -1) // ERROR "invalid operation: negative shift count \-1 \(untyped int constant\)"
	const huge = 1 << 600 // ERROR "constant shift overflow"
	fmt.Println(k)
}
