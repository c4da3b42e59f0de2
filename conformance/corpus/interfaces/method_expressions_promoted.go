// Method expressions of promoted methods (T.M where T embeds the declaring type by value, by pointer, or an interface), as values and called.
package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int   { return i.n }
func (i *Inner) Inc(d int) { i.n += d }

type Outer struct {
	Inner
	name string
}

type PtrOuter struct {
	*Inner
}

type Namer interface{ Name() string }
type nm string

func (n nm) Name() string { return string(n) }

type WithIface struct{ Namer }

func main() {
	o := Outer{Inner{1}, "o"}
	get := Outer.Get
	inc := (*Outer).Inc
	inc(&o, 5)
	fmt.Println(get(o), o.n)
	p := PtrOuter{&Inner{7}}
	fmt.Println(PtrOuter.Get(p))
	PtrOuter.Inc(p, 3)
	fmt.Println(p.n)
	fmt.Println(WithIface.Name(WithIface{nm("x")}))
	f := WithIface.Name
	fmt.Println(f(WithIface{nm("y")}))
}
