// Compound assignment operators evaluate the left operand once.
package main

import "fmt"

var calls int

func idx() int {
	calls++
	return 1
}

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	fmt.Println(x)
	y := 0b1111
	y &= 0b1010
	y |= 0b0100
	y ^= 0b0011
	y <<= 2
	y >>= 1
	y &^= 0b10
	fmt.Println(y)
	s := []int{1, 2, 3}
	s[idx()] += 100
	s[idx()] *= 2
	fmt.Println(s, calls)
	str := "a"
	str += "b"
	fmt.Println(str)
	f := 1.5
	f *= 2
	f /= 4
	fmt.Println(f)
	m := map[string]int{}
	m["z"] += 3
	m["z"]++
	fmt.Println(m)
}
