// Arrays are values: assignment and passing copy them; == compares elementwise.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) { a[1] = 200 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[2] = 30
	c := modify(a)
	fmt.Println(a, b, c)
	modifyPtr(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{1, 200, 3}, a != b)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[0][0] = "z"
	fmt.Println(grid, g2, len(grid))
	arr := [...]int{5: 1, 2, 0: 7}
	fmt.Println(arr, len(arr))
}
