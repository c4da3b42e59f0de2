// Method sets: only *T has pointer-receiver methods, so only *T implements such interfaces.
package main

import "fmt"

type Incr interface{ Inc() }
type Getter interface{ Get() int }

type C struct{ n int }

func (c *C) Inc()    { c.n++ }
func (c C) Get() int { return c.n }

func main() {
	c := C{}
	var i Incr = &c
	i.Inc()
	var g Getter = c // copy of c at this point
	var gp Getter = &c
	i.Inc()
	fmt.Println(c.n, g.Get(), gp.Get())
	_, ok := any(c).(Incr)
	_, okp := any(&c).(Incr)
	fmt.Println(ok, okp)
}
