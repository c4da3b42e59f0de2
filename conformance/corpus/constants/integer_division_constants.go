// Constant integer division truncates toward zero; untyped float division does not.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%2, -7%2, 7%-2, -7%-2)
	fmt.Println(7/2.0, -7/2.0)
	const a = 10
	const b = 4
	fmt.Println(a/b, a/b*b, a%b)
	var f float64 = a / b // integer division happens first
	fmt.Println(f)
}
