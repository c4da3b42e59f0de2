// clear of struct slices, min/max beside package math, f(s...) to a standard function,
// slice to array pointer, _ = p.X, unhashable keys and typed float constants.
package main

import (
	"fmt"
	"math"
)

type T struct {
	A int
	B string
}

const third float32 = 1.0 / 3

func main() {
	ts := []T{{1, "x"}}
	clear(ts)
	x, y := 3, 1
	fmt.Println(min(x, y, 2), max(2.5, math.Pi*float64(y)))
	args := []any{1, "a"}
	fmt.Println(args...)
	b := []byte{'a', 'b', 'c', 'd'}
	pa := (*[4]byte)(b)
	pa[0] = 'z'
	var p *T
	defer func() { fmt.Println(recover(), string(b), float64(third)) }()
	_ = p.A
}
