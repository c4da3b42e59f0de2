// iota with skipped values, expressions, and implicit repetition of the last expression.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota + 100
	Saturday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f = iota + 1, iota + 2
	g, h
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%T\n", Saturday)
	fmt.Println(a, b, c, d, e, f, g, h)
}
