// Unrecovered assertion on a nil interface value.
package main

import "fmt"

func main() {
	var e error
	fmt.Println("asserting")
	_ = e.(fmt.Stringer)
}
