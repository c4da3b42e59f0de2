// Ranges and wrap-around of every signed integer type.
package main

import "fmt"

func main() {
	var a int8 = 127
	var b int16 = 32767
	var c int32 = 2147483647
	var d int64 = 9223372036854775807
	var e int = 9223372036854775807
	a++
	b++
	c++
	d++
	e++
	fmt.Println(a, b, c, d, e)
	a--
	b--
	c--
	d--
	e--
	fmt.Println(a, b, c, d, e)
	var m int8 = -128
	fmt.Println(-m, m/-1, m*-1)
	var x int32 = 100000
	fmt.Println(x*x, int64(x)*int64(x))
}
