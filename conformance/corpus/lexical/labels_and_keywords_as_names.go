// Non-keyword identifiers that look special (main, init-like, any, iota) used as names.
package main

import "fmt"

type any2 = any

func main() {
	iota := 10
	any := "any is just an identifier"
	var x any2 = iota
	fmt.Println(iota, any, x)
	copy := 3
	print := "p"
	fmt.Println(copy, print)
	goto_ := 1
	fmt.Println(goto_)
}
