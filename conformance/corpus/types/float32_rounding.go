// float32 arithmetic rounds every operation to single precision.
package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2, a+1 == a)
	var b float32 = 0.1
	var c float32 = 0.2
	fmt.Println(b+c, float64(b)+float64(c), b+c == 0.3)
	var s float32
	for range 10 {
		s += 0.1
	}
	fmt.Println(s, float64(s))
	var d float64 = 0.1
	fmt.Println(float32(d), float64(float32(d)))
	fmt.Println(float32(1)/3, float64(1)/3)
	var m float32 = 3.4e38
	fmt.Println(m*10, -m*10)
}
