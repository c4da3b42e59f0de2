// Rune literals with every single-character escape sequence.
package main

import "fmt"

func main() {
	runes := []rune{'\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', 'a', 'ä', '本'}
	for _, r := range runes {
		fmt.Printf("%d %U %q\n", r, r, r)
	}
	fmt.Printf("%T\n", 'x')
}
