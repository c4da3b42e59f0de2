// Automatic semicolon insertion after identifiers, literals, ) ] } and ++/--.
package main

import "fmt"

func f() int {
	return 1 +
		2 +
		3
}

func main() {
	x := []int{
		1,
		2,
	}
	y := f(
	)
	i := 0
	i++
	i--
	i++
	m := map[string]int{"a": 1,
		"b": 2}
	if i > 0 { fmt.Println("inline") }
	z := x[
		1]
	fmt.Println(x, y, i, len(m), z)
	s := "a" +
		"b"
	fmt.Println(s); fmt.Println("two statements")
	var (
		p = 1
		q = 2
	)
	fmt.Println(p, q)
}
