// reflect.Value: reading, setting through pointers (CanSet/CanAddr), maps, calls, conversions and Go's panic texts.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float32
	secret  string
	Labels  map[string]string
	Servers []string
}

type Greeter struct{ Greeting string }

func (g Greeter) Greet(name string) string { return g.Greeting + ", " + name }
func (g *Greeter) SetGreeting(s string)   { g.Greeting = s }

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", what, r)
		}
	}()
	f()
}

func sum(xs ...int) (int, string) {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t, fmt.Sprint(len(xs), " values")
}

func main() {
	c := Config{Name: "srv", Port: 80, secret: "s3", Labels: map[string]string{"b": "2", "a": "1"}, Servers: []string{"x"}}
	v := reflect.ValueOf(c)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.CanSet(), v.CanAddr())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.CanInterface(), f.IsZero(), f)
	}

	e := reflect.ValueOf(&c).Elem()
	fmt.Println(e.CanSet(), e.CanAddr(), e.Field(4).CanSet(), e.Field(4).CanAddr())
	e.FieldByName("Name").SetString("api")
	e.Field(1).SetInt(8080)
	e.Field(2).SetBool(true)
	e.Field(3).SetFloat(0.25)
	e.Field(6).Index(0).SetString("y")
	e.Field(6).Set(reflect.Append(e.Field(6), reflect.ValueOf("z")))
	e.Field(5).SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf("3"))
	e.Field(5).SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	fmt.Printf("%+v\n", c)

	keys := e.Field(5).MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, "=", e.Field(5).MapIndex(k))
	}
	it := reflect.ValueOf(map[int]bool{7: true}).MapRange()
	for it.Next() {
		fmt.Println("range", it.Key().Int(), it.Value().Bool())
	}

	x := 3
	px := reflect.ValueOf(&x)
	px.Elem().SetInt(4)
	fmt.Println(x, px.Kind(), px.Elem().Kind(), px.IsNil(), px.Elem().CanSet())
	var u8 uint8 = 250
	reflect.ValueOf(&u8).Elem().SetUint(300)
	fmt.Println(u8, reflect.ValueOf(u8).Uint())

	arr := [3]int{1, 2, 3}
	reflect.ValueOf(&arr).Elem().Index(1).SetInt(20)
	fmt.Println(arr, reflect.ValueOf(arr).Len(), reflect.ValueOf(arr).Index(2))

	g := Greeter{"Hello"}
	gv := reflect.ValueOf(g)
	out := gv.MethodByName("Greet").Call([]reflect.Value{reflect.ValueOf("Go")})
	fmt.Println(out[0], gv.NumMethod(), reflect.ValueOf(&g).NumMethod())
	reflect.ValueOf(&g).MethodByName("SetGreeting").Call([]reflect.Value{reflect.ValueOf("Hi")})
	fmt.Println(g.Greet("you"))
	res := reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(res[0].Int(), res[1].String(), len(res))

	upper := reflect.MakeFunc(reflect.TypeOf(strings.ToUpper), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(strings.Repeat(args[0].String(), 2))}
	}).Interface().(func(string) string)
	fmt.Println(upper("ab"))

	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(2.9).Convert(reflect.TypeOf(0)),
		reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))), reflect.ValueOf("hé").Convert(reflect.TypeOf([]byte(nil))))

	n := reflect.New(reflect.TypeOf(0))
	n.Elem().SetInt(9)
	fmt.Println(n.Elem().Int(), n.Type(), reflect.Zero(reflect.TypeOf("")).String() == "", reflect.Zero(reflect.TypeOf(c)).Field(0))
	s := reflect.MakeSlice(reflect.TypeOf([]float64{}), 2, 5)
	s.Index(0).SetFloat(1.5)
	fmt.Println(s.Len(), s.Cap(), s.Interface(), s.Slice(0, 1))

	var nilIface any
	fmt.Println(reflect.ValueOf(nilIface).IsValid(), reflect.ValueOf(nilIface), reflect.ValueOf((*int)(nil)).IsNil())
	var sp fmt.Stringer
	ev := reflect.ValueOf(&sp).Elem()
	fmt.Println(ev.Kind(), ev.IsNil(), ev.Type())
	fmt.Println(reflect.ValueOf(3).String(), reflect.ValueOf("str").String(), reflect.Indirect(reflect.ValueOf(&x)).Int())

	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("SetInt unaddressable", func() { reflect.ValueOf(x).SetInt(1) })
	try("SetString unexported", func() { e.Field(4).SetString("x") })
	try("Interface unexported", func() { e.Field(4).Interface() })
	try("Elem of int", func() { reflect.ValueOf(1).Elem() })
	try("Field of zero Value", func() { reflect.Value{}.Type() })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("Set wrong type", func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Len of int", func() { reflect.ValueOf(1).Len() })
	try("nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("Call nil func", func() {
		var fn func()
		reflect.ValueOf(fn).Call(nil)
	})
	try("SetFloat on bool", func() { reflect.ValueOf(&c).Elem().Field(2).SetFloat(1) })
}
