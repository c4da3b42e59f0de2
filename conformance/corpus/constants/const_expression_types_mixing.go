// Mixing untyped constant kinds: the result takes the later kind (int < rune < float < complex).
package main

import "fmt"

func main() {
	const a = 1 + 'a'
	const b = 'a' + 1.0
	const c = 2 * 1.5i
	const d = 10 / 4
	const e = 10 / 4.0
	const f = 'x' / 2
	fmt.Printf("%T %v\n", a, a)
	fmt.Printf("%T %v\n", b, b)
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", d, d)
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T %v %c\n", f, f, f)
	const g = 1 << 3.0 // float constant with integral value as shift operand
	fmt.Printf("%T %v\n", g, g)
	const h = 5.0 == 5
	fmt.Printf("%T %v\n", h, h)
}
