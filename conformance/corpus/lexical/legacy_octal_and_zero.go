// Legacy octal literals with a leading 0 versus decimal and float literals with leading 0.
package main

import "fmt"

func main() {
	fmt.Println(010, 0o10, 10, 0x10, 0b10)
	fmt.Println(08.5, 09e1, 0.9, 012.)
	fmt.Println(00, 007, 0777 == 511)
	var f = 010.0 // a float, decimal
	fmt.Println(f)
}
