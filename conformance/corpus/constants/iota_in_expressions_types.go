// iota in typed float, string conversion and complex expressions.
package main

import "fmt"

const (
	f0 float64 = iota * 0.5
	f1
	f2
)

const (
	ch0 = string(rune('a' + iota))
	ch1
	ch2
)

const (
	neg = -iota
	neg1
	neg2
)

func main() {
	fmt.Println(f0, f1, f2)
	fmt.Println(ch0, ch1, ch2)
	fmt.Println(neg, neg1, neg2)
}
