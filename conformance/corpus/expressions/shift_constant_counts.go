// Shifts by constant counts at or beyond the operand's width give 0 (or -1), not a wrapped count.
package main

import "fmt"

func main() {
	var x int32 = 1
	var y int64 = -8
	fmt.Println(x<<35, x<<31, y>>70, y<<64, x>>32)
}
