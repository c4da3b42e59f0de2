// Method values bind the receiver at evaluation time; method expressions take it as a parameter.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	c := Counter{1}
	get := c.Get // receiver copied now
	inc := c.Inc // &c bound
	inc()
	inc()
	fmt.Println(get(), c.Get(), c.n)
	fget := Counter.Get
	finc := (*Counter).Inc
	finc(&c)
	fmt.Println(fget(c))
	pget := (*Counter).Get
	fmt.Println(pget(&c))
	fmt.Printf("%T\n%T\n", fget, finc)
	fns := []func(){c.Inc, c.Inc}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.n)
}
