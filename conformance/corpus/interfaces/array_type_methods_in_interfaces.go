// Methods of defined array types reached through interfaces, method values and method
// expressions: value receivers through a pointer, pointer receivers, and a nil pointer.
package main

import "fmt"

type Pair [2]uint64

func (p Pair) Sum() uint64 { return p[0] + p[1] }

type Names [2]string

func (n Names) Join() string { return n[0] + "+" + n[1] }

func (n *Names) Swap() { n[0], n[1] = n[1], n[0] }

type Summer interface{ Sum() uint64 }

type Joiner interface{ Join() string }

type SwapJoiner interface {
	Join() string
	Swap()
}

func main() {
	p := Pair{40, 2}
	var s Summer = p
	fmt.Println(s.Sum())
	s = &p // *Pair has Sum too: it reads *p when called
	p[0] = 100
	fmt.Println(s.Sum())

	n := Names{"a", "b"}
	var sj SwapJoiner = &n
	sj.Swap()
	fmt.Println(sj.Join(), n.Join())

	var j Joiner = n // a copy
	n.Swap()
	fmt.Println(j.Join(), n.Join())

	f := p.Sum // method value: receiver copied now
	p[1] = 1
	fmt.Println(f(), Pair.Sum(p), (*Pair).Sum(&p))

	pn := &n
	g := pn.Swap // pointer method value: bound to the pointer
	g()
	fmt.Println(n.Join())

	var nilNames *Names
	h := nilNames.Swap // binding a nil pointer to a pointer method does not panic
	fmt.Println(h != nil)

	var nilPair *Pair
	s = nilPair
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(s.Sum()) // *nilPair: nil dereference
}
