// Package variables initialized from a call with several results, a map lookup with comma-ok, blanks.
package main

func f() (int, string) { return 3, "x" }

var a, b = f()
var m = map[string]int{"k": 1}
var v, ok = m["k"]
var _, c = f()

func main() {
	println(a, b, v, ok, c)
}
