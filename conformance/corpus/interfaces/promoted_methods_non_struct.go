// Methods of a non-struct named type promoted through embedded fields: T by value (pointer methods get &s.T) and *T.
package main

import "fmt"

type Counter int

func (c Counter) Get() int { return int(c) }

func (c *Counter) Inc() { *c++ }

type Getter interface{ Get() int }

type IncGetter interface {
	Inc()
	Get() int
}

type ByValue struct {
	Counter
	name string
}

type ByPointer struct {
	*Counter
}

func main() {
	var v ByValue
	v.Inc()
	v.Inc()
	fmt.Println(v.Get(), v.Counter)

	var ig IncGetter = &v
	ig.Inc()
	fmt.Println(ig.Get(), v.Get())

	var g Getter = v
	v.Inc()
	fmt.Println(g.Get(), v.Get()) // g holds a copy

	c := Counter(10)
	p := ByPointer{&c}
	p.Inc()
	fmt.Println(p.Get(), c)

	ig = p // ByPointer's value method set has Inc through *Counter
	ig.Inc()
	fmt.Println(ig.Get(), c)

	ig = &p
	ig.Inc()
	fmt.Println(ig.Get(), c)

	var any1 any = v
	_, ok := any1.(IncGetter)
	fmt.Println("ByValue is IncGetter:", ok)
	_, ok = any1.(Getter)
	fmt.Println("ByValue is Getter:", ok)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilp ByPointer
	nilp.Get()
}
