// Parsing with fmt.Sscanf, fmt.Sscan and fmt.Sscanln.
package main

import "fmt"

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.75", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscan("10\n20", &a, &b)
	fmt.Println(n, err, a, b)
	var x, y int
	n, err = fmt.Sscanf("7-8", "%d-%d", &x, &y)
	fmt.Println(n, err, x, y)
	var hx int
	var word string
	n, err = fmt.Sscanf("ff end", "%x %s", &hx, &word)
	fmt.Println(n, err, hx, word)
	var z int
	n, err = fmt.Sscan("notanumber", &z)
	fmt.Println(n, err)
	var p, q string
	n, err = fmt.Sscanln("one\ntwo", &p, &q)
	fmt.Println(n, err, p)
}
