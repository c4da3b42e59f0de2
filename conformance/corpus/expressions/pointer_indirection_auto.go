// Automatic address-taking and dereferencing for method calls and field selectors.
package main

import "fmt"

type V struct{ N int }

func (v V) Val() int   { return v.N }
func (v *V) Set(n int) { v.N = n }

func main() {
	v := V{1}
	v.Set(2) // (&v).Set
	p := &v
	fmt.Println(p.Val(), p.N, (*p).N) // (*p).Val()
	arr := []V{{1}, {2}}
	arr[0].Set(10) // slice elements are addressable
	fmt.Println(arr)
	m := map[string]*V{"a": {3}}
	m["a"].Set(30)
	fmt.Println(m["a"].Val())
	pp := &p
	(*pp).Set(5)
	fmt.Println(v.N)
}
