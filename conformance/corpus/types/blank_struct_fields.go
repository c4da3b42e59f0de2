// Blank struct fields: a positional literal's value for one is not stored, reflect reads zero,
// and == ignores them.
package main

import (
	"fmt"
	"reflect"
)

type padded struct {
	a, _, c int
	_       string
}

var global = struct{ a, _, c int }{1, 2, 3}

func main() {
	p := padded{1, 2, 3, "pad"}
	q := padded{a: 1, c: 3}
	fmt.Println(p == q)
	v := reflect.ValueOf(p)
	fmt.Println(v.Field(1).Int(), v.Field(3).String() == "")
	fmt.Println(reflect.ValueOf(global).Field(1).Int(), global.a, global.c)
	fmt.Printf("%v %+v\n", p, q)
}
