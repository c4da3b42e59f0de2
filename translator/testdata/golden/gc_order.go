// gc's evaluation order: calls go into temporaries first when a package variable read
// before them could see a different value in Java's left-to-right order.
package main

var one = 1

func bump() int {
	one++
	return one
}

func pair(a, b int) int { return a*100 + b }

func main() {
	println(pair(one, bump()))
	x, y := one, bump()
	println(x, y, one > 1 && bump() > 0, bump())
	println(pair(2, 3) + one) // the call comes before the read: Java's order is gc's
}
