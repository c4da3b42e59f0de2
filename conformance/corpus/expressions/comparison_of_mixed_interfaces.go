// Comparing interface values with non-interface values and with each other across dynamic types.
package main

import "fmt"

type MyInt int

func main() {
	var a any = MyInt(1)
	var b any = 1
	fmt.Println(a == b, a == MyInt(1), b == 1)
	var s fmt.Stringer
	fmt.Println(s == nil)
	vals := []any{1, int8(1), 1.0, "1", '1', true, nil, [1]int{1}}
	for i, x := range vals {
		for j, y := range vals {
			if i < j && x == y {
				fmt.Println("equal", i, j)
			}
		}
		fmt.Printf("%T %v\n", x, x == 1)
	}
}
