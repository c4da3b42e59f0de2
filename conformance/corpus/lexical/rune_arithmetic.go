// Rune literals are untyped rune constants usable in integer arithmetic.
package main

import "fmt"

func main() {
	fmt.Println('a'+1, 'z'-'a', 'A'*2)
	c := 'a' + 2
	fmt.Printf("%T %c %v\n", c, c, c)
	var b byte = 'x'
	fmt.Printf("%T %c %d\n", b, b, b)
	for r := 'a'; r < 'f'; r++ {
		fmt.Print(string(r))
	}
	fmt.Println()
	fmt.Println(string(rune(65 + 25)))
}
