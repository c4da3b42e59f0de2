// Anonymous struct types: literals, copies, ==, %T, in maps, slices, channels and behind pointers.
package main

import "fmt"

var config = struct {
	Name  string
	Debug bool
}{"app", true}

func pair() struct{ a, b int } { return struct{ a, b int }{1, 2} }

func main() {
	var e struct{}
	m := map[string]struct{}{"a": {}}
	_, ok := m["a"]
	p := struct {
		Name string
		Age  int
	}{"bob", 3}
	q := p
	q.Age = 4
	fmt.Println(e, ok, p, q, p == q, len(m))
	fmt.Printf("%T %+v %v\n", p, p, config)
	ch := make(chan struct{}, 1)
	ch <- struct{}{}
	<-ch
	xs := []struct {
		k int
		v string
	}{{1, "a"}, {2, "b"}}
	for _, x := range xs {
		x.k *= 10
		fmt.Println(x.k, x.v)
	}
	fmt.Println(xs)
	ptr := &struct{ z int }{7}
	ptr.z++
	fmt.Println(ptr.z, *ptr)
	r := pair()
	r.a = 5
	fmt.Println(r, pair(), r == pair())
	var any interface{} = pair()
	fmt.Printf("%v %T\n", any, any)
	nested := struct {
		In struct{ X int }
		L  []int
	}{L: []int{1}}
	nested.In.X = 3
	fmt.Printf("%+v\n", nested)
}
