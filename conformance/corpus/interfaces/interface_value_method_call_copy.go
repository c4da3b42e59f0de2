// Calling a value-receiver method through an interface works on the copy stored in the interface.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Bump() Counter { c.n++; return c }
func (c Counter) N() int        { return c.n }

type Bumper interface {
	Bump() Counter
	N() int
}

func main() {
	c := Counter{}
	var b Bumper = c
	nc := b.Bump()
	fmt.Println(b.N(), nc.N(), c.n)
	b = nc
	fmt.Println(b.N())
}
