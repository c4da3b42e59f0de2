// min and max builtins on constant operands yield constants.
package main

import "fmt"

const (
	lo = min(3, 1, 2)
	hi = max(3, 1.5, 2)
	s  = max("apple", "banana", "cherry")
	t  = min("b", "a")
)

func main() {
	fmt.Println(lo, hi, s, t)
	fmt.Printf("%T %T\n", lo, hi)
	var arr [max(2, 4)]int
	fmt.Println(len(arr))
	const x = min(1<<100, 1<<90) >> 88
	fmt.Println(x)
}
