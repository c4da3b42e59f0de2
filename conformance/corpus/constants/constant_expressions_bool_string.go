// Boolean and string constant expressions, comparisons and concatenation.
package main

import "fmt"

const (
	debug   = false
	verbose = !debug && true
	prefix  = "go" + "loom"
	cmp     = prefix > "gol"
	l       = len(prefix) == 6
)

type MyBool bool

const typedTrue MyBool = 1 < 2

func main() {
	fmt.Println(debug, verbose, prefix, cmp, l)
	fmt.Printf("%T %v\n", typedTrue, typedTrue)
	fmt.Println(prefix[0], prefix[2:4])
}
