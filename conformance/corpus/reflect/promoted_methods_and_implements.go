// reflect: method sets with methods promoted from embedded fields (value and pointer), Type.Implements
// comparing signatures, and a reflect.Type stored in a program's own interface.
package main

import (
	"fmt"
	"reflect"
)

type I interface {
	M(x int) string
}

type J interface {
	M(x string) string
}

type T struct{}

func (T) M(n int) string { return fmt.Sprint(n) }

type Inner struct{}

func (Inner) Hello(name string) string { return "hi " + name }
func (*Inner) Bye()                     {}

type Outer struct {
	Inner
	N int
}

func (o Outer) Own() int { return o.N }

type PO struct {
	*Inner
}

func main() {
	ti := reflect.TypeOf((*I)(nil)).Elem()
	tj := reflect.TypeOf((*J)(nil)).Elem()
	fmt.Println(ti, tj)
	t := reflect.TypeOf(T{})
	fmt.Println(t.Implements(ti), t.Implements(tj))
	ot := reflect.TypeOf(Outer{})
	fmt.Println(ot.NumMethod(), reflect.PointerTo(ot).NumMethod())
	for i := 0; i < ot.NumMethod(); i++ {
		m := ot.Method(i)
		fmt.Println(m.Name, m.Type)
	}
	pt := reflect.TypeOf(&Outer{})
	for i := 0; i < pt.NumMethod(); i++ {
		fmt.Println(pt.Method(i).Name, pt.Method(i).Type)
	}
	m, ok := ot.MethodByName("Hello")
	fmt.Println(m.Name, ok)
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(Outer{N: 3}), reflect.ValueOf("bob")})
	fmt.Println(out[0])
	v := reflect.ValueOf(Outer{N: 4})
	fmt.Println(v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("ann")})[0], v.NumMethod())
	pot := reflect.TypeOf(PO{})
	fmt.Println(pot.NumMethod())
	for i := 0; i < pot.NumMethod(); i++ {
		fmt.Println(pot.Method(i).Name, pot.Method(i).Type)
	}
	pv := reflect.ValueOf(PO{&Inner{}})
	fmt.Println(pv.Method(1).Call([]reflect.Value{reflect.ValueOf("x")})[0])
	type HI interface{ Hello(string) string }
	fmt.Println(ot.Implements(reflect.TypeOf((*HI)(nil)).Elem()))
	var x interface{ Q(t T) []T }
	fmt.Println(reflect.TypeOf(&x).Elem())

	var named Named = reflect.TypeOf(Outer{})
	fmt.Println(named.Name(), named.NumMethod())
	meth, found := named.MethodByName("Own")
	fmt.Println(meth.Name, found, meth.Func.Call([]reflect.Value{reflect.ValueOf(Outer{N: 7})})[0])
}

// Named is satisfied by reflect.Type's dynamic type.
type Named interface {
	Name() string
	NumMethod() int
	MethodByName(string) (reflect.Method, bool)
}
