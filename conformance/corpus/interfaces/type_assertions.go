// Type assertions: single-value and comma-ok forms, to concrete and interface types.
package main

import (
	"fmt"
	"strconv"
)

type Named interface{ Name() string }
type P struct{ n string }

func (p P) Name() string { return p.n }

func main() {
	var v any = 42
	i := v.(int)
	fmt.Println(i + 1)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	var x any = P{"pat"}
	if n, ok := x.(Named); ok {
		fmt.Println("named", n.Name())
	}
	_, ok = x.(fmt.Stringer)
	fmt.Println("stringer?", ok)
	var nilAny any
	_, ok = nilAny.(int)
	fmt.Println(ok)
	var e error = strconv.ErrSyntax
	_, ok = e.(interface{ Unwrap() error })
	fmt.Println(ok)
}
