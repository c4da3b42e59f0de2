// Comparisons on numbers, strings, pointers, channels, interfaces, arrays and structs.
package main

import "fmt"

type P struct{ A, B int }

func main() {
	fmt.Println(1 < 2, 2.5 >= 2.5, "a" < "b", "ab" < "b", "abc" > "ab", "" < "a")
	fmt.Println("Z" < "a", "é" > "z", "10" < "9")
	x, y := 1, 1
	fmt.Println(&x == &x, &x == &y)
	c1 := make(chan int)
	c2 := c1
	fmt.Println(c1 == c2, c1 == make(chan int))
	var i1 any = 3
	var i2 any = 3
	var i3 any = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 == 3)
	fmt.Println([2]string{"a", "b"} == [2]string{"a", "b"}, P{1, 2} != P{1, 3})
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
}
