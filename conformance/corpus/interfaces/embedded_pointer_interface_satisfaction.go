// Embedding *T promotes both value and pointer methods, so the outer value type satisfies interfaces needing them.
package main

import "fmt"

type Incrementer interface {
	Inc()
	Value() int
}

type counter struct{ n int }

func (c *counter) Inc()      { c.n++ }
func (c counter) Value() int { return c.n }

type ByPtr struct{ *counter }
type ByVal struct{ counter }

func main() {
	bp := ByPtr{&counter{}}
	var i Incrementer = bp // ByPtr's method set includes Inc via *counter
	i.Inc()
	i.Inc()
	fmt.Println(bp.Value(), i.Value())
	bv := &ByVal{}
	var j Incrementer = bv // only *ByVal has Inc
	j.Inc()
	fmt.Println(bv.Value())
	_, ok := any(ByVal{}).(Incrementer)
	fmt.Println(ok)
}
