// Package-level comma-ok initializers (map index, type assertion, channel receive) depending on later declarations.
package main

import "fmt"

var v, found = table["b"]
var s, isString = boxed.(string)
var first, open = <-ready

var table = map[string]int{"a": 1, "b": 2}
var boxed any = "boxed value"
var ready = func() chan int {
	fmt.Println("creating channel")
	ch := make(chan int, 1)
	ch <- 99
	return ch
}()

func main() {
	fmt.Println(v, found)
	fmt.Println(s, isString)
	fmt.Println(first, open)
}
