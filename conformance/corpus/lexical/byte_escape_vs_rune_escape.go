// "\xe4" is one byte while "\u00e4" is two bytes of UTF-8.
package main

import "fmt"

func main() {
	a := "\xe4"
	b := "\u00e4"
	c := "ä"
	fmt.Println(len(a), len(b), len(c), b == c, a == b)
	fmt.Printf("%q %q %x %x\n", a, b, a, b)
	fmt.Println([]rune(a), []rune(b))
	fmt.Println("\377" == "\xff")
}
