// Untyped float constants are exact (arbitrary precision) until converted.
package main

import "fmt"

const third = 1.0 / 3

func main() {
	fmt.Println(third*3 == 1)
	x := 1.0 / 3
	fmt.Println(x*3 == 1, x)
	const tiny = 1e-400
	fmt.Println(tiny*1e400 == 1)
	const huge = 1e400
	fmt.Println(huge / 1e300)
	fmt.Println(0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
}
