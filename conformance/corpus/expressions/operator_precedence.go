// Binary operator precedence levels: * / % << >> & &^ bind tighter than + - | ^, then comparisons, &&, ||.
package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6|3&8, 5^3&1)
	fmt.Println(7&^5+1, 2*3<<1, -2*-3)
	fmt.Println(1+2 == 3 && 2 < 1 || true)
	fmt.Println(!false && false, !(false && false))
	x := 5
	fmt.Println(-x*2, ^x+1, - -x, +x)
	fmt.Println(1 < 2 == true)
	fmt.Println(3|4^1, 3^4|1)
}
