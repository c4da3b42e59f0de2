// Independent variables initialize in declaration order; a multi-value initializer runs once.
package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func two() (int, string) {
	fmt.Println("init pair")
	return 7, "seven"
}

var p = trace("p", 1)
var q = trace("q", 2)
var n, s = two()
var r = trace("r", q+10)
var _ = trace("blank", 0)

func main() {
	fmt.Println(p, q, n, s, r)
}
