// Type switch bound variable in default/multi-type cases has the interface type; nil case with typed nil.
package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q *Sq) Area() int {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func check(s Shape) {
	switch v := s.(type) {
	case nil:
		fmt.Println("nil interface")
	case *Sq:
		fmt.Println("*Sq", v == nil, v.Area())
	default:
		fmt.Printf("default %T\n", v)
	}
}

func main() {
	check(nil)
	var p *Sq
	check(p)
	check(&Sq{3})
}
