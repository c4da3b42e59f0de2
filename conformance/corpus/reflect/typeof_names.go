// reflect.TypeOf: Go's names, kinds, sizes, struct fields with tags, and method sets.
package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int    `json:"x"`
	name string `json:"name,omitempty" db:"n"`
	Tags []string
}

func (p Point) Norm() int       { return p.X*p.X + p.Y*p.Y }
func (p *Point) Scale(k int)    { p.X *= k; p.Y *= k }
func (p Point) String() string  { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) hidden() bool    { return false }

type Celsius float64

func (c Celsius) Kelvin() float64 { return float64(c) + 273.15 }

type Shape interface {
	Area() float64
	Name() string
}

type Inner struct{ A int8 }

type Outer struct {
	Inner
	B   bool
	C   int64
	D   *Outer
	Fun func(int, ...string) (bool, error)
}

var handler = func(a int, rest ...string) (bool, error) { return false, nil }

func main() {
	values := []any{
		1, int8(1), uint16(2), uint(3), uintptr(4), 1.5, float32(2.5), 1i, complex64(1i), "s", true, 'r', byte(7),
		[]int{1}, [3]string{}, map[string][]int{}, make(chan int), make(<-chan bool), make(chan<- string),
		Point{}, &Point{}, Celsius(1), []Point{}, map[Celsius]*Point{}, handler, Outer{},
		struct{}{}, struct {
			A int `k:"v"`
			b string
		}{}, new(any), new(error), [0]int{},
	}
	for _, v := range values {
		t := reflect.TypeOf(v)
		fmt.Printf("%-36s kind=%-10s name=%q pkg=%q size=%d align=%d comparable=%v\n",
			t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	pt := reflect.TypeOf(Point{})
	for i := 0; i < pt.NumField(); i++ {
		f := pt.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Println(f.Name, f.PkgPath, f.Type, f.Offset, f.Index, f.Anonymous, f.IsExported(), f.Tag, v, ok, f.Tag.Get("db"))
	}
	fmt.Println("Point methods:", pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(" ", i, m.Name, m.Type, m.Index)
	}
	ppt := reflect.TypeOf(&Point{})
	fmt.Println("*Point methods:", ppt.NumMethod(), ppt.Elem() == pt, ppt.Elem().Name())
	for i := 0; i < ppt.NumMethod(); i++ {
		fmt.Println(" ", ppt.Method(i).Name, ppt.Method(i).Type)
	}
	m, ok := ppt.MethodByName("Scale")
	fmt.Println(m.Name, ok)
	_, ok = pt.MethodByName("Scale")
	fmt.Println("Point has Scale:", ok)

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Name)
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(stringer, pt.Implements(stringer), ppt.Implements(stringer), reflect.TypeOf(1).Implements(stringer))

	ot := reflect.TypeOf(Outer{})
	f, _ := ot.FieldByName("A")
	fmt.Println(f.Name, f.Index, f.Type)
	ft := ot.Field(4).Type
	fmt.Println(ft, ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(1))
	mt := reflect.TypeOf(map[string][]int{})
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	fmt.Println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf(make(<-chan bool)).ChanDir())
	fmt.Println(reflect.TypeOf(Celsius(0)).Method(0).Name, reflect.TypeOf(int32(0)).Bits())
	fmt.Println(reflect.PointerTo(pt), reflect.SliceOf(pt), reflect.MapOf(reflect.TypeOf(""), pt), reflect.ArrayOf(2, pt))
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(1)), reflect.TypeOf(Celsius(0)).AssignableTo(reflect.TypeOf(1.0)))

	for k := reflect.Invalid; k <= reflect.UnsafePointer; k++ {
		fmt.Print(k.String(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Kind(99))

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(1).Elem()
}
