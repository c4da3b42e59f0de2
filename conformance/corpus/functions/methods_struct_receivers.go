// Value vs pointer receivers: value receivers operate on copies.
package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Grow()        { r.W *= 2 } // no effect on caller
func (r *Rect) Scale(k int) { r.W *= k; r.H *= k }

func main() {
	r := Rect{2, 3}
	r.Grow()
	fmt.Println(r, r.Area())
	r.Scale(2)
	fmt.Println(r, r.Area())
	p := &r
	p.Grow()
	p.Scale(10)
	fmt.Println(*p, p.Area())
	rs := []Rect{{1, 1}, {2, 2}}
	for i := range rs {
		rs[i].Scale(3)
	}
	fmt.Println(rs)
}
